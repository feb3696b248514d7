import { IsoDate, Paginated, WholeNumber } from '@brobygger/api/util';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FritidspasBudget', { description: 'The year’s budget and what is left of it (amounts in øre).' })
export class FritidspasBudgetModel {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  amountOre!: number;

  @Field(() => Int)
  grantedOre!: number;

  @Field(() => Int)
  remainingOre!: number;
}

@ObjectType('FritidspasGrant')
export class FritidspasGrantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ID)
  participantId!: string;

  @Field(() => String)
  childFirstName!: string;

  @Field(() => ID)
  offerId!: string;

  @Field(() => Int)
  feeOre!: number;

  @Field(() => Int)
  equipmentOre!: number;

  @Field(() => String)
  periodStart!: string;

  @Field(() => String)
  periodEnd!: string;

  @Field(() => Boolean, { nullable: true, description: 'Season-end retention check: still active in the club?' })
  stillActive!: boolean | null;

  @Field(() => String, { description: 'The fritidspas activity’s title.' })
  offerTitle!: string;

  @Field(() => String, { description: 'The parent’s (the participant’s) full name.' })
  participantName!: string;
}

@ObjectType('FritidspasGrantPage', { description: 'One page of the year’s grants, newest first.' })
export class FritidspasGrantPageModel extends Paginated(
  FritidspasGrantModel,
  'All of the year’s grants, across pages.',
) {}

@InputType()
export class FritidspasGrantInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => String, { description: 'A child in the participant’s household.' })
  childFirstName!: string;

  @Field(() => ID, { description: 'A fritidspas activity offer.' })
  offerId!: string;

  @Field(() => Int, { description: 'Club fee in øre.' })
  @WholeNumber(0)
  feeOre!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Equipment in øre.' })
  @WholeNumber(0)
  equipmentOre!: number;

  @Field(() => String)
  @IsoDate()
  periodStart!: string;

  @Field(() => String)
  @IsoDate()
  periodEnd!: string;
}

@ObjectType('FritidspasChild', { description: 'A child of a participant’s household: first name and birth year only.' })
export class FritidspasChildModel {
  @Field(() => String)
  firstName!: string;

  @Field(() => Int)
  birthYear!: number;
}

@ObjectType('FritidspasHousehold', { description: 'A participant with children young enough for fritidspas.' })
export class FritidspasHouseholdModel {
  @Field(() => ID)
  participantId!: string;

  @Field(() => String, { description: 'The parent’s first and last name.' })
  parentName!: string;

  @Field(() => [FritidspasChildModel], { description: 'Only the children of fritidspas age (up to 18 this year).' })
  children!: FritidspasChildModel[];
}

@ObjectType('FritidspasHouseholdPage', { description: 'The households that fit a search, and how many there are.' })
export class FritidspasHouseholdPageModel {
  @Field(() => [FritidspasHouseholdModel])
  items!: FritidspasHouseholdModel[];

  @Field(() => Int, { description: 'All households that fit, across pages.' })
  total!: number;

  @Field(() => Int)
  limit!: number;
}
