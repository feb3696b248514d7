export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** Where people open the links we email, e.g. https://brobygger.frederikssund.dk */
  publicUrl: string;
  /** smtp://user:pass@host:port; absent: emails are only logged (and kept in the demo outbox). */
  smtpUrl?: string;
  mailFrom: string;
  /** Keep a copy of every email for administrators to read (demo mode). */
  demoOutbox: boolean;
  /** How often the mail outbox worker looks for due emails. */
  pollSeconds: number;
}
