export * from './lib/participant-options';
export {
  CoordinatorDashboardGQL,
  type CoordinatorDashboardQuery,
  IntakeFormOptionsGQL,
  type IntakeFormOptionsQuery,
  type MatchKind,
  type MatchStatus,
  type ParticipantDetailsFragment,
  ParticipantGQL,
  type ParticipantInput,
  type ParticipantListItemFragment,
  ParticipantMatchesGQL,
  type ParticipantMatchesQuery,
  ParticipantsGQL,
  RegisterParticipantGQL,
  UpdateParticipantGQL,
  type WaitingEntryFragment,
} from './lib/graphql.generated';
