export {
  type CheckInOutcome,
  type DueCheckInFieldsFragment,
  DueCheckInsGQL,
  type MatchKind,
  MatchMeetingLogGQL,
  type MatchMeetingLogQuery,
  RecordCheckInGQL,
} from './lib/graphql.generated';
