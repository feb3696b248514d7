import { Paginated } from '@brobygger/api/util';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchKindModel, MatchStatusModel } from './match.models';

export enum ReferralStageModel {
  OPEN = 'open',
  CLOSED = 'closed',
}
registerEnumType(ReferralStageModel, {
  name: 'ReferralStage',
  description: 'OPEN: approved, accepted or active. CLOSED: completed, ended, declined or expired.',
});

export enum ReferralOutcomeModel {
  BECAME_MEMBER = 'trial-became-membership',
  STOPPED = 'stopped',
  DID_NOT_SHOW = 'did-not-show',
  ATTENDED = 'attended',
}
registerEnumType(ReferralOutcomeModel, {
  name: 'ReferralOutcome',
  description:
    'How a referral went, as the association reports it. Trial memberships, fritidspas and groups: ' +
    'BECAME_MEMBER, STOPPED or DID_NOT_SHOW. Events: ATTENDED or DID_NOT_SHOW.',
});

@ObjectType('ReferralPerson', {
  description:
    'The minimum an association needs to welcome someone: first name, age, languages and whether an ' +
    'interpreter is needed. Never the last name, address, contact details, needs or notes.',
})
export class ReferralPersonModel {
  @Field(() => String)
  firstName!: string;

  @Field(() => Int, { description: 'Age in whole years this calendar year (from the birth year).' })
  age!: number;

  @Field(() => [String], { description: 'ISO 639 codes of the languages the person speaks.' })
  languages!: string[];

  @Field(() => Boolean)
  interpreterNeeded!: boolean;
}

@ObjectType('Referral', { description: 'A person referred to one of an association’s offers (a match).' })
export class ReferralModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchKindModel)
  kind!: MatchKindModel;

  @Field(() => MatchStatusModel)
  status!: MatchStatusModel;

  @Field(() => ID)
  offerId!: string;

  @Field(() => String)
  offerTitle!: string;

  @Field(() => Date, { nullable: true, description: 'Events: when the event starts.' })
  offerStartsAt!: Date | null;

  @Field(() => ReferralPersonModel)
  person!: ReferralPersonModel;

  @Field(() => Date, { nullable: true, description: 'When the coordinator sent the referral.' })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The association must answer by then.' })
  respondBy!: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Boolean, { description: 'The person has said yes too (recorded by the coordinator).' })
  participantAccepted!: boolean;

  @Field(() => String, { nullable: true, description: 'The confirmed first session, ISO date.' })
  firstSessionOn!: string | null;

  @Field(() => ReferralOutcomeModel, { nullable: true })
  outcome!: ReferralOutcomeModel | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType('ReferralPage')
export class ReferralPageModel extends Paginated(ReferralModel, 'All referrals in this stage, across pages.') {}

@ObjectType('EventRegistration', { description: 'One person holding a seat at an event.' })
export class EventRegistrationModel {
  @Field(() => ID, { description: 'The match (seat) id.' })
  id!: string;

  @Field(() => MatchStatusModel)
  status!: MatchStatusModel;

  @Field(() => ReferralPersonModel)
  person!: ReferralPersonModel;
}

@ObjectType('EventRegistrationList', { description: 'Who holds seats at an event, and how many are left.' })
export class EventRegistrationListModel {
  @Field(() => ID)
  offerId!: string;

  @Field(() => ID)
  associationId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Date, { nullable: true })
  startsAt!: Date | null;

  @Field(() => String)
  place!: string;

  @Field(() => Int, { description: 'Seats in all.' })
  seatsTotal!: number;

  @Field(() => Int, { description: 'Seats held by approved, accepted or active registrations.' })
  seatsTaken!: number;

  @Field(() => [EventRegistrationModel])
  items!: EventRegistrationModel[];

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;
}
