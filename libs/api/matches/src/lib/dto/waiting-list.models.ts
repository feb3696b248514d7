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

  @Field(() => [String])
  roles!: string[];

  @Field(() => Int)
  freeCapacity!: number;

  @Field(() => String, { description: 'ISO date' })
  idleSince!: string;

  @Field(() => Int)
  daysIdle!: number;

  @Field(() => Boolean)
  overdue!: boolean;
}
