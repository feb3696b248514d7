import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SpokenLanguage')
export class SpokenLanguageModel {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'native, fluent, conversational or basic' })
  level!: string;
}

/** What a coordinator sees of a participant. No ethnicity, religion, health or CPR is ever stored. */
@ObjectType('Participant')
export class ParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => Int)
  birthYear!: number;

  @Field(() => String, { nullable: true })
  gender!: string | null;

  @Field(() => String)
  localityName!: string;

  @Field(() => [SpokenLanguageModel])
  languages!: SpokenLanguageModel[];

  @Field(() => Boolean)
  interpreterNeeded!: boolean;

  @Field(() => [String])
  needs!: string[];

  @Field(() => [String])
  interests!: string[];

  @Field(() => String, { nullable: true, description: 'ISO date' })
  arrivalDate!: string | null;
}

@InputType()
export class ParticipantSearchInput {
  @Field(() => String, { nullable: true, description: 'Part of the first or last name.' })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  localityId?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'At most 200.' })
  first!: number;
}

@ObjectType('AccessLogEntry', { description: 'One access to a participant’s data.' })
export class AccessLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => ID)
  accountId!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String, { nullable: true, description: 'For searches: the criteria, as JSON.' })
  criteria!: string | null;

  @Field(() => String)
  requestId!: string;
}
