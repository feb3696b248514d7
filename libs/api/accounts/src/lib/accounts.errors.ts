import { registerEnumType } from '@nestjs/graphql';

/** Why an account operation (sign-up, sign-in, invitation, a link from an email) was refused. */
export enum AccountsErrorReason {
  WRONG_CREDENTIALS = 'WRONG_CREDENTIALS',
  EMAIL_NOT_CONFIRMED = 'EMAIL_NOT_CONFIRMED',
  TOO_MANY_SIGN_INS = 'TOO_MANY_SIGN_INS',
  EMAIL_INVALID = 'EMAIL_INVALID',
  EMAIL_IN_OTHER_MUNICIPALITY = 'EMAIL_IN_OTHER_MUNICIPALITY',
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG = 'PASSWORD_TOO_LONG',
  PASSWORD_COMMON = 'PASSWORD_COMMON',
  PASSWORD_IS_EMAIL = 'PASSWORD_IS_EMAIL',
  PASSWORD_REPEATED = 'PASSWORD_REPEATED',
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  INVITE_ROLE_NOT_ALLOWED = 'INVITE_ROLE_NOT_ALLOWED',
  NO_MUNICIPALITY = 'NO_MUNICIPALITY',
}

registerEnumType(AccountsErrorReason, {
  name: 'AccountsErrorReason',
  description: 'Why an account operation (sign-up, sign-in, invitation, a link from an email) was refused.',
  valuesMap: {
    WRONG_CREDENTIALS: { description: 'The email or the password is not right.' },
    EMAIL_NOT_CONFIRMED: { description: 'The email address is not confirmed yet.' },
    TOO_MANY_SIGN_INS: {
      description: 'Too many failed sign-ins; `details.retryAt` (ISO) and `details.retryAfterSeconds`.',
    },
    EMAIL_INVALID: { description: 'Not a valid email address.' },
    EMAIL_IN_OTHER_MUNICIPALITY: { description: 'The address belongs to another municipality’s account.' },
    PASSWORD_TOO_SHORT: { description: 'Shorter than `details.min` characters.' },
    PASSWORD_TOO_LONG: { description: 'Longer than `details.max` characters.' },
    PASSWORD_COMMON: { description: 'One of the most common passwords.' },
    PASSWORD_IS_EMAIL: { description: 'The same as the email address.' },
    PASSWORD_REPEATED: { description: 'One character repeated.' },
    TOKEN_INVALID: { description: 'The link is not valid or has already been used.' },
    TOKEN_EXPIRED: { description: 'The link has expired.' },
    INVITE_ROLE_NOT_ALLOWED: { description: 'The inviter may not invite someone as `details.role`.' },
    NO_MUNICIPALITY: { description: 'This site has no municipality set up yet.' },
  },
});
