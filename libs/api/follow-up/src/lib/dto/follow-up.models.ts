import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchKindModel, MatchStatusModel } from '@brobygger/api/matches';
import { AtMostCharacters, IsoDate, OneOf, WholeNumber } from '@brobygger/api/util';
import { FOLLOW_UP_NOTE_MAX_LENGTH, MEETING_MINUTES } from '@brobygger/shared/rules';
import { FOLLOW_UP_MILESTONES } from '../follow-up.entity';

export enum CheckInOutcomeModel {
  CONTINUES = 'continues',
  COMPLETED = 'completed',
  ENDED = 'ended',
  BECAME_CLUB_MEMBER = 'became-club-member',
}
registerEnumType(CheckInOutcomeModel, {
  name: 'CheckInOutcome',
  description: 'How a check-in found the match; all but CONTINUES end it (completed, ended early, club member).',
});

@ObjectType('DueCheckIn', {
  description: 'The next check-in of an active match that is due (or whose volunteer left).',
})
export class DueCheckInModel {
  @Field(() => ID)
  matchId!: string;

  @Field(() => MatchKindModel)
  kind!: MatchKindModel;

  @Field(() => Int, { description: '1 or 3: the check-in after one or three months.' })
  milestoneMonths!: number;

  @Field(() => String, { description: 'ISO date it falls due.' })
  dueOn!: string;

  @Field(() => Boolean, { description: 'The due date has passed.' })
  overdue!: boolean;

  @Field(() => String, { description: 'ISO date the match became active.' })
  activeSince!: string;

  @Field(() => Boolean, { description: 'The signed-in coordinator is the participant’s contact coordinator.' })
  mine!: boolean;

  @Field(() => ID)
  participantId!: string;

  @Field(() => String)
  participantName!: string;

  @Field(() => String, { description: 'The volunteer’s name or the offer’s title.' })
  providerName!: string;

  @Field(() => Boolean, { description: 'The volunteer has left the programme: the match needs attention.' })
  volunteerLeft!: boolean;

  @Field(() => Int)
  meetingCount!: number;

  @Field(() => String, { nullable: true, description: 'ISO date of the latest logged meeting.' })
  lastMeetingOn!: string | null;
}

@InputType()
export class CheckInInput {
  @Field(() => ID)
  matchId!: string;

  @Field(() => Int, { description: '1 or 3.' })
  @OneOf(FOLLOW_UP_MILESTONES, { message: 'must be 1 or 3 (months after the match became active)' })
  milestoneMonths!: number;

  @Field(() => CheckInOutcomeModel)
  outcome!: CheckInOutcomeModel;

  @Field(() => String, {
    defaultValue: '',
    description:
      'Short (at most 500 characters). Do not write health, religion, ethnicity or other sensitive information.',
  })
  @AtMostCharacters(FOLLOW_UP_NOTE_MAX_LENGTH)
  note!: string;
}

@ObjectType('CheckIn', { description: 'A recorded check-in.' })
export class CheckInModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  matchId!: string;

  @Field(() => Int)
  milestoneMonths!: number;

  @Field(() => String)
  dueOn!: string;

  @Field(() => CheckInOutcomeModel)
  outcome!: CheckInOutcomeModel;

  @Field(() => String)
  note!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field(() => MatchStatusModel, { description: 'The match’s status after the check-in.' })
  matchStatus!: MatchStatusModel;
}

@InputType()
export class MeetingInput {
  @Field(() => ID)
  matchId!: string;

  @Field(() => String, { description: 'ISO date of the meeting; not in the future.' })
  @IsoDate()
  metOn!: string;

  @Field(() => Int, { description: '1–600 minutes.' })
  @WholeNumber(MEETING_MINUTES.min, MEETING_MINUTES.max)
  durationMinutes!: number;

  @Field(() => String, {
    defaultValue: '',
    description: 'At most 500 characters. Do not write health, religion, ethnicity or other sensitive information.',
  })
  @AtMostCharacters(FOLLOW_UP_NOTE_MAX_LENGTH)
  note!: string;
}

@ObjectType('MeetingLogEntry')
export class MeetingLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  matchId!: string;

  @Field(() => String, { description: 'ISO date.' })
  metOn!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => String)
  note!: string;

  @Field(() => Date)
  loggedAt!: Date;
}

@ObjectType('VolunteerMeetingLog', { description: 'A volunteer’s meeting log for one of their matches.' })
export class VolunteerMeetingLogModel {
  @Field(() => ID)
  matchId!: string;

  @Field(() => MatchKindModel)
  kind!: MatchKindModel;

  @Field(() => MatchStatusModel)
  status!: MatchStatusModel;

  @Field(() => String)
  participantFirstName!: string;

  @Field(() => String, { nullable: true, description: 'ISO date the match became active.' })
  activeSince!: string | null;

  @Field(() => [MeetingLogEntryModel], { description: 'Newest first.' })
  meetings!: MeetingLogEntryModel[];
}
