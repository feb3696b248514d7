import {
  AtMostCharacters,
  GenderModel,
  IsoDate,
  LanguageLevelModel,
  Paginated,
  Required,
  enumOf,
} from '@brobygger/api/util';
import {
  DANISH_LEVELS,
  type DanishLevel,
  type Gender,
  type LanguageLevel,
  NEEDS,
  NOTES_MAX_LENGTH,
  type Need,
} from '@brobygger/shared/rules';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';

export const DanishLevelModel = enumOf(DANISH_LEVELS);
registerEnumType(DanishLevelModel, { name: 'DanishLevel', description: 'How much Danish a participant speaks.' });

export const NeedModel = enumOf(NEEDS);
registerEnumType(NeedModel, { name: 'Need', description: 'What a participant would like help with.' });

@ObjectType('SpokenLanguage')
export class SpokenLanguageModel {
  @Field(() => String)
  code!: string;

  @Field(() => LanguageLevelModel)
  level!: LanguageLevel;
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

  @Field(() => GenderModel, { nullable: true })
  gender!: Gender | null;

  @Field(() => ID, { description: 'The town the person lives in.' })
  localityId!: string;

  @Field(() => String)
  localityName!: string;

  @Field(() => [SpokenLanguageModel])
  languages!: SpokenLanguageModel[];

  @Field(() => Boolean)
  interpreterNeeded!: boolean;

  @Field(() => [NeedModel])
  needs!: Need[];

  @Field(() => [String])
  interests!: string[];

  @Field(() => String, { nullable: true, description: 'ISO date' })
  arrivalDate!: string | null;

  @Field(() => DanishLevelModel, { nullable: true })
  danishLevel!: DanishLevel | null;

  @Field(() => [HouseholdChildModel])
  household!: HouseholdChildModel[];

  @Field(() => GenderModel, { nullable: true })
  preferredVolunteerGender!: Gender | null;

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

  @Field(() => LanguageLevelModel)
  level!: LanguageLevel;
}

@InputType()
export class HouseholdChildInput {
  @Field(() => String)
  @Required('enter the child’s first name')
  firstName!: string;

  @Field(() => Int)
  birthYear!: number;
}

@InputType({ description: 'Intake of a participant. No ethnicity, religion, health or CPR number is asked for.' })
export class ParticipantInput {
  @Field(() => String)
  @Required('enter the first name')
  firstName!: string;

  @Field(() => String)
  @Required('enter the last name')
  lastName!: string;

  @Field(() => Int)
  birthYear!: number;

  @Field(() => GenderModel, { nullable: true })
  gender?: Gender | null;

  @Field(() => [ParticipantLanguageInput], { defaultValue: [] })
  languages!: ParticipantLanguageInput[];

  @Field(() => Boolean, { defaultValue: false })
  interpreterNeeded!: boolean;

  @Field(() => DanishLevelModel, { nullable: true })
  danishLevel?: DanishLevel | null;

  @Field(() => ID)
  localityId!: string;

  @Field(() => [HouseholdChildInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => HouseholdChildInput)
  household!: HouseholdChildInput[];

  @Field(() => [String], { defaultValue: [] })
  interests!: string[];

  @Field(() => [NeedModel], { defaultValue: [] })
  needs!: Need[];

  @Field(() => GenderModel, { nullable: true })
  preferredVolunteerGender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
  @IsoDate({ blankMeansNone: true })
  arrivalDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact coordinator; default: you.' })
  contactCoordinatorId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Optional extras consented to, e.g. photos-at-events.' })
  consents!: string[];

  @Field(() => String, {
    defaultValue: '',
    description: 'Do not write health, religion, ethnicity or other sensitive information.',
  })
  @AtMostCharacters(NOTES_MAX_LENGTH)
  notes!: string;
}
