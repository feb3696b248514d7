export * from './lib/offer-kinds';
export {
  type AssociationKind,
  type AssociationProfileFieldsFragment,
  type AssociationProfileInput,
  AssociationOffersGQL,
  CloseOfferGQL,
  CreateOfferGQL,
  type CreateOfferInput,
  DeleteOfferGQL,
  type ManagedOfferFragment,
  MyAssociationsGQL,
  OfferFormOptionsGQL,
  type OfferFormOptionsQuery,
  type OfferInput,
  type OfferKind,
  type OfferStatus,
  PublishOfferGQL,
  UpdateAssociationProfileGQL,
  UpdateOfferGQL,
} from './lib/graphql.generated';
// Referral inbox, event registrations and partnership agreements (association journey).
export {
  type AgreementStatus,
  AssociationReferralsGQL,
  ConfirmReferralFirstSessionGQL,
  EndPartnershipAgreementGQL,
  EventRegistrationsGQL,
  type EventRegistrationsQuery,
  MyAssociationAgreementsGQL,
  PartnerAssociationsGQL,
  type PartnerAssociationsQuery,
  type PartnershipAgreementFieldsFragment,
  type PartnershipAgreementInput,
  type ReferralFieldsFragment,
  type ReferralOutcome,
  type ReferralStage,
  RegisterPartnershipAgreementGQL,
  ReportReferralOutcomeGQL,
  RespondToReferralGQL,
  UpdatePartnershipAgreementGQL,
} from './lib/graphql.generated';
// Registering a new association with its first representative (onboarding).
export {
  RegisterAssociationGQL,
  type RegisterAssociationInput,
  type RegisterAssociationMutation,
  RegisterAssociationOptionsGQL,
} from './lib/graphql.generated';
