import { Args, ArgsType, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, PageArgsWithLimit, type RequestContext, Roles } from '@brobygger/api/util';
import { MatchKindModel, MatchStatusModel } from './dto/match.models';
import {
  EventRegistrationListModel,
  ReferralModel,
  ReferralOutcomeModel,
  ReferralPageModel,
  ReferralStageModel,
} from './dto/referral.models';
import { type Referral, type ReferralOutcome, type ReferralStage, ReferralsService } from './referrals.service';

function toReferralModel({ match, offer, person }: Referral): ReferralModel {
  return {
    id: match.id,
    kind: match.kind as MatchKindModel,
    status: match.status as MatchStatusModel,
    offerId: offer.id,
    offerTitle: offer.title,
    offerStartsAt: offer.startsAt,
    person,
    approvedAt: match.approvedAt,
    respondBy: match.respondBy,
    acceptedAt: match.providerAcceptedAt,
    participantAccepted: match.participantAcceptedAt !== null,
    firstSessionOn: match.firstSessionOn,
    outcome: Object.values(ReferralOutcomeModel).includes(match.outcome as ReferralOutcomeModel)
      ? (match.outcome as ReferralOutcomeModel)
      : null,
    closedAt: match.closedAt,
  };
}

/**
 * The association's referral inbox and event registration lists. Accepting or declining a referral
 * is `respondToMatch` (MatchesResolver).
 */
/** This list's page: 10 at a time unless asked otherwise. */
@ArgsType()
class PageArgsOf10 extends PageArgsWithLimit(10) {}

/** This list's page: 50 at a time unless asked otherwise. */
@ArgsType()
class PageArgsOf50 extends PageArgsWithLimit(50) {}

@Resolver()
export class ReferralsResolver {
  constructor(private readonly referrals: ReferralsService) {}

  @Roles('association-representative', 'coordinator')
  @Query(() => ReferralPageModel, {
    description: 'People referred to the association’s offers, a page at a time, with the minimum about each (logged).',
  })
  async associationReferrals(
    @Args('associationId', { type: () => ID }) associationId: string,
    @Args('stage', { type: () => ReferralStageModel, defaultValue: ReferralStageModel.OPEN }) stage: ReferralStageModel,
    @Args() { offset, limit }: PageArgsOf10,
    @CurrentRequest() request: RequestContext,
  ): Promise<ReferralPageModel> {
    const page = await this.referrals.inbox(request, associationId, stage as ReferralStage, offset, limit);
    return { ...page, items: page.items.map(toReferralModel) };
  }

  @Roles('association-representative')
  @Mutation(() => ReferralModel, {
    description: 'The association confirms the date of the first session (ISO date) of an accepted referral.',
  })
  async confirmReferralFirstSession(
    @Args('id', { type: () => ID }) id: string,
    @Args('date') date: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.referrals.confirmFirstSession(request, id, date));
  }

  @Roles('association-representative')
  @Mutation(() => ReferralModel, {
    description: 'After the first session: how it went. Completes or ends the match.',
  })
  async reportReferralOutcome(
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => ReferralOutcomeModel }) outcome: ReferralOutcomeModel,
    @CurrentRequest() request: RequestContext,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.referrals.reportOutcome(request, id, outcome as ReferralOutcome));
  }

  @Roles('association-representative', 'coordinator')
  @Query(() => EventRegistrationListModel, {
    description: 'Who holds seats at an event, a page at a time, with the minimum about each (logged).',
  })
  async eventRegistrations(
    @Args('offerId', { type: () => ID }) offerId: string,
    @Args() { offset, limit }: PageArgsOf50,
    @CurrentRequest() request: RequestContext,
  ): Promise<EventRegistrationListModel> {
    const list = await this.referrals.eventRegistrations(request, offerId, offset, limit);
    return {
      offerId: list.offer.id,
      associationId: list.offer.associationId,
      title: list.offer.title,
      startsAt: list.offer.startsAt,
      place: [list.offer.place, list.offer.locality?.name].filter(Boolean).join(', '),
      seatsTotal: list.offer.capacity,
      seatsTaken: list.seatsTaken,
      items: list.items.map(({ match, person }) => ({
        id: match.id,
        status: match.status as MatchStatusModel,
        person,
      })),
      offset: list.offset,
      limit: list.limit,
    };
  }
}
