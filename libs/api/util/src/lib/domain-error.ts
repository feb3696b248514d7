/** Error codes a client can act on; each becomes `extensions.code` in GraphQL. */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

/**
 * What a client needs to word the message itself: numbers and names that would otherwise be read
 * out of the English text, e.g. `{ min: 10 }` or `{ year: 2026, remaining: '1.500,00 kr.' }`.
 */
export type ErrorDetails = Record<string, string | number>;

/**
 * An error the user can do something about. `code` is the coarse kind (`extensions.code`); `reason`
 * says exactly what went wrong (`extensions.reason`, a value of one domain's `*ErrorReason` enum), so
 * a client picks its own text by reason and `details` instead of by the English message, which stays
 * as the fallback shown when a client knows no better.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly reason: string,
    message: string,
    /** The input field the message is about, e.g. `cvr` or `languages[0].level`. */
    readonly field?: string,
    /** More for the client to act on, e.g. `retryAfterSeconds`, `max`. */
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * Refuses a user's input, naming the field:
 * `badInput('cvr', InputErrorReason.INVALID_FORMAT, 'must be 8 digits')` → "cvr: must be 8 digits".
 */
export function badInput(field: string, reason: string, message: string, details?: ErrorDetails): never {
  throw new DomainError('BAD_USER_INPUT', reason, `${field}: ${message}`, field, details);
}
