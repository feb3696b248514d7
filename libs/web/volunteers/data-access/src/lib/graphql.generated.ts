/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
/** A weekly slot: a day and a part of the day, e.g. MON_EVENING. */
export type AvailabilitySlot =
  | 'FRI_AFTERNOON'
  | 'FRI_EVENING'
  | 'FRI_MORNING'
  | 'MON_AFTERNOON'
  | 'MON_EVENING'
  | 'MON_MORNING'
  | 'SAT_AFTERNOON'
  | 'SAT_EVENING'
  | 'SAT_MORNING'
  | 'SUN_AFTERNOON'
  | 'SUN_EVENING'
  | 'SUN_MORNING'
  | 'THU_AFTERNOON'
  | 'THU_EVENING'
  | 'THU_MORNING'
  | 'TUE_AFTERNOON'
  | 'TUE_EVENING'
  | 'TUE_MORNING'
  | 'WED_AFTERNOON'
  | 'WED_EVENING'
  | 'WED_MORNING';

/** A volunteer’s child certificate (børneattest): only its status is kept, never the certificate. */
export type ChildCertificateStatus =
  | 'CLEAR'
  | 'NEEDS_ASSESSMENT'
  | 'NOT_NEEDED'
  | 'REQUESTED';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

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

export type MeetingInput = {
  /** 1–600 minutes. */
  durationMinutes: number;
  matchId: string | number;
  /** ISO date of the meeting; not in the future. */
  metOn: string;
  /** At most 500 characters. Do not write health, religion, ethnicity or other sensitive information. */
  note?: string;
};

/** What a participant would like help with. */
export type Need =
  | 'DANISH_PRACTICE'
  | 'EVERYDAY_LIFE'
  | 'HOMEWORK_HELP'
  | 'JOB_SEEKING'
  | 'LEISURE';

export type VolunteerLanguageInput = {
  code: string;
  level: LanguageLevel;
};

/** The sign-up wizard’s fields; all may be saved unfinished and resumed. */
export type VolunteerProfileInput = {
  availability?: Array<AvailabilitySlot>;
  birthYear?: number | null | undefined;
  /** How many people they can take on at once. */
  capacity?: number;
  firstName?: string;
  gender?: Gender | null | undefined;
  interests?: Array<string>;
  introduction?: string;
  languages?: Array<VolunteerLanguageInput>;
  lastName?: string;
  localityId?: string | number | null | undefined;
  maxDistanceKm?: number;
  roles?: Array<VolunteerRole>;
  /** Regular contact with children under 15. */
  worksWithChildren?: boolean;
};

/** What a volunteer signs up as. */
export type VolunteerRole =
  | 'GROUP_FACILITATOR'
  | 'LEISURE_GUIDE'
  | 'MENTOR';

/** DRAFT (wizard not submitted) → APPLIED → SCREENED → APPROVED, or REJECTED with a reason. */
export type VolunteerStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SCREENED';

export type OwnVolunteerMatchFragment = { id: string, kind: MatchKind, status: MatchStatus, respondBy: string | null, participantFirstName: string, participantLanguages: Array<string>, participantNeeds: Array<Need>, meetingPlace: string, reasons: Array<{ key: string, params: string }> };

export type MyMatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMatchesQuery = { myMatches: Array<{ id: string, kind: MatchKind, status: MatchStatus, respondBy: string | null, participantFirstName: string, participantLanguages: Array<string>, participantNeeds: Array<Need>, meetingPlace: string, reasons: Array<{ key: string, params: string }> }> };

export type RespondToMatchMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type RespondToMatchMutation = { respondToMatch: { id: string, status: MatchStatus } };

export type MeetingEntryFragment = { id: string, metOn: string, durationMinutes: number, note: string };

export type MyMeetingLogQueryVariables = Exact<{
  matchId: string | number;
}>;


export type MyMeetingLogQuery = { myMeetingLog: { matchId: string, kind: MatchKind, status: MatchStatus, participantFirstName: string, activeSince: string | null, meetings: Array<{ id: string, metOn: string, durationMinutes: number, note: string }> } };

export type LogMeetingMutationVariables = Exact<{
  input: MeetingInput;
}>;


export type LogMeetingMutation = { logMeeting: { id: string, metOn: string, durationMinutes: number, note: string } };

export type VolunteerAvailabilityFragment = { id: string, status: VolunteerStatus, paused: boolean, pausedUntil: string | null, leftAt: string | null };

export type MyVolunteerAvailabilityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVolunteerAvailabilityQuery = { myVolunteerProfile: { id: string, status: VolunteerStatus, paused: boolean, pausedUntil: string | null, leftAt: string | null } | null };

export type PauseMyVolunteeringMutationVariables = Exact<{
  until?: string | null | undefined;
}>;


export type PauseMyVolunteeringMutation = { pauseMyVolunteering: { id: string, status: VolunteerStatus, paused: boolean, pausedUntil: string | null, leftAt: string | null } };

export type ResumeMyVolunteeringMutationVariables = Exact<{ [key: string]: never; }>;


export type ResumeMyVolunteeringMutation = { resumeMyVolunteering: { id: string, status: VolunteerStatus, paused: boolean, pausedUntil: string | null, leftAt: string | null } };

export type LeaveVolunteeringMutationVariables = Exact<{ [key: string]: never; }>;


export type LeaveVolunteeringMutation = { leaveVolunteering: { id: string, status: VolunteerStatus, paused: boolean, pausedUntil: string | null, leftAt: string | null } };

export type OwnVolunteerProfileFragment = { id: string, status: VolunteerStatus, rejectionReason: string | null, firstName: string, lastName: string, roles: Array<VolunteerRole>, interests: Array<string>, localityId: string | null, maxDistanceKm: number, availability: Array<AvailabilitySlot>, capacity: number, gender: Gender | null, birthYear: number | null, introduction: string, worksWithChildren: boolean, languages: Array<{ code: string, level: LanguageLevel }> };

export type VettedVolunteerFragment = { id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> };

export type MyVolunteerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVolunteerProfileQuery = { myVolunteerProfile: { id: string, status: VolunteerStatus, rejectionReason: string | null, firstName: string, lastName: string, roles: Array<VolunteerRole>, interests: Array<string>, localityId: string | null, maxDistanceKm: number, availability: Array<AvailabilitySlot>, capacity: number, gender: Gender | null, birthYear: number | null, introduction: string, worksWithChildren: boolean, languages: Array<{ code: string, level: LanguageLevel }> } | null };

export type VolunteerFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerFormOptionsQuery = { activities: Array<{ key: string, category: string, nameDa: string, nameEn: string }>, languages: Array<{ code: string, nameDa: string, nameEn: string, nativeName: string }>, localities: Array<{ id: string, name: string }> };

export type SaveMyVolunteerProfileMutationVariables = Exact<{
  input: VolunteerProfileInput;
  submit: boolean;
}>;


export type SaveMyVolunteerProfileMutation = { saveMyVolunteerProfile: { id: string, status: VolunteerStatus, rejectionReason: string | null, firstName: string, lastName: string, roles: Array<VolunteerRole>, interests: Array<string>, localityId: string | null, maxDistanceKm: number, availability: Array<AvailabilitySlot>, capacity: number, gender: Gender | null, birthYear: number | null, introduction: string, worksWithChildren: boolean, languages: Array<{ code: string, level: LanguageLevel }> } };

export type VolunteersQueryVariables = Exact<{
  status?: VolunteerStatus | null | undefined;
  offset: number;
  limit: number;
}>;


export type VolunteersQuery = { volunteers: { total: number, offset: number, limit: number, items: Array<{ id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> }> } };

export type VolunteerQueryVariables = Exact<{
  id: string | number;
}>;


export type VolunteerQuery = { volunteer: { id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> } };

export type ScreenVolunteerMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type ScreenVolunteerMutation = { screenVolunteer: { id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> } };

export type ApproveVolunteerMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveVolunteerMutation = { approveVolunteer: { id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> } };

export type RejectVolunteerMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectVolunteerMutation = { rejectVolunteer: { id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> } };

export type RecordChildCertificateMutationVariables = Exact<{
  id: string | number;
  status: ChildCertificateStatus;
  requestedOn?: string | null | undefined;
  checkedOn?: string | null | undefined;
}>;


export type RecordChildCertificateMutation = { recordChildCertificate: { id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> } };

export type RecordTrainingMutationVariables = Exact<{
  id: string | number;
  name: string;
  completedOn: string;
}>;


export type RecordTrainingMutation = { recordTraining: { id: string, status: VolunteerStatus, firstName: string, lastName: string, roles: Array<VolunteerRole>, localityId: string | null, availability: Array<AvailabilitySlot>, capacity: number, worksWithChildren: boolean, introduction: string, screeningNote: string | null, rejectionReason: string | null, childCertificateStatus: ChildCertificateStatus, childCertificateRequestedOn: string | null, childCertificateCheckedOn: string | null, childCertificateRenewalDue: string | null, languages: Array<{ code: string, level: LanguageLevel }>, trainings: Array<{ name: string, completedOn: string }> } };

