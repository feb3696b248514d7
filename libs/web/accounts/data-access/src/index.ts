export * from './lib/session.store';
export * from './lib/session.guards';
export {
  AcceptInvitationGQL,
  ConfirmEmailGQL,
  DemoOutboxGQL,
  type DemoOutboxQuery,
  InviteAccountGQL,
  type InviteAccountInput,
  PendingInvitationsGQL,
  type PendingInvitationFieldsFragment,
  RequestPasswordResetGQL,
  ResetPasswordGQL,
  type Role,
  SignUpGQL,
  type SignUpInput,
} from './lib/graphql.generated';
