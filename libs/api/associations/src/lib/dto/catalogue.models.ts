import { Paginated, enumOf } from '@brobygger/api/util';
import { EVENT_KINDS, type EventKind } from '@brobygger/shared/rules';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActivityModel, LocalityModel } from '@brobygger/api/reference-data';

export enum AssociationKindModel {
  SPORTS = 'sports',
  CULTURE = 'culture',
  LEISURE = 'leisure',
  EVENING_SCHOOL = 'evening-school',
  VILLAGE_ASSOCIATION = 'village-association',
  SOCIAL_ORGANISATION = 'social-organisation',
}
registerEnumType(AssociationKindModel, { name: 'AssociationKind' });

export enum OfferKindModel {
  TRIAL_MEMBERSHIP = 'trial-membership',
  FRITIDSPAS = 'fritidspas',
  PEER_GROUP = 'peer-group',
  EVENT = 'event',
}
registerEnumType(OfferKindModel, { name: 'OfferKind' });

export enum OfferStatusModel {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  CLOSED = 'closed',
}
registerEnumType(OfferStatusModel, { name: 'OfferStatus' });

export const EventKindModel = enumOf(EVENT_KINDS);
registerEnumType(EventKindModel, {
  name: 'EventKind',
  description: 'The kinds of event an association or the municipality runs.',
});

@ObjectType('Association', { description: 'A club or organisation that runs offers (public catalogue view).' })
export class AssociationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AssociationKindModel)
  kind!: AssociationKindModel;

  @Field(() => LocalityModel)
  locality!: LocalityModel;

  @Field(() => String)
  description!: string;
}

@ObjectType('Offer', { description: 'An offer: published ones are in the public catalogue.' })
export class OfferModel {
  @Field(() => ID)
  id!: string;

  @Field(() => OfferKindModel)
  kind!: OfferKindModel;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => AssociationModel)
  association!: AssociationModel;

  @Field(() => ActivityModel, { nullable: true })
  activity!: ActivityModel | null;

  @Field(() => LocalityModel)
  locality!: LocalityModel;

  @Field(() => Int, { nullable: true, description: 'Youngest age admitted, in years.' })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Oldest age admitted, in years.' })
  ageMax!: number | null;

  @Field(() => Boolean)
  womenOnly!: boolean;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages spoken at the offer.' })
  languageCodes!: string[];

  @Field(() => Int, { description: 'Trial slots, seats or group places.' })
  capacity!: number;

  @Field(() => Date, { nullable: true, description: 'For events: when it starts.' })
  startsAt!: Date | null;

  @Field(() => OfferStatusModel)
  status!: OfferStatusModel;

  @Field(() => String)
  schedule!: string;

  @Field(() => String)
  place!: string;

  @Field(() => Int, { nullable: true })
  trialWeeks!: number | null;

  @Field(() => Int, { nullable: true, description: 'Fritidspas: season fee in øre.' })
  seasonFeeOre!: number | null;

  @Field(() => Int, { nullable: true, description: 'Fritidspas: typical equipment cost in øre.' })
  equipmentCostOre!: number | null;

  @Field(() => String, { nullable: true })
  targetGroup!: string | null;

  @Field(() => EventKindModel, { nullable: true, description: 'Events: what kind of event.' })
  eventKind!: EventKind | null;

  @Field(() => Date, { nullable: true })
  registrationDeadline!: Date | null;
}

@ObjectType('AssociationPage', { description: 'One page of the associations, by name.' })
export class AssociationPageModel extends Paginated(
  AssociationModel,
  'All associations of the municipality, across pages.',
) {}

@ObjectType('OfferPage', { description: 'One page of the published offers.' })
export class OfferPageModel extends Paginated(OfferModel, 'All published offers that fit the filter, across pages.') {}

@ObjectType('ContactPerson')
export class ContactPersonModel {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  phone!: string;
}

@ObjectType('AssociationProfile', { description: 'The full profile, for the association and the municipality.' })
export class AssociationProfileModel extends AssociationModel {
  @Field(() => String, { nullable: true })
  cvr!: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => [ContactPersonModel])
  contactPeople!: ContactPersonModel[];

  @Field(() => String, { nullable: true, description: 'ISO date of the yearly child-certificate declaration.' })
  childCertificateDeclaredOn!: string | null;
}
