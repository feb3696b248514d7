import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessErrorReason, CurrentRequest, DomainError, type RequestContext, Roles } from '@brobygger/api/util';
import { MatchParticipantModel, MatchProviderModel } from './dto/match-fields.models';
import { MatchingRunModel, MatchModel, UnmatchedParticipantModel } from './dto/match.models';
import { MatchFieldsLoader } from './match-fields.loader';

async function participantOf(
  loader: MatchFieldsLoader,
  graphqlContext: object,
  request: RequestContext,
  participantId: string,
): Promise<MatchParticipantModel> {
  const participant = await loader.for(graphqlContext, request).participants.load(participantId);
  if (!participant)
    throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'The participant of this match no longer exists.');
  return participant;
}

/**
 * Names instead of ids on the coordinator's board. Field resolvers run behind the same AccessGuard
 * as root fields (`fieldResolverEnhancers: ['guards']`): a volunteer who gets a Match back from
 * respondToMatch cannot ask for the participant's full name.
 */
@Resolver(() => MatchModel)
export class MatchFieldsResolver {
  constructor(private readonly loader: MatchFieldsLoader) {}

  @Roles('coordinator')
  @ResolveField(() => MatchParticipantModel, { description: 'Who the match is for (coordinators; logged).' })
  participant(
    @Parent() match: MatchModel,
    @Context() graphqlContext: object,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchParticipantModel> {
    return participantOf(this.loader, graphqlContext, request, match.participantId);
  }

  @Roles('coordinator')
  @ResolveField(() => MatchProviderModel, { description: 'The volunteer, or the offer and its association.' })
  async provider(
    @Parent() match: MatchModel,
    @Context() graphqlContext: object,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchProviderModel> {
    const key = match.volunteerId ? `volunteer:${match.volunteerId}` : `offer:${match.offerId ?? ''}`;
    const provider = await this.loader.for(graphqlContext, request).providers.load(key);
    if (!provider)
      throw new DomainError(
        'NOT_FOUND',
        AccessErrorReason.NOT_FOUND,
        'The volunteer or offer of this match no longer exists.',
      );
    return provider;
  }
}

@Resolver(() => UnmatchedParticipantModel)
export class UnmatchedParticipantFieldsResolver {
  constructor(private readonly loader: MatchFieldsLoader) {}

  @Roles('coordinator')
  @ResolveField(() => MatchParticipantModel, { description: 'Who could not be matched (coordinators; logged).' })
  participant(
    @Parent() unmatched: UnmatchedParticipantModel,
    @Context() graphqlContext: object,
    @CurrentRequest() request: RequestContext,
  ): Promise<MatchParticipantModel> {
    return participantOf(this.loader, graphqlContext, request, unmatched.participantId);
  }
}

@Resolver(() => MatchingRunModel)
export class MatchingRunFieldsResolver {
  constructor(private readonly loader: MatchFieldsLoader) {}

  @Roles('coordinator')
  @ResolveField(() => String, { description: 'The name of the coordinator who ran it.' })
  async ranBy(
    // The resolvers build a run from its entity, which carries the account id.
    @Parent() run: MatchingRunModel & { accountId?: string },
    @Context() graphqlContext: object,
    @CurrentRequest() request: RequestContext,
  ): Promise<string> {
    if (!run.accountId) return '';
    return (await this.loader.for(graphqlContext, request).accountNames.load(run.accountId)) ?? '';
  }
}
