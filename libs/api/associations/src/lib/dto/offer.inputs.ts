import { AtMostCharacters, Required, WholeNumber } from '@brobygger/api/util';
import {
  type EventKind,
  OFFER_AGE,
  OFFER_CAPACITY,
  OFFER_TITLE_MAX_LENGTH,
  TRIAL_WEEKS,
} from '@brobygger/shared/rules';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { EventKindModel, OfferKindModel } from './catalogue.models';

@InputType({ description: 'The fields of an offer; which are required depends on its kind.' })
export class OfferInput {
  @Field(() => String)
  @Required('enter a title')
  @AtMostCharacters(OFFER_TITLE_MAX_LENGTH)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Key from the activity taxonomy.' })
  activityKey?: string | null;

  @Field(() => ID)
  localityId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber(OFFER_AGE.min, OFFER_AGE.max)
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @WholeNumber(OFFER_AGE.min, OFFER_AGE.max)
  ageMax?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  womenOnly!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes of the languages spoken.' })
  languageCodes!: string[];

  @Field(() => Int, { description: 'Trial slots, seats or group places.' })
  @WholeNumber(OFFER_CAPACITY.min, OFFER_CAPACITY.max)
  capacity!: number;

  @Field(() => String, { defaultValue: '' })
  schedule!: string;

  @Field(() => String, { defaultValue: '' })
  place!: string;

  @Field(() => Int, { nullable: true, description: 'Trial memberships: length of the trial in weeks.' })
  @IsOptional()
  @WholeNumber(TRIAL_WEEKS.min, TRIAL_WEEKS.max)
  trialWeeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'Fritidspas: season fee in øre.' })
  @IsOptional()
  @WholeNumber(0)
  seasonFeeOre?: number | null;

  @Field(() => Int, { nullable: true, description: 'Fritidspas: typical equipment cost in øre.' })
  @IsOptional()
  @WholeNumber(0)
  equipmentCostOre?: number | null;

  @Field(() => String, { nullable: true, description: 'Peer groups: the target group.' })
  targetGroup?: string | null;

  @Field(() => EventKindModel, { nullable: true, description: 'Events: what kind of event.' })
  eventKind?: EventKind | null;

  @Field(() => Date, { nullable: true, description: 'Events: when it starts.' })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events: last time to register.' })
  registrationDeadline?: Date | null;
}

@InputType()
export class CreateOfferInput extends OfferInput {
  @Field(() => ID)
  associationId!: string;

  @Field(() => OfferKindModel)
  kind!: OfferKindModel;
}
