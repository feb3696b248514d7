import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader = require('dataloader');
import { type DataSource, In } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService, ParticipantEntity } from '@brobygger/api/participants';
import type { RequestContext } from '@brobygger/api/util';
import { VolunteerEntity } from '@brobygger/api/volunteers';
import type { MatchParticipantModel, MatchProviderModel } from './dto/match-fields.models';

/** The loaders of one GraphQL request. */
export interface MatchFieldLoaders {
  readonly participants: DataLoader<string, MatchParticipantModel | undefined>;
  /** Keys `volunteer:<id>` or `offer:<id>`. */
  readonly providers: DataLoader<string, MatchProviderModel | undefined>;
  /** Account id → display name (who ran a matching). */
  readonly accountNames: DataLoader<string, string | undefined>;
}

/** A DataLoader over a batch function that answers with a map; keys it did not find load as undefined. */
function loaderOf<V>(loadMany: (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>) {
  return new DataLoader<string, V | undefined>(async (keys) => {
    const found = await loadMany(keys);
    return keys.map((key) => found.get(key));
  });
}

/**
 * Names for the coordinator's board, loaded by a DataLoader per request: one query per list instead of
 * one per match (the N+1 problem). Reading participants' names is logged, in the same transaction.
 */
@Injectable()
export class MatchFieldsLoader {
  /** Keyed by the GraphQL context object, which lives exactly as long as its request. */
  private readonly perRequest = new WeakMap<object, MatchFieldLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  for(graphqlContext: object, request: RequestContext): MatchFieldLoaders {
    let loaders = this.perRequest.get(graphqlContext);
    if (!loaders) {
      loaders = {
        participants: loaderOf((ids) => this.participants(request, ids)),
        providers: loaderOf((keys) => this.providers(request, keys)),
        accountNames: loaderOf((ids) => this.accountNames(request, ids)),
      };
      this.perRequest.set(graphqlContext, loaders);
    }
    return loaders;
  }

  private participants(request: RequestContext, ids: readonly string[]): Promise<Map<string, MatchParticipantModel>> {
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const participants = await manager.find(ParticipantEntity, {
        where: { id: In([...ids]) },
        relations: { locality: true },
      });
      if (participants.length > 0) {
        await this.accessLog.record(
          manager,
          request,
          'read',
          participants.map((p) => p.id),
        );
      }
      return new Map(
        participants.map((p) => [
          p.id,
          { id: p.id, firstName: p.firstName, lastName: p.lastName, localityName: p.locality?.name ?? '' },
        ]),
      );
    });
  }

  private providers(request: RequestContext, keys: readonly string[]): Promise<Map<string, MatchProviderModel>> {
    const idsOf = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    const volunteerIds = idsOf('volunteer:');
    const offerIds = idsOf('offer:');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const found = new Map<string, MatchProviderModel>();
      if (volunteerIds.length > 0) {
        for (const v of await manager.find(VolunteerEntity, { where: { id: In(volunteerIds) } })) {
          found.set(`volunteer:${v.id}`, { id: v.id, name: `${v.firstName} ${v.lastName}`, associationName: null });
        }
      }
      if (offerIds.length > 0) {
        const rows: { id: string; title: string; association_name: string }[] = await manager.query(
          `SELECT o.id, o.title, a.name AS association_name
             FROM offer o JOIN association a ON a.id = o.association_id
            WHERE o.id = ANY($1::uuid[])`,
          [offerIds],
        );
        for (const row of rows) {
          found.set(`offer:${row.id}`, { id: row.id, name: row.title, associationName: row.association_name });
        }
      }
      return found;
    });
  }

  private accountNames(request: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const rows: { id: string; display_name: string }[] = await manager.query(
        `SELECT id, display_name FROM account WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
      return new Map(rows.map((row) => [row.id, row.display_name]));
    });
  }
}
