/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
/** How a match ended, as the coordinator records it with endMatch. */
export type MatchEndOutcome =
  | 'ENDED_AS_PLANNED'
  | 'MOVED_AWAY'
  | 'OTHER'
  | 'PARTICIPANT_STOPPED'
  | 'TRIAL_BECAME_MEMBERSHIP'
  | 'TRIAL_NOT_CONTINUED'
  | 'VOLUNTEER_STOPPED';

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

/** A participant and a volunteer or offer, for a coordinator’s lock. */
export type MatchingPairInput = {
  participantId: string | number;
  /** The volunteer’s id (mentor, leisure guide) or the offer’s id. */
  providerId: string | number;
};

export type MatchingScopeInput = {
  /** Only people in this town. */
  localityId?: string | number | null | undefined;
  /** Coordinator locks: pairs that must be made. */
  must?: Array<MatchingPairInput> | null | undefined;
  /** Coordinator locks: pairs that must not be made. */
  mustNot?: Array<MatchingPairInput> | null | undefined;
  /** Only these people. */
  participantIds?: Array<string | number> | null | undefined;
};

/** Feature weights; a feature left out keeps its default. */
export type MatchingWeightsInput = {
  ageGroupFit?: number | null | undefined;
  base?: number | null | undefined;
  distance?: number | null | undefined;
  languageFit?: number | null | undefined;
  sharedInterests?: number | null | undefined;
  waitingTime?: number | null | undefined;
};

export type BoardMatchFragment = { id: string, kind: MatchKind, status: MatchStatus, score: number, participantId: string, volunteerId: string | null, offerId: string | null, proposedAt: string, approvedAt: string | null, respondBy: string | null, closeReason: string | null, outcome: string | null, reasons: Array<{ key: string, params: string }>, participant: { id: string, firstName: string, lastName: string, localityName: string }, provider: { id: string, name: string, associationName: string | null } };

export type RunRecordFragment = { id: string, kind: MatchKind, participantCount: number, providerCount: number, proposalCount: number, objective: number, durationMs: number, ranAt: string, ranBy: string };

export type MatchingBoardOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingBoardOptionsQuery = { languages: Array<{ code: string, nameDa: string, nameEn: string, nativeName: string }>, activities: Array<{ key: string, nameDa: string, nameEn: string }>, localities: Array<{ id: string, name: string }> };

export type WaitingForMatchQueryVariables = Exact<{
  kind: MatchKind;
  limit: number;
}>;


export type WaitingForMatchQuery = { waitingParticipants: { total: number, items: Array<{ participantId: string, firstName: string, lastName: string, localityName: string, daysWaiting: number, overdue: boolean }> } };

export type RunMatchingMutationVariables = Exact<{
  kind: MatchKind;
  scope?: MatchingScopeInput | null | undefined;
  weights?: MatchingWeightsInput | null | undefined;
}>;


export type RunMatchingMutation = { runMatching: { run: { id: string, kind: MatchKind, participantCount: number, providerCount: number, proposalCount: number, objective: number, durationMs: number, ranAt: string, ranBy: string }, proposals: Array<{ id: string, kind: MatchKind, status: MatchStatus, score: number, participantId: string, volunteerId: string | null, offerId: string | null, proposedAt: string, approvedAt: string | null, respondBy: string | null, closeReason: string | null, outcome: string | null, reasons: Array<{ key: string, params: string }>, participant: { id: string, firstName: string, lastName: string, localityName: string }, provider: { id: string, name: string, associationName: string | null } }>, unmatched: Array<{ participantId: string, reason: { key: string, params: string }, participant: { id: string, firstName: string, lastName: string, localityName: string } }> } };

export type RecentMatchingRunsQueryVariables = Exact<{
  limit: number;
}>;


export type RecentMatchingRunsQuery = { matchingRuns: Array<{ id: string, kind: MatchKind, participantCount: number, providerCount: number, proposalCount: number, objective: number, durationMs: number, ranAt: string, ranBy: string }> };

export type ApproveMatchMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveMatchMutation = { approveMatch: { id: string, kind: MatchKind, status: MatchStatus, score: number, participantId: string, volunteerId: string | null, offerId: string | null, proposedAt: string, approvedAt: string | null, respondBy: string | null, closeReason: string | null, outcome: string | null, reasons: Array<{ key: string, params: string }>, participant: { id: string, firstName: string, lastName: string, localityName: string }, provider: { id: string, name: string, associationName: string | null } } };

export type CoordinatorMatchesQueryVariables = Exact<{
  kind?: MatchKind | null | undefined;
  statuses?: Array<MatchStatus> | MatchStatus | null | undefined;
  offset: number;
  limit: number;
}>;


export type CoordinatorMatchesQuery = { matches: { total: number, offset: number, limit: number, items: Array<{ id: string, kind: MatchKind, status: MatchStatus, score: number, participantId: string, volunteerId: string | null, offerId: string | null, proposedAt: string, approvedAt: string | null, respondBy: string | null, closeReason: string | null, outcome: string | null, reasons: Array<{ key: string, params: string }>, participant: { id: string, firstName: string, lastName: string, localityName: string }, provider: { id: string, name: string, associationName: string | null } }> } };

