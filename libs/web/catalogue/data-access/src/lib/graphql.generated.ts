/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
export type AssociationKind =
  | 'CULTURE'
  | 'EVENING_SCHOOL'
  | 'LEISURE'
  | 'SOCIAL_ORGANISATION'
  | 'SPORTS'
  | 'VILLAGE_ASSOCIATION';

/** Narrows the public catalogue; a field left out imposes nothing. */
export type OfferFilterInput = {
  activityKey?: string | null | undefined;
  /** Only offers open to someone of this age. */
  age?: number | null | undefined;
  kind?: OfferKind | null | undefined;
  /** Only offers where this language is spoken. */
  languageCode?: string | null | undefined;
  localityId?: string | number | null | undefined;
};

export type OfferKind =
  | 'EVENT'
  | 'FRITIDSPAS'
  | 'PEER_GROUP'
  | 'TRIAL_MEMBERSHIP';

export type CatalogueAssociationFragment = { id: string, name: string, kind: AssociationKind, description: string, locality: { id: string, name: string } };

export type HomeCatalogueQueryVariables = Exact<{
  associationsLimit: number;
}>;


export type HomeCatalogueQuery = { associations: { total: number, items: Array<{ id: string, name: string, kind: AssociationKind, description: string, locality: { id: string, name: string } }> }, languages: Array<{ code: string, nameDa: string, nameEn: string, nativeName: string }>, activities: Array<{ key: string, nameDa: string, nameEn: string }>, localities: Array<{ id: string, name: string }> };

export type PublishedOffersQueryVariables = Exact<{
  filter?: OfferFilterInput | null | undefined;
  offset: number;
  limit: number;
}>;


export type PublishedOffersQuery = { publishedOffers: { total: number, offset: number, limit: number, items: Array<{ id: string, kind: OfferKind, title: string, description: string, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, capacity: number, startsAt: string | null, activity: { key: string, nameDa: string, nameEn: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } }> } };

export type MoreAssociationsQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type MoreAssociationsQuery = { associations: { total: number, items: Array<{ id: string, name: string, kind: AssociationKind, description: string, locality: { id: string, name: string } }> } };

export const CatalogueAssociationFragmentDoc = gql`
    fragment CatalogueAssociation on Association {
  id
  name
  kind
  description
  locality {
    id
    name
  }
}
    `;
export const HomeCatalogueDocument = gql`
    query HomeCatalogue($associationsLimit: Int!) {
  associations(limit: $associationsLimit) {
    total
    items {
      ...CatalogueAssociation
    }
  }
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
    ${CatalogueAssociationFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class HomeCatalogueGQL extends Apollo.Query<HomeCatalogueQuery, HomeCatalogueQueryVariables> {
    override document = HomeCatalogueDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PublishedOffersDocument = gql`
    query PublishedOffers($filter: OfferFilterInput, $offset: Int!, $limit: Int!) {
  publishedOffers(filter: $filter, offset: $offset, limit: $limit) {
    total
    offset
    limit
    items {
      id
      kind
      title
      description
      ageMin
      ageMax
      womenOnly
      languageCodes
      capacity
      startsAt
      activity {
        key
        nameDa
        nameEn
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
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class PublishedOffersGQL extends Apollo.Query<PublishedOffersQuery, PublishedOffersQueryVariables> {
    override document = PublishedOffersDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const MoreAssociationsDocument = gql`
    query MoreAssociations($offset: Int!, $limit: Int!) {
  associations(offset: $offset, limit: $limit) {
    total
    items {
      ...CatalogueAssociation
    }
  }
}
    ${CatalogueAssociationFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MoreAssociationsGQL extends Apollo.Query<MoreAssociationsQuery, MoreAssociationsQueryVariables> {
    override document = MoreAssociationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }