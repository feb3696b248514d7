import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext, Roles } from '@brobygger/api/util';
import { MatchKindModel } from './dto/match.models';
import { IdleVolunteerModel, WaitingParticipantModel } from './dto/waiting-list.models';
import type { MatchKind } from './match.entity';
import { WaitingListService } from './waiting-list.service';

@Resolver()
export class WaitingListResolver {
  constructor(private readonly waitingList: WaitingListService) {}

  @Roles('coordinator')
  @Query(() => [WaitingParticipantModel], {
    description: 'Participants waiting for this kind of match, longest first (logged).',
  })
  waitingParticipants(
    @Args('kind', { type: () => MatchKindModel }) kind: MatchKindModel,
    @CurrentRequest() request: RequestContext,
  ): Promise<WaitingParticipantModel[]> {
    return this.waitingList.participants(request, kind as MatchKind);
  }

  @Roles('coordinator')
  @Query(() => [IdleVolunteerModel], { description: 'Approved volunteers without a match, idle longest first.' })
  idleVolunteers(@CurrentRequest() request: RequestContext): Promise<IdleVolunteerModel[]> {
    return this.waitingList.volunteers(request);
  }
}
