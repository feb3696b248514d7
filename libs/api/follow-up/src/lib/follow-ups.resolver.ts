import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext, Roles } from '@brobygger/api/util';
import {
  CheckInInput,
  CheckInModel,
  type CheckInOutcomeModel,
  DueCheckInModel,
  MeetingInput,
  MeetingLogEntryModel,
  VolunteerMeetingLogModel,
} from './dto/follow-up.models';
import type { MatchKindModel, MatchStatusModel } from '@brobygger/api/matches';
import type { MeetingLogEntryEntity } from './follow-up.entity';
import { FollowUpsService } from './follow-ups.service';

function toMeeting(entry: MeetingLogEntryEntity): MeetingLogEntryModel {
  return {
    id: entry.id,
    matchId: entry.matchId,
    metOn: entry.metOn,
    durationMinutes: entry.durationMinutes,
    note: entry.note,
    loggedAt: entry.loggedAt,
  };
}

/** After a match is made: coordinators' check-ins at 1 and 3 months, volunteers' meeting logs. */
@Resolver()
export class FollowUpsResolver {
  constructor(private readonly followUps: FollowUpsService) {}

  @Roles('coordinator')
  @Query(() => [DueCheckInModel], {
    description: 'Check-ins due within withinDays or overdue (the contact coordinator’s own first); logged.',
  })
  async dueCheckIns(
    @Args('withinDays', { type: () => Int, defaultValue: 7 }) withinDays: number,
    @CurrentRequest() request: RequestContext,
  ): Promise<DueCheckInModel[]> {
    return (await this.followUps.dueCheckIns(request, withinDays)).map((d) => ({
      ...d,
      kind: d.kind as MatchKindModel,
    }));
  }

  @Roles('coordinator')
  @Mutation(() => CheckInModel, {
    description: 'Records the 1- or 3-month check-in; an outcome other than CONTINUES ends the match.',
  })
  async recordCheckIn(
    @Args('input') input: CheckInInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<CheckInModel> {
    const { checkIn, match } = await this.followUps.recordCheckIn(request, input);
    return {
      id: checkIn.id,
      matchId: checkIn.matchId,
      milestoneMonths: checkIn.milestoneMonths,
      dueOn: checkIn.dueOn,
      outcome: checkIn.outcome as CheckInOutcomeModel,
      note: checkIn.note,
      recordedAt: checkIn.recordedAt,
      matchStatus: match.status as MatchStatusModel,
    };
  }

  @Roles('coordinator')
  @Query(() => [MeetingLogEntryModel], { description: 'The meetings the volunteer logged for a match; logged.' })
  async matchMeetingLog(
    @Args('matchId', { type: () => ID }) matchId: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<MeetingLogEntryModel[]> {
    return (await this.followUps.meetingLogOfMatch(request, matchId)).map(toMeeting);
  }

  @Roles('volunteer')
  @Query(() => VolunteerMeetingLogModel, {
    description: 'The signed-in volunteer’s meeting log of one of their matches.',
  })
  async myMeetingLog(
    @Args('matchId', { type: () => ID }) matchId: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerMeetingLogModel> {
    const log = await this.followUps.myMeetingLog(request, matchId);
    return {
      matchId: log.match.id,
      kind: log.match.kind as MatchKindModel,
      status: log.match.status as MatchStatusModel,
      participantFirstName: log.participantFirstName,
      activeSince: log.activeSince,
      meetings: log.meetings.map(toMeeting),
    };
  }

  @Roles('volunteer')
  @Mutation(() => MeetingLogEntryModel, { description: 'The volunteer logs a meeting of an active match of theirs.' })
  async logMeeting(
    @Args('input') input: MeetingInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<MeetingLogEntryModel> {
    return toMeeting(await this.followUps.logMeeting(request, input));
  }
}
