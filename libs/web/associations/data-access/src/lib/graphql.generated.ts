/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
/** From the dates, in Copenhagen: not started yet, running, or past its last day. */
export type AgreementStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'UPCOMING';

export type AssociationKind =
  | 'CULTURE'
  | 'EVENING_SCHOOL'
  | 'LEISURE'
  | 'SOCIAL_ORGANISATION'
  | 'SPORTS'
  | 'VILLAGE_ASSOCIATION';

export type AssociationProfileInput = {
  address?: string;
  /** ISO date of the yearly child-certificate declaration. */
  childCertificateDeclaredOn?: string | null | undefined;
  contactPeople?: Array<ContactPersonInput>;
  /** CVR number: 8 digits, checked by its modulus-11 rule. */
  cvr?: string | null | undefined;
  description?: string;
  kind: AssociationKind;
  localityId: string | number;
  name: string;
};

export type ContactPersonInput = {
  email?: string;
  name: string;
  phone?: string;
};

export type CreateOfferInput = {
  /** Key from the activity taxonomy. */
  activityKey?: string | null | undefined;
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  associationId: string | number;
  /** Trial slots, seats or group places. */
  capacity: number;
  description?: string;
  /** Fritidspas: typical equipment cost in øre. */
  equipmentCostOre?: number | null | undefined;
  /** Events: what kind of event. */
  eventKind?: EventKind | null | undefined;
  kind: OfferKind;
  /** ISO 639-1 codes of the languages spoken. */
  languageCodes?: Array<string>;
  localityId: string | number;
  place?: string;
  /** Events: last time to register. */
  registrationDeadline?: string | null | undefined;
  schedule?: string;
  /** Fritidspas: season fee in øre. */
  seasonFeeOre?: number | null | undefined;
  /** Events: when it starts. */
  startsAt?: string | null | undefined;
  /** Peer groups: the target group. */
  targetGroup?: string | null | undefined;
  title: string;
  /** Trial memberships: length of the trial in weeks. */
  trialWeeks?: number | null | undefined;
  womenOnly?: boolean;
};

/** The languages our emails are written in. */
export type EmailLanguage =
  | 'AR'
  | 'DA'
  | 'EN';

/** The kinds of event an association or the municipality runs. */
export type EventKind =
  | 'BUS_TOUR'
  | 'CLOTHES_BAZAAR'
  | 'CULTURE_CAFE'
  | 'FOOD_CAFE'
  | 'OTHER'
  | 'WELCOME_MEETING';

/** The first person to represent a newly registered association. */
export type FirstRepresentativeInput = {
  displayName: string;
  email: string;
  /** Language of our emails to them. */
  preferredLanguage?: EmailLanguage;
};

export type MatchKind =
  | 'EVENT'
  | 'FRITIDSPAS'
  | 'LEISURE_GUIDE'
  | 'MENTOR'
  | 'PEER_GROUP'
  | 'TRIAL_MEMBERSHIP';

export type MatchStatus =
  | 'ACCEPTED'
  | 'ACTIVE'
  | 'APPROVED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'ENDED'
  | 'EXPIRED'
  | 'PROPOSED';

/** The fields of an offer; which are required depends on its kind. */
export type OfferInput = {
  /** Key from the activity taxonomy. */
  activityKey?: string | null | undefined;
  ageMax?: number | null | undefined;
  ageMin?: number | null | undefined;
  /** Trial slots, seats or group places. */
  capacity: number;
  description?: string;
  /** Fritidspas: typical equipment cost in øre. */
  equipmentCostOre?: number | null | undefined;
  /** Events: what kind of event. */
  eventKind?: EventKind | null | undefined;
  /** ISO 639-1 codes of the languages spoken. */
  languageCodes?: Array<string>;
  localityId: string | number;
  place?: string;
  /** Events: last time to register. */
  registrationDeadline?: string | null | undefined;
  schedule?: string;
  /** Fritidspas: season fee in øre. */
  seasonFeeOre?: number | null | undefined;
  /** Events: when it starts. */
  startsAt?: string | null | undefined;
  /** Peer groups: the target group. */
  targetGroup?: string | null | undefined;
  title: string;
  /** Trial memberships: length of the trial in weeks. */
  trialWeeks?: number | null | undefined;
  womenOnly?: boolean;
};

export type OfferKind =
  | 'EVENT'
  | 'FRITIDSPAS'
  | 'PEER_GROUP'
  | 'TRIAL_MEMBERSHIP';

export type OfferStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'PUBLISHED';

/** The terms of a partnership agreement. */
export type PartnershipAgreementInput = {
  commitments: string;
  /** Last day, ISO date; leave out for until further notice. */
  endsOn?: string | null | undefined;
  scope: string;
  /** First day, ISO date (YYYY-MM-DD). */
  startsOn: string;
};

/** How a referral went, as the association reports it. Trial memberships, fritidspas and groups: BECAME_MEMBER, STOPPED or DID_NOT_SHOW. Events: ATTENDED or DID_NOT_SHOW. */
export type ReferralOutcome =
  | 'ATTENDED'
  | 'BECAME_MEMBER'
  | 'DID_NOT_SHOW'
  | 'STOPPED';

/** OPEN: approved, accepted or active. CLOSED: completed, ended, declined or expired. */
export type ReferralStage =
  | 'CLOSED'
  | 'OPEN';

export type RegisterAssociationInput = {
  /** CVR number: 8 digits, checked by its modulus-11 rule; unique in the municipality. */
  cvr?: string | null | undefined;
  kind: AssociationKind;
  /** The town the association belongs to. */
  localityId: string | number;
  name: string;
  /** Invites this person to represent the association, in the same transaction. */
  representative?: FirstRepresentativeInput | null | undefined;
};

export type RegisterPartnershipAgreementInput = {
  associationId: string | number;
  commitments: string;
  /** Last day, ISO date; leave out for until further notice. */
  endsOn?: string | null | undefined;
  scope: string;
  /** First day, ISO date (YYYY-MM-DD). */
  startsOn: string;
};

export type AssociationProfileFieldsFragment = { id: string, name: string, kind: AssociationKind, cvr: string | null, address: string, description: string, childCertificateDeclaredOn: string | null, locality: { id: string, name: string }, contactPeople: Array<{ name: string, email: string, phone: string }> };

export type ManagedOfferFragment = { id: string, kind: OfferKind, status: OfferStatus, title: string, description: string, capacity: number, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, place: string, schedule: string, trialWeeks: number | null, seasonFeeOre: number | null, equipmentCostOre: number | null, targetGroup: string | null, eventKind: EventKind | null, startsAt: string | null, registrationDeadline: string | null, activity: { key: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } };

export type MyAssociationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssociationsQuery = { myAssociations: Array<{ id: string, name: string, kind: AssociationKind, cvr: string | null, address: string, description: string, childCertificateDeclaredOn: string | null, locality: { id: string, name: string }, contactPeople: Array<{ name: string, email: string, phone: string }> }> };

export type AssociationOffersQueryVariables = Exact<{
  associationId: string | number;
}>;


export type AssociationOffersQuery = { associationOffers: Array<{ id: string, kind: OfferKind, status: OfferStatus, title: string, description: string, capacity: number, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, place: string, schedule: string, trialWeeks: number | null, seasonFeeOre: number | null, equipmentCostOre: number | null, targetGroup: string | null, eventKind: EventKind | null, startsAt: string | null, registrationDeadline: string | null, activity: { key: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } }> };

export type OfferFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferFormOptionsQuery = { activities: Array<{ key: string, category: string, nameDa: string, nameEn: string }>, languages: Array<{ code: string, nameDa: string, nameEn: string, nativeName: string }>, localities: Array<{ id: string, name: string, postcode: string }> };

export type UpdateAssociationProfileMutationVariables = Exact<{
  id: string | number;
  input: AssociationProfileInput;
}>;


export type UpdateAssociationProfileMutation = { updateAssociationProfile: { id: string, name: string, kind: AssociationKind, cvr: string | null, address: string, description: string, childCertificateDeclaredOn: string | null, locality: { id: string, name: string }, contactPeople: Array<{ name: string, email: string, phone: string }> } };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer: { id: string, kind: OfferKind, status: OfferStatus, title: string, description: string, capacity: number, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, place: string, schedule: string, trialWeeks: number | null, seasonFeeOre: number | null, equipmentCostOre: number | null, targetGroup: string | null, eventKind: EventKind | null, startsAt: string | null, registrationDeadline: string | null, activity: { key: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } } };

export type UpdateOfferMutationVariables = Exact<{
  id: string | number;
  input: OfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { id: string, kind: OfferKind, status: OfferStatus, title: string, description: string, capacity: number, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, place: string, schedule: string, trialWeeks: number | null, seasonFeeOre: number | null, equipmentCostOre: number | null, targetGroup: string | null, eventKind: EventKind | null, startsAt: string | null, registrationDeadline: string | null, activity: { key: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } } };

export type PublishOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishOfferMutation = { publishOffer: { id: string, kind: OfferKind, status: OfferStatus, title: string, description: string, capacity: number, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, place: string, schedule: string, trialWeeks: number | null, seasonFeeOre: number | null, equipmentCostOre: number | null, targetGroup: string | null, eventKind: EventKind | null, startsAt: string | null, registrationDeadline: string | null, activity: { key: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } } };

export type CloseOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseOfferMutation = { closeOffer: { id: string, kind: OfferKind, status: OfferStatus, title: string, description: string, capacity: number, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, place: string, schedule: string, trialWeeks: number | null, seasonFeeOre: number | null, equipmentCostOre: number | null, targetGroup: string | null, eventKind: EventKind | null, startsAt: string | null, registrationDeadline: string | null, activity: { key: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } } };

export type DeleteOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOfferMutation = { deleteOffer: boolean };

export type RegisterAssociationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterAssociationOptionsQuery = { localities: Array<{ id: string, name: string }> };

export type RegisterAssociationMutationVariables = Exact<{
  input: RegisterAssociationInput;
}>;


export type RegisterAssociationMutation = { registerAssociation: { association: { id: string, name: string, cvr: string | null, kind: AssociationKind, locality: { id: string, name: string } }, invitation: { id: string, displayName: string, email: string, expiresAt: string } | null } };

export type PartnershipAgreementFieldsFragment = { id: string, associationId: string, startsOn: string, endsOn: string | null, scope: string, commitments: string, status: AgreementStatus, updatedAt: string };

export type MyAssociationAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssociationAgreementsQuery = { myAssociations: Array<{ id: string, partnershipAgreements: Array<{ id: string, associationId: string, startsOn: string, endsOn: string | null, scope: string, commitments: string, status: AgreementStatus, updatedAt: string }> }> };

export type PartnerAssociationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerAssociationsQuery = { partnerAssociations: Array<{ id: string, name: string, kind: AssociationKind, locality: { id: string, name: string }, partnershipAgreements: Array<{ id: string, associationId: string, startsOn: string, endsOn: string | null, scope: string, commitments: string, status: AgreementStatus, updatedAt: string }> }> };

export type RegisterPartnershipAgreementMutationVariables = Exact<{
  input: RegisterPartnershipAgreementInput;
}>;


export type RegisterPartnershipAgreementMutation = { registerPartnershipAgreement: { id: string, associationId: string, startsOn: string, endsOn: string | null, scope: string, commitments: string, status: AgreementStatus, updatedAt: string } };

export type UpdatePartnershipAgreementMutationVariables = Exact<{
  id: string | number;
  input: PartnershipAgreementInput;
}>;


export type UpdatePartnershipAgreementMutation = { updatePartnershipAgreement: { id: string, associationId: string, startsOn: string, endsOn: string | null, scope: string, commitments: string, status: AgreementStatus, updatedAt: string } };

export type EndPartnershipAgreementMutationVariables = Exact<{
  id: string | number;
  endsOn: string;
}>;


export type EndPartnershipAgreementMutation = { endPartnershipAgreement: { id: string, associationId: string, startsOn: string, endsOn: string | null, scope: string, commitments: string, status: AgreementStatus, updatedAt: string } };

export type ReferralFieldsFragment = { id: string, kind: MatchKind, status: MatchStatus, offerId: string, offerTitle: string, offerStartsAt: string | null, approvedAt: string | null, respondBy: string | null, acceptedAt: string | null, participantAccepted: boolean, firstSessionOn: string | null, outcome: ReferralOutcome | null, closedAt: string | null, person: { firstName: string, age: number, languages: Array<string>, interpreterNeeded: boolean } };

export type AssociationReferralsQueryVariables = Exact<{
  associationId: string | number;
  stage: ReferralStage;
  offset: number;
  limit: number;
}>;


export type AssociationReferralsQuery = { associationReferrals: { total: number, offset: number, limit: number, items: Array<{ id: string, kind: MatchKind, status: MatchStatus, offerId: string, offerTitle: string, offerStartsAt: string | null, approvedAt: string | null, respondBy: string | null, acceptedAt: string | null, participantAccepted: boolean, firstSessionOn: string | null, outcome: ReferralOutcome | null, closedAt: string | null, person: { firstName: string, age: number, languages: Array<string>, interpreterNeeded: boolean } }> } };

export type RespondToReferralMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type RespondToReferralMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type ConfirmReferralFirstSessionMutationVariables = Exact<{
  id: string | number;
  date: string;
}>;


export type ConfirmReferralFirstSessionMutation = { confirmReferralFirstSession: { id: string, kind: MatchKind, status: MatchStatus, offerId: string, offerTitle: string, offerStartsAt: string | null, approvedAt: string | null, respondBy: string | null, acceptedAt: string | null, participantAccepted: boolean, firstSessionOn: string | null, outcome: ReferralOutcome | null, closedAt: string | null, person: { firstName: string, age: number, languages: Array<string>, interpreterNeeded: boolean } } };

export type ReportReferralOutcomeMutationVariables = Exact<{
  id: string | number;
  outcome: ReferralOutcome;
}>;


export type ReportReferralOutcomeMutation = { reportReferralOutcome: { id: string, kind: MatchKind, status: MatchStatus, offerId: string, offerTitle: string, offerStartsAt: string | null, approvedAt: string | null, respondBy: string | null, acceptedAt: string | null, participantAccepted: boolean, firstSessionOn: string | null, outcome: ReferralOutcome | null, closedAt: string | null, person: { firstName: string, age: number, languages: Array<string>, interpreterNeeded: boolean } } };

export type EventRegistrationsQueryVariables = Exact<{
  offerId: string | number;
  offset: number;
  limit: number;
}>;


export type EventRegistrationsQuery = { eventRegistrations: { offerId: string, associationId: string, title: string, startsAt: string | null, place: string, seatsTotal: number, seatsTaken: number, offset: number, limit: number, items: Array<{ id: string, status: MatchStatus, person: { firstName: string, age: number, languages: Array<string>, interpreterNeeded: boolean } }> } };

export const AssociationProfileFieldsFragmentDoc = gql`
    fragment AssociationProfileFields on AssociationProfile {
  id
  name
  kind
  cvr
  address
  description
  childCertificateDeclaredOn
  locality {
    id
    name
  }
  contactPeople {
    name
    email
    phone
  }
}
    `;
export const ManagedOfferFragmentDoc = gql`
    fragment ManagedOffer on Offer {
  id
  kind
  status
  title
  description
  capacity
  ageMin
  ageMax
  womenOnly
  languageCodes
  place
  schedule
  trialWeeks
  seasonFeeOre
  equipmentCostOre
  targetGroup
  eventKind
  startsAt
  registrationDeadline
  activity {
    key
  }
  locality {
    id
    name
  }
  association {
    id
    name
  }
}
    `;
export const PartnershipAgreementFieldsFragmentDoc = gql`
    fragment PartnershipAgreementFields on PartnershipAgreement {
  id
  associationId
  startsOn
  endsOn
  scope
  commitments
  status
  updatedAt
}
    `;
export const ReferralFieldsFragmentDoc = gql`
    fragment ReferralFields on Referral {
  id
  kind
  status
  offerId
  offerTitle
  offerStartsAt
  approvedAt
  respondBy
  acceptedAt
  participantAccepted
  firstSessionOn
  outcome
  closedAt
  person {
    firstName
    age
    languages
    interpreterNeeded
  }
}
    `;
