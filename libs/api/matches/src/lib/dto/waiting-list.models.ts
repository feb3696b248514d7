import { Paginated } from '@brobygger/api/util';
import { VolunteerRoleModel } from '@brobygger/api/volunteers';
import type { VolunteerRole } from '@brobygger/shared/rules';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WaitingParticipant')
export class WaitingParticipantModel {
  @Field(() => ID)
  participantId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  localityName!: string;

  @Field(() => String, { description: 'ISO date' })
  waitingSince!: string;

  @Field(() => Int)
  daysWaiting!: number;

  @Field(() => Boolean, { description: 'Waited longer than the ageing alert (default 30 days).' })
  overdue!: boolean;
}

@ObjectType('IdleVolunteer')
export class IdleVolunteerModel {
  @Field(() => ID)
  volunteerId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => [VolunteerRoleModel])
  roles!: VolunteerRole[];

  @Field(() => Int)
  freeCapacity!: number;

  @Field(() => String, { description: 'ISO date' })
  idleSince!: string;

  @Field(() => Int)
  daysIdle!: number;

  @Field(() => Boolean)
  overdue!: boolean;
}

@ObjectType('WaitingParticipantPage', { description: 'The first of those waiting, and how many wait in all.' })
export class WaitingParticipantPageModel extends Paginated(
  WaitingParticipantModel,
  'Everyone waiting for this kind of match.',
) {
  @Field(() => Int, { description: 'Of all those waiting, how many waited longer than the ageing alert.' })
  overdue!: number;
}

@ObjectType('IdleVolunteerPage', { description: 'The first of the idle volunteers, and how many are idle in all.' })
export class IdleVolunteerPageModel extends Paginated(IdleVolunteerModel, 'All idle volunteers.') {
  @Field(() => Int, { description: 'Of all idle volunteers, how many were idle longer than the ageing alert.' })
  overdue!: number;
}
