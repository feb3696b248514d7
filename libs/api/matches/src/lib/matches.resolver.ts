import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, PageArgs, type RequestContext, Roles } from '@brobygger/api/util';
import type { MatchEndOutcome } from '@brobygger/shared/rules';
import {
  MatchAnswerModel,
  MatchingRunResultModel,
  MatchingScopeInput,
  MatchingWeightsInput,
  MatchEndOutcomeModel,
  MatchKindModel,
  MatchModel,
  MatchPageModel,
  MatchStatusModel,
  VolunteerMatchModel,
} from './dto/match.models';
import type { MatchEntity, MatchKind, MatchStatus } from './match.entity';
import { MatchesService } from './matches.service';
import { reasonsForVolunteer } from './volunteer-reasons';

function toMatchModel(match: MatchEntity): MatchModel {
  return {
    ...match,
    kind: match.kind as MatchKindModel,
    status: match.status as MatchStatusModel,
    reasons: match.reasons.map((r) => ({ key: r.key, params: JSON.stringify(r.params) })),
  };
}

@Resolver()
export class MatchesResolver {
  constructor(private readonly matchesService: MatchesService) {}

  @Roles('coordinator')
  @Mutation(() => MatchingRunResultModel, { description: 'Runs the engine on the current data and records proposals.' })
  async runMatching(
    @Args('kind', { type: () => MatchKindModel }) kind: MatchKindModel,
    @Args('scope', { type: () => MatchingScopeInput, nullable: true }) scope: MatchingScopeInput | null,
    @Args('weights', { type: () => MatchingWeightsInput, nullable: true }) weights: MatchingWeightsInput | null,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchingRunResultModel> {
    const cleanWeights = Object.fromEntries(Object.entries(weights ?? {}).filter(([, v]) => v != null));
    const outcome = await this.matchesService.run(request, kind as MatchKind, scope ?? {}, cleanWeights);
    return {
      run: { ...outcome.run, kind: outcome.run.kind as MatchKindModel, weights: JSON.stringify(outcome.run.weights) },
      proposals: outcome.proposals.map(toMatchModel),
      unmatched: outcome.unmatched.map((u) => ({
        participantId: u.participantId,
        reason: { key: u.reason.key, params: JSON.stringify(u.reason.params) },
      })),
    };
  }

  @Roles('coordinator')
  @Query(() => MatchPageModel, { description: 'The municipality’s matches, newest first, a page at a time.' })
  async matches(
    @Args('kind', { type: () => MatchKindModel, nullable: true }) kind: MatchKindModel | null,
    @Args('statuses', { type: () => [MatchStatusModel], nullable: true }) statuses: MatchStatusModel[] | null,
    @Args('participantId', { type: () => ID, nullable: true }) participantId: string | null,
    @Args('volunteerId', { type: () => ID, nullable: true }) volunteerId: string | null,
    @Args() { offset, limit }: PageArgs,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchPageModel> {
    const page = await this.matchesService.list(
      request,
      { kind: kind as MatchKind | null, statuses: statuses as MatchStatus[] | null, participantId, volunteerId },
      offset,
      limit,
    );
    return { ...page, items: page.items.map(toMatchModel) };
  }

  @Roles('coordinator')
  @Mutation(() => MatchModel, {
    description: 'Approves a proposal; it then holds a slot. Fails with CONFLICT when none is left.',
  })
  async approveMatch(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchModel> {
    return toMatchModel(await this.matchesService.approve(request, id));
  }

  @Roles('volunteer', 'association-representative')
  @Mutation(() => MatchAnswerModel, {
    description:
      'The volunteer or association accepts or declines an approved proposal of theirs. Someone else’s ' +
      'match answers NOT_FOUND, as an unknown id does.',
  })
  async respondToMatch(
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchAnswerModel> {
    // Their answer only: the coordinator's Match (participant id, score, reasons with the
    // participant's age, Danish level and waiting time) is not theirs to read.
    const match = await this.matchesService.respondAsProvider(request, id, accept, reason);
    return { id: match.id, kind: match.kind as MatchKindModel, status: match.status as MatchStatusModel };
  }

  @Roles('coordinator')
  @Mutation(() => MatchModel, {
    description: 'Records the participant’s answer on their behalf; accepting makes the match active.',
  })
  async recordParticipantResponse(
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchModel> {
    return toMatchModel(await this.matchesService.recordParticipantResponse(request, id, accept, reason));
  }

  @Roles('coordinator')
  @Mutation(() => MatchModel, { description: 'Completes or ends an active match, with a reason and an outcome.' })
  async endMatch(
    @Args('id', { type: () => ID }) id: string,
    @Args('completed') completed: boolean,
    @Args('reason', { defaultValue: '' }) reason: string,
    @Args('outcome', { type: () => MatchEndOutcomeModel }) outcome: MatchEndOutcome,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchModel> {
    return toMatchModel(await this.matchesService.end(request, id, completed, reason, outcome));
  }

  @Roles('volunteer')
  @Query(() => [VolunteerMatchModel], { description: 'The signed-in volunteer’s proposals and matches (logged).' })
  async myMatches(@CurrentRequest() request: RequestContext): Promise<VolunteerMatchModel[]> {
    return (await this.matchesService.mineAsVolunteer(request)).map(({ match, participant }) => ({
      id: match.id,
      kind: match.kind as MatchKindModel,
      status: match.status as MatchStatusModel,
      respondBy: match.respondBy,
      reasons: reasonsForVolunteer(match.reasons).map((r) => ({ key: r.key, params: JSON.stringify(r.params) })),
      participantFirstName: participant.firstName,
      participantLanguages: participant.languages.map((l) => l.code),
      participantNeeds: participant.needs,
      meetingPlace: participant.locality?.name ?? '',
    }));
  }
}