export const OwnVolunteerMatchFragmentDoc = gql`
    fragment OwnVolunteerMatch on VolunteerMatch {
  id
  kind
  status
  respondBy
  reasons {
    key
    params
  }
  participantFirstName
  participantLanguages
  participantNeeds
  meetingPlace
}
    `;
export const MeetingEntryFragmentDoc = gql`
    fragment MeetingEntry on MeetingLogEntry {
  id
  metOn
  durationMinutes
  note
}
    `;
export const VolunteerAvailabilityFragmentDoc = gql`
    fragment VolunteerAvailability on VolunteerProfile {
  id
  status
  paused
  pausedUntil
  leftAt
}
    `;
export const OwnVolunteerProfileFragmentDoc = gql`
    fragment OwnVolunteerProfile on VolunteerProfile {
  id
  status
  rejectionReason
  firstName
  lastName
  roles
  languages {
    code
    level
  }
  interests
  localityId
  maxDistanceKm
  availability
  capacity
  gender
  birthYear
  introduction
  worksWithChildren
}
    `;
export const VettedVolunteerFragmentDoc = gql`
    fragment VettedVolunteer on VolunteerForCoordinator {
  id
  status
  firstName
  lastName
  roles
  languages {
    code
    level
  }
  localityId
  availability
  capacity
  worksWithChildren
  introduction
  screeningNote
  rejectionReason
  childCertificateStatus
  childCertificateRequestedOn
  childCertificateCheckedOn
  childCertificateRenewalDue
  trainings {
    name
    completedOn
  }
}
    `;
