/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
export type FritidspasGrantInput = {
  /** A child in the participant’s household. */
  childFirstName: string;
  /** Equipment in øre. */
  equipmentOre?: number;
  /** Club fee in øre. */
  feeOre: number;
  /** A fritidspas activity offer. */
  offerId: string | number;
  participantId: string | number;
  periodEnd: string;
  periodStart: string;
};

export type BudgetFieldsFragment = { year: number, amountOre: number, grantedOre: number, remainingOre: number };

export type GrantFieldsFragment = { id: string, year: number, participantId: string, participantName: string, childFirstName: string, offerId: string, offerTitle: string, feeOre: number, equipmentOre: number, periodStart: string, periodEnd: string, stillActive: boolean | null };

export type FritidspasBudgetQueryVariables = Exact<{
  year: number;
}>;


export type FritidspasBudgetQuery = { fritidspasBudget: { year: number, amountOre: number, grantedOre: number, remainingOre: number } };

export type FritidspasGrantsQueryVariables = Exact<{
  year: number;
  offset: number;
  limit: number;
}>;


export type FritidspasGrantsQuery = { fritidspasGrants: { total: number, offset: number, limit: number, items: Array<{ id: string, year: number, participantId: string, participantName: string, childFirstName: string, offerId: string, offerTitle: string, feeOre: number, equipmentOre: number, periodStart: string, periodEnd: string, stillActive: boolean | null }> } };

export type FritidspasGrantOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FritidspasGrantOptionsQuery = { publishedOffers: { items: Array<{ id: string, title: string, seasonFeeOre: number | null, equipmentCostOre: number | null, association: { name: string } }> } };

export type FritidspasHouseholdsQueryVariables = Exact<{
  search?: string | null | undefined;
  participantId?: string | number | null | undefined;
  limit: number;
}>;


export type FritidspasHouseholdsQuery = { fritidspasHouseholds: { total: number, items: Array<{ participantId: string, parentName: string, children: Array<{ firstName: string, birthYear: number }> }> } };

export type SetFritidspasBudgetMutationVariables = Exact<{
  year: number;
  amountOre: number;
}>;


export type SetFritidspasBudgetMutation = { setFritidspasBudget: { year: number, amountOre: number, grantedOre: number, remainingOre: number } };

export type GrantFritidspasMutationVariables = Exact<{
  input: FritidspasGrantInput;
}>;


export type GrantFritidspasMutation = { grantFritidspas: { id: string, year: number, participantId: string, participantName: string, childFirstName: string, offerId: string, offerTitle: string, feeOre: number, equipmentOre: number, periodStart: string, periodEnd: string, stillActive: boolean | null } };

export type RecordFritidspasRetentionMutationVariables = Exact<{
  id: string | number;
  stillActive: boolean;
}>;


export type RecordFritidspasRetentionMutation = { recordFritidspasRetention: { id: string, year: number, participantId: string, participantName: string, childFirstName: string, offerId: string, offerTitle: string, feeOre: number, equipmentOre: number, periodStart: string, periodEnd: string, stillActive: boolean | null } };

export const BudgetFieldsFragmentDoc = gql`
    fragment BudgetFields on FritidspasBudget {
  year
  amountOre
  grantedOre
  remainingOre
}
    `;
export const GrantFieldsFragmentDoc = gql`
    fragment GrantFields on FritidspasGrant {
  id
  year
  participantId
  participantName
  childFirstName
  offerId
  offerTitle
  feeOre
  equipmentOre
  periodStart
  periodEnd
  stillActive
}
    `;
export const FritidspasBudgetDocument = gql`
    query FritidspasBudget($year: Int!) {
  fritidspasBudget(year: $year) {
    ...BudgetFields
  }
}
    ${BudgetFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class FritidspasBudgetGQL extends Apollo.Query<FritidspasBudgetQuery, FritidspasBudgetQueryVariables> {
    override document = FritidspasBudgetDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const FritidspasGrantsDocument = gql`
    query FritidspasGrants($year: Int!, $offset: Int!, $limit: Int!) {
  fritidspasGrants(year: $year, offset: $offset, limit: $limit) {
    total
    offset
    limit
    items {
      ...GrantFields
    }
  }
}
    ${GrantFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class FritidspasGrantsGQL extends Apollo.Query<FritidspasGrantsQuery, FritidspasGrantsQueryVariables> {
    override document = FritidspasGrantsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const FritidspasGrantOptionsDocument = gql`
    query FritidspasGrantOptions {
  publishedOffers(filter: {kind: FRITIDSPAS}, limit: 50) {
    items {
      id
      title
      seasonFeeOre
      equipmentCostOre
      association {
        name
      }
    }
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class FritidspasGrantOptionsGQL extends Apollo.Query<FritidspasGrantOptionsQuery, FritidspasGrantOptionsQueryVariables> {
    override document = FritidspasGrantOptionsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const FritidspasHouseholdsDocument = gql`
    query FritidspasHouseholds($search: String, $participantId: ID, $limit: Int!) {
  fritidspasHouseholds(
    search: $search
    participantId: $participantId
    limit: $limit
  ) {
    total
    items {
      participantId
      parentName
      children {
        firstName
        birthYear
      }
    }
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class FritidspasHouseholdsGQL extends Apollo.Query<FritidspasHouseholdsQuery, FritidspasHouseholdsQueryVariables> {
    override document = FritidspasHouseholdsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SetFritidspasBudgetDocument = gql`
    mutation SetFritidspasBudget($year: Int!, $amountOre: Int!) {
  setFritidspasBudget(year: $year, amountOre: $amountOre) {
    ...BudgetFields
  }
}
    ${BudgetFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class SetFritidspasBudgetGQL extends Apollo.Mutation<SetFritidspasBudgetMutation, SetFritidspasBudgetMutationVariables> {
    override document = SetFritidspasBudgetDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const GrantFritidspasDocument = gql`
    mutation GrantFritidspas($input: FritidspasGrantInput!) {
  grantFritidspas(input: $input) {
    ...GrantFields
  }
}
    ${GrantFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class GrantFritidspasGQL extends Apollo.Mutation<GrantFritidspasMutation, GrantFritidspasMutationVariables> {
    override document = GrantFritidspasDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RecordFritidspasRetentionDocument = gql`
    mutation RecordFritidspasRetention($id: ID!, $stillActive: Boolean!) {
  recordFritidspasRetention(id: $id, stillActive: $stillActive) {
    ...GrantFields
  }
}
    ${GrantFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class RecordFritidspasRetentionGQL extends Apollo.Mutation<RecordFritidspasRetentionMutation, RecordFritidspasRetentionMutationVariables> {
    override document = RecordFritidspasRetentionDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }