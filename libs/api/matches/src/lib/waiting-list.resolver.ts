import { Args, ArgsType, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, PageArgsWithLimit, type RequestContext, Roles } from '@brobygger/api/util';
import { MatchKindModel } from './dto/match.models';
import { IdleVolunteerPageModel, WaitingParticipantPageModel } from './dto/waiting-list.models';
import type { MatchKind } from './match.entity';
import { WaitingListService } from './waiting-list.service';

/** This list's page: 10 at a time unless asked otherwise. */
@ArgsType()
class PageArgsOf10 extends PageArgsWithLimit(10) {}

@Resolver()
export class WaitingListResolver {
  constructor(private readonly waitingList: WaitingListService) {}

  @Roles('coordinator')
  @Query(() => WaitingParticipantPageModel, {
    description: 'Participants waiting for this kind of match, longest first, a page at a time (the page is logged).',
  })
  waitingParticipants(
    @Args('kind', { type: () => MatchKindModel }) kind: MatchKindModel,
    @Args() { offset, limit }: PageArgsOf10,
    @CurrentRequest() request: RequestContext,
  ): Promise<WaitingParticipantPageModel> {
    return this.waitingList.participants(request, kind as MatchKind, offset, limit);
  }

  @Roles('coordinator')
  @Query(() => IdleVolunteerPageModel, {
    description: 'Approved volunteers without a match, idle longest first, a page at a time.',
  })
  idleVolunteers(
    @Args() { offset, limit }: PageArgsOf10,
    @CurrentRequest() request: RequestContext,
  ): Promise<IdleVolunteerPageModel> {
    return this.waitingList.volunteers(request, offset, limit);
  }
}
