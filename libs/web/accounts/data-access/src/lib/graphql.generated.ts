/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from 'apollo-angular';
import { Injectable } from '@angular/core';
import * as Apollo from 'apollo-angular';
/** The languages our emails are written in. */
export type EmailLanguage =
  | 'AR'
  | 'DA'
  | 'EN';

export type InviteAccountInput = {
  /** Required when inviting an association representative: the association they will represent. */
  associationId?: string | number | null | undefined;
  displayName: string;
  email: string;
  preferredLanguage?: EmailLanguage;
  role: Role;
};

export type Role =
  | 'ADMINISTRATOR'
  | 'ASSOCIATION_REPRESENTATIVE'
  | 'COORDINATOR'
  | 'VOLUNTEER';

export type SignUpInput = {
  displayName: string;
  email: string;
  password: string;
  /** Language of our emails to you. */
  preferredLanguage?: EmailLanguage;
};

export type SessionAccountFragment = { id: string, email: string, displayName: string, roles: Array<Role> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role> } };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, email: string, displayName: string, roles: Array<Role> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: boolean };

export type ConfirmEmailMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailMutation = { confirmEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: Role };

export type InviteAccountMutationVariables = Exact<{
  input: InviteAccountInput;
}>;


export type InviteAccountMutation = { inviteAccount: boolean };

export type DemoOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoOutboxQuery = { demoOutbox: Array<{ id: string, recipient: string, subject: string, body: string, createdAt: string }> };

export type PendingInvitationFieldsFragment = { id: string, displayName: string, email: string, role: Role, associationId: string | null, associationName: string | null, invitedAt: string, expiresAt: string };

export type PendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationsQuery = { pendingInvitations: Array<{ id: string, displayName: string, email: string, role: Role, associationId: string | null, associationName: string | null, invitedAt: string, expiresAt: string }> };

export const SessionAccountFragmentDoc = gql`
    fragment SessionAccount on Account {
  id
  email
  displayName
  roles
}
    `;
export const PendingInvitationFieldsFragmentDoc = gql`
    fragment PendingInvitationFields on Invitation {
  id
  displayName
  email
  role
  associationId
  associationName
  invitedAt
  expiresAt
}
    `;
export const MeDocument = gql`
    query Me {
  me {
    ...SessionAccount
  }
}
    ${SessionAccountFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class MeGQL extends Apollo.Query<MeQuery, MeQueryVariables> {
    override document = MeDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignInDocument = gql`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...SessionAccount
  }
}
    ${SessionAccountFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class SignInGQL extends Apollo.Mutation<SignInMutation, SignInMutationVariables> {
    override document = SignInDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignOutDocument = gql`
    mutation SignOut {
  signOut
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class SignOutGQL extends Apollo.Mutation<SignOutMutation, SignOutMutationVariables> {
    override document = SignOutDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignOutEverywhereDocument = gql`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class SignOutEverywhereGQL extends Apollo.Mutation<SignOutEverywhereMutation, SignOutEverywhereMutationVariables> {
    override document = SignOutEverywhereDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const SignUpDocument = gql`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class SignUpGQL extends Apollo.Mutation<SignUpMutation, SignUpMutationVariables> {
    override document = SignUpDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ConfirmEmailDocument = gql`
    mutation ConfirmEmail($token: String!) {
  confirmEmail(token: $token)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class ConfirmEmailGQL extends Apollo.Mutation<ConfirmEmailMutation, ConfirmEmailMutationVariables> {
    override document = ConfirmEmailDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const RequestPasswordResetDocument = gql`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class RequestPasswordResetGQL extends Apollo.Mutation<RequestPasswordResetMutation, RequestPasswordResetMutationVariables> {
    override document = RequestPasswordResetDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const ResetPasswordDocument = gql`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class ResetPasswordGQL extends Apollo.Mutation<ResetPasswordMutation, ResetPasswordMutationVariables> {
    override document = ResetPasswordDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const AcceptInvitationDocument = gql`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class AcceptInvitationGQL extends Apollo.Mutation<AcceptInvitationMutation, AcceptInvitationMutationVariables> {
    override document = AcceptInvitationDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const InviteAccountDocument = gql`
    mutation InviteAccount($input: InviteAccountInput!) {
  inviteAccount(input: $input)
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class InviteAccountGQL extends Apollo.Mutation<InviteAccountMutation, InviteAccountMutationVariables> {
    override document = InviteAccountDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const DemoOutboxDocument = gql`
    query DemoOutbox {
  demoOutbox {
    id
    recipient
    subject
    body
    createdAt
  }
}
    `;

  @Injectable({
    providedIn: 'root'
  })
  export class DemoOutboxGQL extends Apollo.Query<DemoOutboxQuery, DemoOutboxQueryVariables> {
    override document = DemoOutboxDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }
export const PendingInvitationsDocument = gql`
    query PendingInvitations {
  pendingInvitations {
    ...PendingInvitationFields
  }
}
    ${PendingInvitationFieldsFragmentDoc}`;

  @Injectable({
    providedIn: 'root'
  })
  export class PendingInvitationsGQL extends Apollo.Query<PendingInvitationsQuery, PendingInvitationsQueryVariables> {
    override document = PendingInvitationsDocument;
    
    constructor(apollo: Apollo.Apollo) {
      super(apollo);
    }
  }