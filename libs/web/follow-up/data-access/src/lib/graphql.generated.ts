/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
export type CheckInInput = {
  matchId: string | number;
  /** 1 or 3. */
  milestoneMonths: number;
  /** Short (at most 500 characters). Do not write health, religion, ethnicity or other sensitive information. */
  note?: string;
  outcome: CheckInOutcome;
};

/** How a check-in found the match; all but CONTINUES end it (completed, ended early, club member). */
export type CheckInOutcome =
  | 'BECAME_CLUB_MEMBER'
  | 'COMPLETED'
  | 'CONTINUES'
  | 'ENDED';

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

export type DueCheckInFieldsFragment = { matchId: string, kind: MatchKind, milestoneMonths: number, dueOn: string, overdue: boolean, activeSince: string, mine: boolean, participantName: string, providerName: string, volunteerLeft: boolean, meetingCount: number, lastMeetingOn: string | null };

export type DueCheckInsQueryVariables = Exact<{
  withinDays?: number | null | undefined;
}>;


export type DueCheckInsQuery = { dueCheckIns: Array<{ matchId: string, kind: MatchKind, milestoneMonths: number, dueOn: string, overdue: boolean, activeSince: string, mine: boolean, participantName: string, providerName: string, volunteerLeft: boolean, meetingCount: number, lastMeetingOn: string | null }> };

export type RecordCheckInMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type RecordCheckInMutation = { recordCheckIn: { id: string, matchId: string, milestoneMonths: number, outcome: CheckInOutcome, matchStatus: MatchStatus } };

export type MatchMeetingLogQueryVariables = Exact<{
  matchId: string | number;
}>;


export type MatchMeetingLogQuery = { matchMeetingLog: Array<{ id: string, metOn: string, durationMinutes: number, note: string }> };

export const DueCheckInFieldsFragmentDoc = gql`
    fragment DueCheckInFields on DueCheckIn {
  matchId
  kind
  milestoneMonths
  dueOn
  overdue
  activeSince
  mine
  participantName
  providerName
  volunteerLeft
  meetingCount
  lastMeetingOn
}
    `;
export const DueCheckInsDocument = gql`
    query DueCheckIns($withinDays: Int) {
  dueCheckIns(withinDays: $withinDays) {
    ...DueCheckInFields
  }
}
    ${DueCheckInFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class DueCheckInsGQL extends Apollo.Query<DueCheckInsQuery, DueCheckInsQueryVariables> {
    override document = DueCheckInsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordCheckInDocument = gql`
    mutation RecordCheckIn($input: CheckInInput!) {
  recordCheckIn(input: $input) {
    id
    matchId
    milestoneMonths
    outcome
    matchStatus
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordCheckInGQL extends Apollo.Mutation<RecordCheckInMutation, RecordCheckInMutationVariables> {
    override document = RecordCheckInDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MatchMeetingLogDocument = gql`
    query MatchMeetingLog($matchId: ID!) {
  matchMeetingLog(matchId: $matchId) {
    id
    metOn
    durationMinutes
    note
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class MatchMeetingLogGQL extends Apollo.Query<MatchMeetingLogQuery, MatchMeetingLogQueryVariables> {
    override document = MatchMeetingLogDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }