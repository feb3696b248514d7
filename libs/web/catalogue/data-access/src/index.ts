export {
  HomeCatalogueGQL,
  type HomeCatalogueQuery,
  PublishedOffersGQL,
  type PublishedOffersQuery,
  type OfferFilterInput,
  type OfferKind,
  type AssociationKind,
} from './lib/graphql.generated';
