export {
  HomeCatalogueGQL,
  type HomeCatalogueQuery,
  type OfferKind,
  type AssociationKind,
} from './lib/graphql.generated';
