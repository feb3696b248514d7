import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OfferKindModel } from './catalogue.models';

@InputType({ description: 'The fields of an offer; which are required depends on its kind.' })
export class OfferInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Key from the activity taxonomy.' })
  activityKey?: string | null;

  @Field(() => ID)
  localityId!: string;

  @Field(() => Int, { nullable: true })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  ageMax?: number | null;

  @Field(() => Boolean, { defaultValue: false })
  womenOnly!: boolean;

  @Field(() => [String], { defaultValue: [], description: 'ISO 639-1 codes of the languages spoken.' })
  languageCodes!: string[];

  @Field(() => Int, { description: 'Trial slots, seats or group places.' })
  capacity!: number;

  @Field(() => String, { defaultValue: '' })
  schedule!: string;

  @Field(() => String, { defaultValue: '' })
  place!: string;

  @Field(() => Int, { nullable: true, description: 'Trial memberships: length of the trial in weeks.' })
  trialWeeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'Fritidspas: season fee in øre.' })
  seasonFeeOre?: number | null;

  @Field(() => Int, { nullable: true, description: 'Fritidspas: typical equipment cost in øre.' })
  equipmentCostOre?: number | null;

  @Field(() => String, { nullable: true, description: 'Peer groups: the target group.' })
  targetGroup?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Events: welcome-meeting, culture-cafe, food-cafe, clothes-bazaar, bus-tour, other.',
  })
  eventKind?: string | null;

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
