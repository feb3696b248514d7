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

export type OfferKind =
  | 'EVENT'
  | 'FRITIDSPAS'
  | 'PEER_GROUP'
  | 'TRIAL_MEMBERSHIP';

export type HomeCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCatalogueQuery = { publishedOffers: Array<{ id: string, kind: OfferKind, title: string, description: string, ageMin: number | null, ageMax: number | null, womenOnly: boolean, languageCodes: Array<string>, capacity: number, startsAt: string | null, activity: { key: string, nameDa: string, nameEn: string } | null, locality: { id: string, name: string }, association: { id: string, name: string } }>, associations: Array<{ id: string, name: string, kind: AssociationKind, description: string, locality: { id: string, name: string } }>, languages: Array<{ code: string, nameDa: string, nameEn: string, nativeName: string }> };

export const HomeCatalogueDocument = gql`
    query HomeCatalogue {
  publishedOffers {
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
  associations {
    id
    name
    kind
    description
    locality {
      id
      name
    }
  }
  languages {
    code
    nameDa
    nameEn
    nativeName
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class HomeCatalogueGQL extends Apollo.Query<HomeCatalogueQuery, HomeCatalogueQueryVariables> {
    override document = HomeCatalogueDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }