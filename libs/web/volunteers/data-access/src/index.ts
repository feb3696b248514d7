export * from './lib/volunteer-options';
export {
  ApproveVolunteerGQL,
  MyVolunteerProfileGQL,
  RecordChildCertificateGQL,
  RecordTrainingGQL,
  RejectVolunteerGQL,
  ScreenVolunteerGQL,
  type VettedVolunteerFragment,
  VolunteerGQL,
  VolunteersGQL,
  type OwnVolunteerProfileFragment,
  SaveMyVolunteerProfileGQL,
  VolunteerFormOptionsGQL,
  type VolunteerFormOptionsQuery,
  type VolunteerProfileInput,
} from './lib/graphql.generated';
// The meeting log of a match and the volunteer's pause / resume / leave (follow-up).
export {
  LeaveVolunteeringGQL,
  LogMeetingGQL,
  type MeetingEntryFragment,
  MyMeetingLogGQL,
  type MyMeetingLogQuery,
  MyVolunteerAvailabilityGQL,
  PauseMyVolunteeringGQL,
  ResumeMyVolunteeringGQL,
  type VolunteerAvailabilityFragment,
} from './lib/graphql.generated';
// The volunteer's proposals and matches (matching).
export { MyMatchesGQL, type OwnVolunteerMatchFragment, RespondToMatchGQL } from './lib/graphql.generated';
export { todayIso } from './lib/today-iso';
