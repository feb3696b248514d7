export const ACCOUNTS_OPTIONS = Symbol('ACCOUNTS_OPTIONS');

export interface AccountsOptions {
  /** Where people open the links we email, e.g. https://brobygger.frederikssund.dk */
  publicUrl: string;
  /** smtp://user:pass@host:port; absent: emails are only logged (and kept in the demo outbox). */
  smtpUrl?: string;
  mailFrom: string;
  /** Keep a copy of every email for administrators to read (demo mode). */
  demoOutbox: boolean;
  /** Secure cookies everywhere but on localhost. */
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  invitationDays: number;
  /** How often the mail outbox worker looks for due emails. */
  mailPollSeconds: number;
  /** The public site's municipality: anonymous visitors and self sign-ups belong to it. */
  defaultMunicipalityCode: string;
}

export const SESSION_COOKIE = 'bb_session';
