/** The shortest password an account may have (NIST SP 800-63B: at least 8; we ask 10). */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest name a person may give their account. */
export const DISPLAY_NAME_MAX_LENGTH = 200;

/** The languages our emails are written in. */
export const EMAIL_LANGUAGES = ['da', 'en', 'ar'] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];
