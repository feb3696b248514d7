export * from './lib/volunteer-options';
export {
  ApproveVolunteerGQL,
  MyVolunteerProfileGQL,
  RecordChildCertificateGQL,
  RecordTrainingGQL,
  RejectVolunteerGQL,
  ScreenVolunteerGQL,
  type VettedVolunteerFragment,
  VolunteersGQL,
  type OwnVolunteerProfileFragment,
  SaveMyVolunteerProfileGQL,
  VolunteerFormOptionsGQL,
  type VolunteerFormOptionsQuery,
  type VolunteerProfileInput,
} from './lib/graphql.generated';
// The volunteer's proposals and matches (matching).
export { MyMatchesGQL, type OwnVolunteerMatchFragment, RespondToMatchGQL } from './lib/graphql.generated';
