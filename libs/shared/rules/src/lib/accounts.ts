/** The shortest password an account may have (NIST SP 800-63B: at least 8; we ask 10). */
export const MIN_PASSWORD_LENGTH = 10;
