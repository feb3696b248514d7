import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The `extensions.code` values the API sends, plus NETWORK when no answer came back at all. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

/**
 * One API error, flattened for a form: the code to act on, the input field it is about (from
 * `extensions.field`), the API's own message, and for rate limiting when the user may try again.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field: string | null = null,
    readonly retryAt: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message without the `field: ` prefix the API puts before input problems. */
  get detail(): string {
    return this.field && this.message.startsWith(`${this.field}: `)
      ? this.message.slice(this.field.length + 2)
      : this.message;
  }
}

const KNOWN_CODES: readonly ApiErrorCode[] = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
];

function isKnownCode(value: unknown): value is ApiErrorCode {
  return KNOWN_CODES.includes(value as ApiErrorCode);
}

/** Turns whatever Apollo threw into an ApiError (the first GraphQL error is the one to show). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const [first] = error.errors;
    const extensions = first.extensions ?? {};
    const code = isKnownCode(extensions['code']) ? extensions['code'] : 'INTERNAL_SERVER_ERROR';
    const field = typeof extensions['field'] === 'string' ? extensions['field'] : null;
    const retryAt = typeof extensions['retryAt'] === 'string' ? extensions['retryAt'] : null;
    return new ApiError(code, first.message, field, retryAt);
  }
  return new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
}
