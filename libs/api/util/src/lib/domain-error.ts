/** Error codes a client can act on; each becomes `extensions.code` in GraphQL. */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/** An error the user can do something about: its message is shown as it is. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The input field the message is about, e.g. `cvr` or `languages[0].level`. */
    readonly field?: string,
    /** More for the client to act on, e.g. `retryAfterSeconds`. */
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Refuses a user's input, naming the field: `badInput('cvr', 'must be 8 digits')` → "cvr: must be 8 digits". */
export function badInput(field: string, message: string): never {
  throw new DomainError('BAD_USER_INPUT', `${field}: ${message}`, field);
}
