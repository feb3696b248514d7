import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { CurrentRequest, InputErrorReason, type RequestContext, Roles, badInput } from '@brobygger/api/util';
import { MatchingRunModel, MatchKindModel } from './dto/match.models';
import { MatchingRunEntity } from './match.entity';

/** The record of recent matching runs, for the coordinator's board. Holds no participant data. */
@Resolver()
export class MatchingRunsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Roles('coordinator')
  @Query(() => [MatchingRunModel], { description: 'The latest matching runs, newest first (default 10, at most 50).' })
  async matchingRuns(
    @Args('kind', { type: () => MatchKindModel, nullable: true }) kind: MatchKindModel | null,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchingRunModel[]> {
    if (limit < 1 || limit > 50)
      badInput('limit', InputErrorReason.OUT_OF_RANGE, 'must be from 1 to 50', { min: 1, max: 50 });
    const runs = await inTenantTransaction(this.dataSource, request.municipalityId, (manager) =>
      manager.find(MatchingRunEntity, {
        where: kind ? { kind } : {},
        order: { ranAt: 'DESC', id: 'ASC' },
        take: limit,
      }),
    );
    // The entity's accountId stays on the object for MatchingRun.ranBy.
    return runs.map((run) => ({ ...run, kind: run.kind as MatchKindModel, weights: JSON.stringify(run.weights) }));
  }
}