export type RecordParticipantResponseMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type RecordParticipantResponseMutation = { recordParticipantResponse: { id: string, kind: MatchKind, status: MatchStatus, score: number, participantId: string, volunteerId: string | null, offerId: string | null, proposedAt: string, approvedAt: string | null, respondBy: string | null, closeReason: string | null, outcome: string | null, reasons: Array<{ key: string, params: string }>, participant: { id: string, firstName: string, lastName: string, localityName: string }, provider: { id: string, name: string, associationName: string | null } } };

export type EndMatchMutationVariables = Exact<{
  id: string | number;
  completed: boolean;
  reason: string;
  outcome: MatchEndOutcome;
}>;


export type EndMatchMutation = { endMatch: { id: string, kind: MatchKind, status: MatchStatus, score: number, participantId: string, volunteerId: string | null, offerId: string | null, proposedAt: string, approvedAt: string | null, respondBy: string | null, closeReason: string | null, outcome: string | null, reasons: Array<{ key: string, params: string }>, participant: { id: string, firstName: string, lastName: string, localityName: string }, provider: { id: string, name: string, associationName: string | null } } };

export const BoardMatchFragmentDoc = gql`
    fragment BoardMatch on Match {
  id
  kind
  status
  score
  reasons {
    key
    params
  }
  participantId
  volunteerId
  offerId
  proposedAt
  approvedAt
  respondBy
  closeReason
  outcome
  participant {
    id
    firstName
    lastName
    localityName
  }
  provider {
    id
    name
    associationName
  }
}
    `;
export const RunRecordFragmentDoc = gql`
    fragment RunRecord on MatchingRun {
  id
  kind
  participantCount
  providerCount
  proposalCount
  objective
  durationMs
  ranAt
  ranBy
}
    `;
export const MatchingBoardOptionsDocument = gql`
    query MatchingBoardOptions {
  languages {
    code
    nameDa
    nameEn
    nativeName
  }
  activities {
    key
    nameDa
    nameEn
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
  export class MatchingBoardOptionsGQL extends Apollo.Query<MatchingBoardOptionsQuery, MatchingBoardOptionsQueryVariables> {
    override document = MatchingBoardOptionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const WaitingForMatchDocument = gql`
    query WaitingForMatch($kind: MatchKind!, $limit: Int!) {
  waitingParticipants(kind: $kind, limit: $limit) {
    total
    items {
      participantId
      firstName
      lastName
      localityName
      daysWaiting
      overdue
    }
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class WaitingForMatchGQL extends Apollo.Query<WaitingForMatchQuery, WaitingForMatchQueryVariables> {
    override document = WaitingForMatchDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RunMatchingDocument = gql`
    mutation RunMatching($kind: MatchKind!, $scope: MatchingScopeInput, $weights: MatchingWeightsInput) {
  runMatching(kind: $kind, scope: $scope, weights: $weights) {
    run {
      ...RunRecord
    }
    proposals {
      ...BoardMatch
    }
    unmatched {
      participantId
      reason {
        key
        params
      }
      participant {
        id
        firstName
        lastName
        localityName
      }
    }
  }
}
    ${RunRecordFragmentDoc}
${BoardMatchFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RunMatchingGQL extends Apollo.Mutation<RunMatchingMutation, RunMatchingMutationVariables> {
    override document = RunMatchingDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecentMatchingRunsDocument = gql`
    query RecentMatchingRuns($limit: Int!) {
  matchingRuns(limit: $limit) {
    ...RunRecord
  }
}
    ${RunRecordFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RecentMatchingRunsGQL extends Apollo.Query<RecentMatchingRunsQuery, RecentMatchingRunsQueryVariables> {
    override document = RecentMatchingRunsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ApproveMatchDocument = gql`
    mutation ApproveMatch($id: ID!) {
  approveMatch(id: $id) {
    ...BoardMatch
  }
}
    ${BoardMatchFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class ApproveMatchGQL extends Apollo.Mutation<ApproveMatchMutation, ApproveMatchMutationVariables> {
    override document = ApproveMatchDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const CoordinatorMatchesDocument = gql`
    query CoordinatorMatches($kind: MatchKind, $statuses: [MatchStatus!], $offset: Int!, $limit: Int!) {
  matches(kind: $kind, statuses: $statuses, offset: $offset, limit: $limit) {
    total
    offset
    limit
    items {
      ...BoardMatch
    }
  }
}
    ${BoardMatchFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class CoordinatorMatchesGQL extends Apollo.Query<CoordinatorMatchesQuery, CoordinatorMatchesQueryVariables> {
    override document = CoordinatorMatchesDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordParticipantResponseDocument = gql`
    mutation RecordParticipantResponse($id: ID!, $accept: Boolean!, $reason: String) {
  recordParticipantResponse(id: $id, accept: $accept, reason: $reason) {
    ...BoardMatch
  }
}
    ${BoardMatchFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordParticipantResponseGQL extends Apollo.Mutation<RecordParticipantResponseMutation, RecordParticipantResponseMutationVariables> {
    override document = RecordParticipantResponseDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const EndMatchDocument = gql`
    mutation EndMatch($id: ID!, $completed: Boolean!, $reason: String!, $outcome: MatchEndOutcome!) {
  endMatch(id: $id, completed: $completed, reason: $reason, outcome: $outcome) {
    ...BoardMatch
  }
}
    ${BoardMatchFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class EndMatchGQL extends Apollo.Mutation<EndMatchMutation, EndMatchMutationVariables> {
    override document = EndMatchDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }