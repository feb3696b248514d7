import { Paginated } from '@brobygger/api/util';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SpokenLanguage')
export class SpokenLanguageModel {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'native, fluent, conversational or basic' })
  level!: string;
}

@ObjectType('HouseholdChild')
export class HouseholdChildModel {
  @Field(() => String)
  firstName!: string;

  @Field(() => Int)
  birthYear!: number;
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

  @Field(() => ID, { description: 'The town the person lives in.' })
  localityId!: string;

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

  @Field(() => String, { nullable: true })
  danishLevel!: string | null;

  @Field(() => [HouseholdChildModel])
  household!: HouseholdChildModel[];

  @Field(() => String, { nullable: true })
  preferredVolunteerGender!: string | null;

  @Field(() => ID, { nullable: true })
  contactCoordinatorId!: string | null;

  @Field(() => String, { description: 'public-task: the municipality’s task, not consent.' })
  legalBasis!: string;

  @Field(() => [String], { description: 'Optional extras the person currently consents to.' })
  consents!: string[];

  @Field(() => String)
  notes!: string;
}

@InputType()
export class ParticipantSearchInput {
  @Field(() => String, { nullable: true, description: 'Part of the first or last name.' })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  localityId?: string | null;
}

@ObjectType('ParticipantPage', { description: 'One page of a participant search.' })
export class ParticipantPageModel extends Paginated(
  ParticipantModel,
  'All participants that fit the search, across pages.',
) {}

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

@InputType()
export class ParticipantLanguageInput {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'native, fluent, conversational or basic' })
  level!: string;
}

@InputType()
export class HouseholdChildInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => Int)
  birthYear!: number;
}

@InputType({ description: 'Intake of a participant. No ethnicity, religion, health or CPR number is asked for.' })
export class ParticipantInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => Int)
  birthYear!: number;

  @Field(() => String, { nullable: true, description: 'female, male or other' })
  gender?: string | null;

  @Field(() => [ParticipantLanguageInput], { defaultValue: [] })
  languages!: ParticipantLanguageInput[];

  @Field(() => Boolean, { defaultValue: false })
  interpreterNeeded!: boolean;

  @Field(() => String, { nullable: true, description: 'none, beginner, intermediate or advanced' })
  danishLevel?: string | null;

  @Field(() => ID)
  localityId!: string;

  @Field(() => [HouseholdChildInput], { defaultValue: [] })
  household!: HouseholdChildInput[];

  @Field(() => [String], { defaultValue: [] })
  interests!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'everyday-life, danish-practice, job-seeking, homework-help, leisure',
  })
  needs!: string[];

  @Field(() => String, { nullable: true })
  preferredVolunteerGender?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  arrivalDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact coordinator; default: you.' })
  contactCoordinatorId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Optional extras consented to, e.g. photos-at-events.' })
  consents!: string[];

  @Field(() => String, {
    defaultValue: '',
    description: 'Do not write health, religion, ethnicity or other sensitive information.',
  })
  notes!: string;
}
