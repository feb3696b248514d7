export {
  type CatalogueAssociationFragment,
  HomeCatalogueGQL,
  MoreAssociationsGQL,
  type HomeCatalogueQuery,
  PublishedOffersGQL,
  type PublishedOffersQuery,
  type OfferFilterInput,
  type OfferKind,
  type AssociationKind,
} from './lib/graphql.generated';
