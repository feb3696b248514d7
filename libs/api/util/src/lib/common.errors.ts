import { registerEnumType } from '@nestjs/graphql';

/**
 * Problems with one input value that any domain can have (`extensions.reason` with
 * `extensions.field`). A domain names its own reason where a user needs a more specific text.
 */
export enum InputErrorReason {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  TOO_SHORT = 'TOO_SHORT',
  INVALID_FORMAT = 'INVALID_FORMAT',
  INVALID_CHARACTER = 'INVALID_CHARACTER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  NOT_ALLOWED_VALUE = 'NOT_ALLOWED_VALUE',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  DUPLICATE = 'DUPLICATE',
  DATE_ORDER = 'DATE_ORDER',
  IN_THE_PAST = 'IN_THE_PAST',
  IN_THE_FUTURE = 'IN_THE_FUTURE',
  SENSITIVE_DATA = 'SENSITIVE_DATA',
}

registerEnumType(InputErrorReason, {
  name: 'InputErrorReason',
  description: 'A problem with one input value, named by `extensions.field`.',
  valuesMap: {
    REQUIRED: { description: 'Empty, but needed.' },
    TOO_LONG: { description: 'Longer than allowed; `details.max` is the most.' },
    TOO_SHORT: { description: 'Shorter than allowed; `details.min` is the least.' },
    INVALID_FORMAT: { description: 'Not in the expected format (an id, a date, a number, a code).' },
    INVALID_CHARACTER: { description: 'Holds a character that cannot be stored (NUL, half a surrogate pair).' },
    OUT_OF_RANGE: {
      description: 'A number or date outside the allowed range; `details.min`/`details.max` when known.',
    },
    NOT_ALLOWED_VALUE: { description: 'Not one of the allowed values, or not allowed here.' },
    UNKNOWN_REFERENCE: { description: 'An id or code that names nothing (or nothing the caller may use).' },
    DUPLICATE: { description: 'The same value given twice where each must be different.' },
    DATE_ORDER: { description: 'A date before (or after) another one it must follow (or precede).' },
    IN_THE_PAST: { description: 'A date or time that must be in the future.' },
    IN_THE_FUTURE: { description: 'A date that must not be in the future.' },
    SENSITIVE_DATA: { description: 'Free text that looks like sensitive personal data (CPR numbers, health).' },
  },
});

/** Who may do what, and whether the thing exists (the access guard, look-ups by id). */
export enum AccessErrorReason {
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  NO_ACCESS = 'NO_ACCESS',
  NOT_FOUND = 'NOT_FOUND',
}

registerEnumType(AccessErrorReason, {
  name: 'AccessErrorReason',
  description: 'Refusals of the access guard and of look-ups by id.',
  valuesMap: {
    NOT_SIGNED_IN: { description: 'Sign in first (code UNAUTHENTICATED).' },
    NO_ACCESS: { description: 'The signed-in account may not do this (code FORBIDDEN).' },
    NOT_FOUND: { description: 'No such thing, or none the caller may see (code NOT_FOUND).' },
  },
});

/** Problems with a request as a whole rather than with one value in it, and failures on our side. */
export enum RequestErrorReason {
  INTERNAL = 'INTERNAL',
  QUERY_TOO_LONG = 'QUERY_TOO_LONG',
  INVALID_REQUEST = 'INVALID_REQUEST',
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  BODY_NOT_JSON = 'BODY_NOT_JSON',
  BODY_UNREADABLE = 'BODY_UNREADABLE',
  RATE_LIMITED = 'RATE_LIMITED',
}

registerEnumType(RequestErrorReason, {
  name: 'RequestErrorReason',
  description: 'Problems with a request as a whole, and failures on our side.',
  valuesMap: {
    INTERNAL: { description: 'Something went wrong on our side (code INTERNAL_SERVER_ERROR); quote `requestId`.' },
    QUERY_TOO_LONG: { description: 'The GraphQL document has too many tokens; `details.max` is the most.' },
    INVALID_REQUEST: {
      description: 'The request was refused as it is (a value of the wrong type, a refused operation).',
    },
    BODY_TOO_LARGE: { description: 'The request body is over the size limit.' },
    BODY_NOT_JSON: { description: 'The request body is not valid JSON.' },
    BODY_UNREADABLE: { description: 'The request body could not be read (charset, encoding).' },
    RATE_LIMITED: { description: 'Too many requests; try again later.' },
  },
});