export const MyMatchesDocument = gql`
    query MyMatches {
  myMatches {
    ...OwnVolunteerMatch
  }
}
    ${OwnVolunteerMatchFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MyMatchesGQL extends Apollo.Query<MyMatchesQuery, MyMatchesQueryVariables> {
    override document = MyMatchesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RespondToMatchDocument = gql`
    mutation RespondToMatch($id: ID!, $accept: Boolean!, $reason: String) {
  respondToMatch(id: $id, accept: $accept, reason: $reason) {
    id
    status
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class RespondToMatchGQL extends Apollo.Mutation<RespondToMatchMutation, RespondToMatchMutationVariables> {
    override document = RespondToMatchDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyMeetingLogDocument = gql`
    query MyMeetingLog($matchId: ID!) {
  myMeetingLog(matchId: $matchId) {
    matchId
    kind
    status
    participantFirstName
    activeSince
    meetings {
      ...MeetingEntry
    }
  }
}
    ${MeetingEntryFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MyMeetingLogGQL extends Apollo.Query<MyMeetingLogQuery, MyMeetingLogQueryVariables> {
    override document = MyMeetingLogDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const LogMeetingDocument = gql`
    mutation LogMeeting($input: MeetingInput!) {
  logMeeting(input: $input) {
    ...MeetingEntry
  }
}
    ${MeetingEntryFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class LogMeetingGQL extends Apollo.Mutation<LogMeetingMutation, LogMeetingMutationVariables> {
    override document = LogMeetingDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyVolunteerAvailabilityDocument = gql`
    query MyVolunteerAvailability {
  myVolunteerProfile {
    ...VolunteerAvailability
  }
}
    ${VolunteerAvailabilityFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MyVolunteerAvailabilityGQL extends Apollo.Query<MyVolunteerAvailabilityQuery, MyVolunteerAvailabilityQueryVariables> {
    override document = MyVolunteerAvailabilityDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PauseMyVolunteeringDocument = gql`
    mutation PauseMyVolunteering($until: String) {
  pauseMyVolunteering(until: $until) {
    ...VolunteerAvailability
  }
}
    ${VolunteerAvailabilityFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class PauseMyVolunteeringGQL extends Apollo.Mutation<PauseMyVolunteeringMutation, PauseMyVolunteeringMutationVariables> {
    override document = PauseMyVolunteeringDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ResumeMyVolunteeringDocument = gql`
    mutation ResumeMyVolunteering {
  resumeMyVolunteering {
    ...VolunteerAvailability
  }
}
    ${VolunteerAvailabilityFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ResumeMyVolunteeringGQL extends Apollo.Mutation<ResumeMyVolunteeringMutation, ResumeMyVolunteeringMutationVariables> {
    override document = ResumeMyVolunteeringDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const LeaveVolunteeringDocument = gql`
    mutation LeaveVolunteering {
  leaveVolunteering {
    ...VolunteerAvailability
  }
}
    ${VolunteerAvailabilityFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class LeaveVolunteeringGQL extends Apollo.Mutation<LeaveVolunteeringMutation, LeaveVolunteeringMutationVariables> {
    override document = LeaveVolunteeringDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MyVolunteerProfileDocument = gql`
    query MyVolunteerProfile {
  myVolunteerProfile {
    ...OwnVolunteerProfile
  }
}
    ${OwnVolunteerProfileFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MyVolunteerProfileGQL extends Apollo.Query<MyVolunteerProfileQuery, MyVolunteerProfileQueryVariables> {
    override document = MyVolunteerProfileDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VolunteerFormOptionsDocument = gql`
    query VolunteerFormOptions {
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
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class VolunteerFormOptionsGQL extends Apollo.Query<VolunteerFormOptionsQuery, VolunteerFormOptionsQueryVariables> {
    override document = VolunteerFormOptionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SaveMyVolunteerProfileDocument = gql`
    mutation SaveMyVolunteerProfile($input: VolunteerProfileInput!, $submit: Boolean!) {
  saveMyVolunteerProfile(input: $input, submit: $submit) {
    ...OwnVolunteerProfile
  }
}
    ${OwnVolunteerProfileFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class SaveMyVolunteerProfileGQL extends Apollo.Mutation<SaveMyVolunteerProfileMutation, SaveMyVolunteerProfileMutationVariables> {
    override document = SaveMyVolunteerProfileDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VolunteersDocument = gql`
    query Volunteers($status: VolunteerStatus, $offset: Int!, $limit: Int!) {
  volunteers(status: $status, offset: $offset, limit: $limit) {
    total
    offset
    limit
    items {
      ...VettedVolunteer
    }
  }
}
    ${VettedVolunteerFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class VolunteersGQL extends Apollo.Query<VolunteersQuery, VolunteersQueryVariables> {
    override document = VolunteersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const VolunteerDocument = gql`
    query Volunteer($id: ID!) {
  volunteer(id: $id) {
    ...VettedVolunteer
  }
}
    ${VettedVolunteerFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class VolunteerGQL extends Apollo.Query<VolunteerQuery, VolunteerQueryVariables> {
    override document = VolunteerDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ScreenVolunteerDocument = gql`
    mutation ScreenVolunteer($id: ID!, $note: String!) {
  screenVolunteer(id: $id, note: $note) {
    ...VettedVolunteer
  }
}
    ${VettedVolunteerFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ScreenVolunteerGQL extends Apollo.Mutation<ScreenVolunteerMutation, ScreenVolunteerMutationVariables> {
    override document = ScreenVolunteerDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveVolunteerDocument = gql`
    mutation ApproveVolunteer($id: ID!) {
  approveVolunteer(id: $id) {
    ...VettedVolunteer
  }
}
    ${VettedVolunteerFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ApproveVolunteerGQL extends Apollo.Mutation<ApproveVolunteerMutation, ApproveVolunteerMutationVariables> {
    override document = ApproveVolunteerDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RejectVolunteerDocument = gql`
    mutation RejectVolunteer($id: ID!, $reason: String!) {
  rejectVolunteer(id: $id, reason: $reason) {
    ...VettedVolunteer
  }
}
    ${VettedVolunteerFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RejectVolunteerGQL extends Apollo.Mutation<RejectVolunteerMutation, RejectVolunteerMutationVariables> {
    override document = RejectVolunteerDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordChildCertificateDocument = gql`
    mutation RecordChildCertificate($id: ID!, $status: ChildCertificateStatus!, $requestedOn: String, $checkedOn: String) {
  recordChildCertificate(
    id: $id
    status: $status
    requestedOn: $requestedOn
    checkedOn: $checkedOn
  ) {
    ...VettedVolunteer
  }
}
    ${VettedVolunteerFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordChildCertificateGQL extends Apollo.Mutation<RecordChildCertificateMutation, RecordChildCertificateMutationVariables> {
    override document = RecordChildCertificateDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordTrainingDocument = gql`
    mutation RecordTraining($id: ID!, $name: String!, $completedOn: String!) {
  recordTraining(id: $id, name: $name, completedOn: $completedOn) {
    ...VettedVolunteer
  }
}
    ${VettedVolunteerFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordTrainingGQL extends Apollo.Mutation<RecordTrainingMutation, RecordTrainingMutationVariables> {
    override document = RecordTrainingDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }