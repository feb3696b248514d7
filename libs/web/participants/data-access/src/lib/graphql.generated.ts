/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
/** How much Danish a participant speaks. */
export type DanishLevel =
  | 'ADVANCED'
  | 'BEGINNER'
  | 'INTERMEDIATE'
  | 'NONE';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

export type HouseholdChildInput = {
  birthYear: number;
  firstName: string;
};

/** How well a person speaks a language. */
export type LanguageLevel =
  | 'BASIC'
  | 'CONVERSATIONAL'
  | 'FLUENT'
  | 'NATIVE';

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

/** What a participant would like help with. */
export type Need =
  | 'DANISH_PRACTICE'
  | 'EVERYDAY_LIFE'
  | 'HOMEWORK_HELP'
  | 'JOB_SEEKING'
  | 'LEISURE';

/** Intake of a participant. No ethnicity, religion, health or CPR number is asked for. */
export type ParticipantInput = {
  /** ISO date */
  arrivalDate?: string | null | undefined;
  birthYear: number;
  /** Optional extras consented to, e.g. photos-at-events. */
  consents?: Array<string>;
  /** The contact coordinator; default: you. */
  contactCoordinatorId?: string | number | null | undefined;
  danishLevel?: DanishLevel | null | undefined;
  firstName: string;
  gender?: Gender | null | undefined;
  household?: Array<HouseholdChildInput>;
  interests?: Array<string>;
  interpreterNeeded?: boolean;
  languages?: Array<ParticipantLanguageInput>;
  lastName: string;
  localityId: string | number;
  needs?: Array<Need>;
  /** Do not write health, religion, ethnicity or other sensitive information. */
  notes?: string;
  preferredVolunteerGender?: Gender | null | undefined;
};

export type ParticipantLanguageInput = {
  code: string;
  level: LanguageLevel;
};

export type ParticipantSearchInput = {
  localityId?: string | number | null | undefined;
  /** Part of the first or last name. */
  name?: string | null | undefined;
};

/** What a volunteer signs up as. */
export type VolunteerRole =
  | 'GROUP_FACILITATOR'
  | 'LEISURE_GUIDE'
  | 'MENTOR';

export type WaitingEntryFragment = { participantId: string, firstName: string, lastName: string, localityName: string, waitingSince: string, daysWaiting: number, overdue: boolean };

export type CoordinatorDashboardQueryVariables = Exact<{
  limit: number;
}>;


export type CoordinatorDashboardQuery = { mentor: { total: number, overdue: number, items: Array<{ participantId: string, firstName: string, lastName: string, localityName: string, waitingSince: string, daysWaiting: number, overdue: boolean }> }, leisureGuide: { total: number, overdue: number, items: Array<{ participantId: string, firstName: string, lastName: string, localityName: string, waitingSince: string, daysWaiting: number, overdue: boolean }> }, peerGroup: { total: number, overdue: number, items: Array<{ participantId: string, firstName: string, lastName: string, localityName: string, waitingSince: string, daysWaiting: number, overdue: boolean }> }, trialMembership: { total: number, overdue: number, items: Array<{ participantId: string, firstName: string, lastName: string, localityName: string, waitingSince: string, daysWaiting: number, overdue: boolean }> }, fritidspas: { total: number, overdue: number, items: Array<{ participantId: string, firstName: string, lastName: string, localityName: string, waitingSince: string, daysWaiting: number, overdue: boolean }> }, idleVolunteers: { total: number, overdue: number, items: Array<{ volunteerId: string, firstName: string, lastName: string, roles: Array<VolunteerRole>, freeCapacity: number, idleSince: string, daysIdle: number, overdue: boolean }> } };

export type ParticipantDetailsFragment = { id: string, firstName: string, lastName: string, birthYear: number, gender: Gender | null, localityId: string, localityName: string, interpreterNeeded: boolean, danishLevel: DanishLevel | null, interests: Array<string>, needs: Array<Need>, preferredVolunteerGender: Gender | null, arrivalDate: string | null, contactCoordinatorId: string | null, legalBasis: string, consents: Array<string>, notes: string, languages: Array<{ code: string, level: LanguageLevel }>, household: Array<{ firstName: string, birthYear: number }> };

export type ParticipantListItemFragment = { id: string, firstName: string, lastName: string, birthYear: number, localityName: string, needs: Array<Need>, arrivalDate: string | null, contactCoordinatorId: string | null };

export type ParticipantsQueryVariables = Exact<{
  search: ParticipantSearchInput;
  offset: number;
  limit: number;
}>;


export type ParticipantsQuery = { participants: { total: number, offset: number, limit: number, items: Array<{ id: string, firstName: string, lastName: string, birthYear: number, localityName: string, needs: Array<Need>, arrivalDate: string | null, contactCoordinatorId: string | null }> } };

export type ParticipantQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipantQuery = { participant: { id: string, firstName: string, lastName: string, birthYear: number, gender: Gender | null, localityId: string, localityName: string, interpreterNeeded: boolean, danishLevel: DanishLevel | null, interests: Array<string>, needs: Array<Need>, preferredVolunteerGender: Gender | null, arrivalDate: string | null, contactCoordinatorId: string | null, legalBasis: string, consents: Array<string>, notes: string, languages: Array<{ code: string, level: LanguageLevel }>, household: Array<{ firstName: string, birthYear: number }> } };

export type IntakeFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeFormOptionsQuery = { activities: Array<{ key: string, category: string, nameDa: string, nameEn: string }>, languages: Array<{ code: string, nameDa: string, nameEn: string, nativeName: string }>, localities: Array<{ id: string, name: string }>, coordinators: Array<{ id: string, displayName: string }> };

export type RegisterParticipantMutationVariables = Exact<{
  input: ParticipantInput;
}>;


export type RegisterParticipantMutation = { registerParticipant: { id: string, firstName: string, lastName: string, birthYear: number, gender: Gender | null, localityId: string, localityName: string, interpreterNeeded: boolean, danishLevel: DanishLevel | null, interests: Array<string>, needs: Array<Need>, preferredVolunteerGender: Gender | null, arrivalDate: string | null, contactCoordinatorId: string | null, legalBasis: string, consents: Array<string>, notes: string, languages: Array<{ code: string, level: LanguageLevel }>, household: Array<{ firstName: string, birthYear: number }> } };

export type UpdateParticipantMutationVariables = Exact<{
  id: string | number;
  input: ParticipantInput;
}>;


export type UpdateParticipantMutation = { updateParticipant: { id: string, firstName: string, lastName: string, birthYear: number, gender: Gender | null, localityId: string, localityName: string, interpreterNeeded: boolean, danishLevel: DanishLevel | null, interests: Array<string>, needs: Array<Need>, preferredVolunteerGender: Gender | null, arrivalDate: string | null, contactCoordinatorId: string | null, legalBasis: string, consents: Array<string>, notes: string, languages: Array<{ code: string, level: LanguageLevel }>, household: Array<{ firstName: string, birthYear: number }> } };

export type ParticipantMatchesQueryVariables = Exact<{
  participantId: string | number;
  limit: number;
}>;


export type ParticipantMatchesQuery = { matches: { total: number, items: Array<{ id: string, kind: MatchKind, status: MatchStatus, participantId: string, proposedAt: string, approvedAt: string | null, outcome: string | null, provider: { name: string, associationName: string | null } }> } };

export const WaitingEntryFragmentDoc = gql`
    fragment WaitingEntry on WaitingParticipant {
  participantId
  firstName
  lastName
  localityName
  waitingSince
  daysWaiting
  overdue
}
    `;
export const ParticipantDetailsFragmentDoc = gql`
    fragment ParticipantDetails on Participant {
  id
  firstName
  lastName
  birthYear
  gender
  localityId
  localityName
  languages {
    code
    level
  }
  interpreterNeeded
  danishLevel
  household {
    firstName
    birthYear
  }
  interests
  needs
  preferredVolunteerGender
  arrivalDate
  contactCoordinatorId
  legalBasis
  consents
  notes
}
    `;
export const ParticipantListItemFragmentDoc = gql`
    fragment ParticipantListItem on Participant {
  id
  firstName
  lastName
  birthYear
  localityName
  needs
  arrivalDate
  contactCoordinatorId
}
    `;
export const CoordinatorDashboardDocument = gql`
    query CoordinatorDashboard($limit: Int!) {
  mentor: waitingParticipants(kind: MENTOR, limit: $limit) {
    total
    overdue
    items {
      ...WaitingEntry
    }
  }
  leisureGuide: waitingParticipants(kind: LEISURE_GUIDE, limit: $limit) {
    total
    overdue
    items {
      ...WaitingEntry
    }
  }
  peerGroup: waitingParticipants(kind: PEER_GROUP, limit: $limit) {
    total
    overdue
    items {
      ...WaitingEntry
    }
  }
  trialMembership: waitingParticipants(kind: TRIAL_MEMBERSHIP, limit: $limit) {
    total
    overdue
    items {
      ...WaitingEntry
    }
  }
  fritidspas: waitingParticipants(kind: FRITIDSPAS, limit: $limit) {
    total
    overdue
    items {
      ...WaitingEntry
    }
  }
  idleVolunteers(limit: $limit) {
    total
    overdue
    items {
      volunteerId
      firstName
      lastName
      roles
      freeCapacity
      idleSince
      daysIdle
      overdue
    }
  }
}
    ${WaitingEntryFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class CoordinatorDashboardGQL extends Apollo.Query<CoordinatorDashboardQuery, CoordinatorDashboardQueryVariables> {
    override document = CoordinatorDashboardDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ParticipantsDocument = gql`
    query Participants($search: ParticipantSearchInput!, $offset: Int!, $limit: Int!) {
  participants(search: $search, offset: $offset, limit: $limit) {
    total
    offset
    limit
    items {
      ...ParticipantListItem
    }
  }
}
    ${ParticipantListItemFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ParticipantsGQL extends Apollo.Query<ParticipantsQuery, ParticipantsQueryVariables> {
    override document = ParticipantsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ParticipantDocument = gql`
    query Participant($id: ID!) {
  participant(id: $id) {
    ...ParticipantDetails
  }
}
    ${ParticipantDetailsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ParticipantGQL extends Apollo.Query<ParticipantQuery, ParticipantQueryVariables> {
    override document = ParticipantDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const IntakeFormOptionsDocument = gql`
    query IntakeFormOptions {
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
  }
  coordinators {
    id
    displayName
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class IntakeFormOptionsGQL extends Apollo.Query<IntakeFormOptionsQuery, IntakeFormOptionsQueryVariables> {
    override document = IntakeFormOptionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RegisterParticipantDocument = gql`
    mutation RegisterParticipant($input: ParticipantInput!) {
  registerParticipant(input: $input) {
    ...ParticipantDetails
  }
}
    ${ParticipantDetailsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RegisterParticipantGQL extends Apollo.Mutation<RegisterParticipantMutation, RegisterParticipantMutationVariables> {
    override document = RegisterParticipantDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const UpdateParticipantDocument = gql`
    mutation UpdateParticipant($id: ID!, $input: ParticipantInput!) {
  updateParticipant(id: $id, input: $input) {
    ...ParticipantDetails
  }
}
    ${ParticipantDetailsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class UpdateParticipantGQL extends Apollo.Mutation<UpdateParticipantMutation, UpdateParticipantMutationVariables> {
    override document = UpdateParticipantDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ParticipantMatchesDocument = gql`
    query ParticipantMatches($participantId: ID!, $limit: Int!) {
  matches(participantId: $participantId, limit: $limit) {
    total
    items {
      id
      kind
      status
      participantId
      proposedAt
      approvedAt
      outcome
      provider {
        name
        associationName
      }
    }
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class ParticipantMatchesGQL extends Apollo.Query<ParticipantMatchesQuery, ParticipantMatchesQueryVariables> {
    override document = ParticipantMatchesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }