export const ACCOUNTS_OPTIONS = Symbol('ACCOUNTS_OPTIONS');

export interface AccountsOptions {
  /** Secure cookies everywhere but on localhost. */
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  invitationDays: number;
  /** The public site's municipality: anonymous visitors and self sign-ups belong to it. */
  defaultMunicipalityCode: string;
}

export const SESSION_COOKIE = 'bb_session';