export const MyAssociationsDocument = gql`
    query MyAssociations {
  myAssociations {
    ...AssociationProfileFields
  }
}
    ${AssociationProfileFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MyAssociationsGQL extends Apollo.Query<MyAssociationsQuery, MyAssociationsQueryVariables> {
    override document = MyAssociationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AssociationOffersDocument = gql`
    query AssociationOffers($associationId: ID!) {
  associationOffers(associationId: $associationId) {
    ...ManagedOffer
  }
}
    ${ManagedOfferFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class AssociationOffersGQL extends Apollo.Query<AssociationOffersQuery, AssociationOffersQueryVariables> {
    override document = AssociationOffersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const OfferFormOptionsDocument = gql`
    query OfferFormOptions {
  activities {
    key
    category
    nameDa
    nameEn
  }
  languages {
    code
    nameDa
    nameEn
    nativeName
  }
  localities {
    id
    name
    postcode
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class OfferFormOptionsGQL extends Apollo.Query<OfferFormOptionsQuery, OfferFormOptionsQueryVariables> {
    override document = OfferFormOptionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateAssociationProfileDocument = gql`
    mutation UpdateAssociationProfile($id: ID!, $input: AssociationProfileInput!) {
  updateAssociationProfile(id: $id, input: $input) {
    ...AssociationProfileFields
  }
}
    ${AssociationProfileFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateAssociationProfileGQL extends Apollo.Mutation<UpdateAssociationProfileMutation, UpdateAssociationProfileMutationVariables> {
    override document = UpdateAssociationProfileDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CreateOfferDocument = gql`
    mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    ...ManagedOffer
  }
}
    ${ManagedOfferFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class CreateOfferGQL extends Apollo.Mutation<CreateOfferMutation, CreateOfferMutationVariables> {
    override document = CreateOfferDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateOfferDocument = gql`
    mutation UpdateOffer($id: ID!, $input: OfferInput!) {
  updateOffer(id: $id, input: $input) {
    ...ManagedOffer
  }
}
    ${ManagedOfferFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateOfferGQL extends Apollo.Mutation<UpdateOfferMutation, UpdateOfferMutationVariables> {
    override document = UpdateOfferDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PublishOfferDocument = gql`
    mutation PublishOffer($id: ID!) {
  publishOffer(id: $id) {
    ...ManagedOffer
  }
}
    ${ManagedOfferFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class PublishOfferGQL extends Apollo.Mutation<PublishOfferMutation, PublishOfferMutationVariables> {
    override document = PublishOfferDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CloseOfferDocument = gql`
    mutation CloseOffer($id: ID!) {
  closeOffer(id: $id) {
    ...ManagedOffer
  }
}
    ${ManagedOfferFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class CloseOfferGQL extends Apollo.Mutation<CloseOfferMutation, CloseOfferMutationVariables> {
    override document = CloseOfferDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DeleteOfferDocument = gql`
    mutation DeleteOffer($id: ID!) {
  deleteOffer(id: $id)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class DeleteOfferGQL extends Apollo.Mutation<DeleteOfferMutation, DeleteOfferMutationVariables> {
    override document = DeleteOfferDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RegisterAssociationOptionsDocument = gql`
    query RegisterAssociationOptions {
  localities {
    id
    name
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class RegisterAssociationOptionsGQL extends Apollo.Query<RegisterAssociationOptionsQuery, RegisterAssociationOptionsQueryVariables> {
    override document = RegisterAssociationOptionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RegisterAssociationDocument = gql`
    mutation RegisterAssociation($input: RegisterAssociationInput!) {
  registerAssociation(input: $input) {
    association {
      id
      name
      cvr
      kind
      locality {
        id
        name
      }
    }
    invitation {
      id
      displayName
      email
      expiresAt
    }
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class RegisterAssociationGQL extends Apollo.Mutation<RegisterAssociationMutation, RegisterAssociationMutationVariables> {
    override document = RegisterAssociationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyAssociationAgreementsDocument = gql`
    query MyAssociationAgreements {
  myAssociations {
    id
    partnershipAgreements {
      ...PartnershipAgreementFields
    }
  }
}
    ${PartnershipAgreementFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MyAssociationAgreementsGQL extends Apollo.Query<MyAssociationAgreementsQuery, MyAssociationAgreementsQueryVariables> {
    override document = MyAssociationAgreementsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PartnerAssociationsDocument = gql`
    query PartnerAssociations {
  partnerAssociations {
    id
    name
    kind
    locality {
      id
      name
    }
    partnershipAgreements {
      ...PartnershipAgreementFields
    }
  }
}
    ${PartnershipAgreementFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class PartnerAssociationsGQL extends Apollo.Query<PartnerAssociationsQuery, PartnerAssociationsQueryVariables> {
    override document = PartnerAssociationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RegisterPartnershipAgreementDocument = gql`
    mutation RegisterPartnershipAgreement($input: RegisterPartnershipAgreementInput!) {
  registerPartnershipAgreement(input: $input) {
    ...PartnershipAgreementFields
  }
}
    ${PartnershipAgreementFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RegisterPartnershipAgreementGQL extends Apollo.Mutation<RegisterPartnershipAgreementMutation, RegisterPartnershipAgreementMutationVariables> {
    override document = RegisterPartnershipAgreementDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdatePartnershipAgreementDocument = gql`
    mutation UpdatePartnershipAgreement($id: ID!, $input: PartnershipAgreementInput!) {
  updatePartnershipAgreement(id: $id, input: $input) {
    ...PartnershipAgreementFields
  }
}
    ${PartnershipAgreementFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdatePartnershipAgreementGQL extends Apollo.Mutation<UpdatePartnershipAgreementMutation, UpdatePartnershipAgreementMutationVariables> {
    override document = UpdatePartnershipAgreementDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EndPartnershipAgreementDocument = gql`
    mutation EndPartnershipAgreement($id: ID!, $endsOn: String!) {
  endPartnershipAgreement(id: $id, endsOn: $endsOn) {
    ...PartnershipAgreementFields
  }
}
    ${PartnershipAgreementFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class EndPartnershipAgreementGQL extends Apollo.Mutation<EndPartnershipAgreementMutation, EndPartnershipAgreementMutationVariables> {
    override document = EndPartnershipAgreementDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AssociationReferralsDocument = gql`
    query AssociationReferrals($associationId: ID!, $stage: ReferralStage!, $offset: Int!, $limit: Int!) {
  associationReferrals(
    associationId: $associationId
    stage: $stage
    offset: $offset
    limit: $limit
  ) {
    total
    offset
    limit
    items {
      ...ReferralFields
    }
  }
}
    ${ReferralFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class AssociationReferralsGQL extends Apollo.Query<AssociationReferralsQuery, AssociationReferralsQueryVariables> {
    override document = AssociationReferralsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RespondToReferralDocument = gql`
    mutation RespondToReferral($id: ID!, $accept: Boolean!, $reason: String) {
  respondToMatch(id: $id, accept: $accept, reason: $reason) {
    id
    status
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class RespondToReferralGQL extends Apollo.Mutation<RespondToReferralMutation, RespondToReferralMutationVariables> {
    override document = RespondToReferralDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ConfirmReferralFirstSessionDocument = gql`
    mutation ConfirmReferralFirstSession($id: ID!, $date: String!) {
  confirmReferralFirstSession(id: $id, date: $date) {
    ...ReferralFields
  }
}
    ${ReferralFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ConfirmReferralFirstSessionGQL extends Apollo.Mutation<ConfirmReferralFirstSessionMutation, ConfirmReferralFirstSessionMutationVariables> {
    override document = ConfirmReferralFirstSessionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ReportReferralOutcomeDocument = gql`
    mutation ReportReferralOutcome($id: ID!, $outcome: ReferralOutcome!) {
  reportReferralOutcome(id: $id, outcome: $outcome) {
    ...ReferralFields
  }
}
    ${ReferralFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ReportReferralOutcomeGQL extends Apollo.Mutation<ReportReferralOutcomeMutation, ReportReferralOutcomeMutationVariables> {
    override document = ReportReferralOutcomeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EventRegistrationsDocument = gql`
    query EventRegistrations($offerId: ID!, $offset: Int!, $limit: Int!) {
  eventRegistrations(offerId: $offerId, offset: $offset, limit: $limit) {
    offerId
    associationId
    title
    startsAt
    place
    seatsTotal
    seatsTaken
    offset
    limit
    items {
      id
      status
      person {
        firstName
        age
        languages
        interpreterNeeded
      }
    }
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class EventRegistrationsGQL extends Apollo.Query<EventRegistrationsQuery, EventRegistrationsQueryVariables> {
    override document = EventRegistrationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }