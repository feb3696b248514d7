import { type ArgumentMetadata, ValidationPipe, applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  type ValidationError,
  type ValidationOptions,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { InputErrorReason } from './common.errors';
import { isIsoDate } from './dates';
import { DomainError, type ErrorDetails } from './domain-error';

/**
 * What a refused check becomes: `extensions.reason`, its `details` and the English message after
 * `field: `. Every decorator below carries one, so a refusal reads like the domain's own `badInput`.
 */
interface Refusal {
  reason: InputErrorReason;
  message: string;
  details?: ErrorDetails;
}

function refusal(refused: Refusal): ValidationOptions {
  return { message: refused.message, context: refused };
}

/** A whole number from `min` to `max` (or `min` or more), e.g. `@WholeNumber(1, 50) limit`. */
export function WholeNumber(min: number, max?: number) {
  const options = refusal({
    reason: InputErrorReason.OUT_OF_RANGE,
    message:
      max === undefined ? `must be a whole number, ${min} or more` : `must be a whole number from ${min} to ${max}`,
    details: max === undefined ? { min } : { min, max },
  });
  const checks = [IsInt(options), Min(min, options)];
  return applyDecorators(...(max === undefined ? checks : [...checks, Max(max, options)]));
}

/** Text of at most `max` characters. */
export function AtMostCharacters(max: number) {
  return MaxLength(
    max,
    refusal({ reason: InputErrorReason.TOO_LONG, message: `must be at most ${max} characters`, details: { max } }),
  );
}

/** A list of at most `max` entries. */
export function AtMostEntries(max: number) {
  return ArrayMaxSize(
    max,
    refusal({ reason: InputErrorReason.TOO_LONG, message: `may hold at most ${max} entries`, details: { max } }),
  );
}

/**
 * One of a closed list (each entry, with `{ each: true }` semantics when `each`), e.g. the check-in
 * months; `details.allowed` lists them. Text lists are GraphQL enums instead (`enumOf`).
 */
export function OneOf(
  allowed: readonly (string | number)[],
  options: { each?: boolean; example?: string; message?: string } = {},
) {
  const message =
    options.message ??
    (options.example
      ? `must be one of the allowed values, e.g. ${options.example}`
      : `must be one of ${allowed.join(', ')}`);
  return IsIn([...allowed], {
    each: options.each,
    ...refusal({ reason: InputErrorReason.NOT_ALLOWED_VALUE, message, details: { allowed: allowed.join(', ') } }),
  });
}

/** Text that is not blank, e.g. `@Required('enter the first name') firstName`. */
export function Required(message = 'must not be empty') {
  return ValidateBy(
    { name: 'required', validator: { validate: (value) => typeof value === 'string' && value.trim() !== '' } },
    refusal({ reason: InputErrorReason.REQUIRED, message }),
  );
}

/**
 * A calendar date written YYYY-MM-DD that exists (no 2026-02-30); `null` and absent pass, and `''`
 * too where it means "no date" (`{ blankMeansNone: true }`).
 */
export function IsoDate(options: { blankMeansNone?: boolean } = {}) {
  const none = (value: unknown) => value == null || (options.blankMeansNone === true && value === '');
  return ValidateBy(
    {
      name: 'isoDate',
      validator: { validate: (value) => none(value) || (typeof value === 'string' && isIsoDate(value)) },
    },
    refusal({ reason: InputErrorReason.INVALID_FORMAT, message: 'enter a date as YYYY-MM-DD' }),
  );
}

/** `contactPeople`, `0`, `name` → `contactPeople[0].name`, the way the domains name fields. */
function fieldPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}

/** The first refused check, depth first, with the path of the field it is about. */
function firstRefusal(
  errors: readonly ValidationError[],
  parent = '',
): { field: string; error: ValidationError } | null {
  for (const error of errors) {
    const field = fieldPath(parent, error.property);
    if (error.constraints && Object.keys(error.constraints).length > 0) return { field, error };
    const nested = firstRefusal(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** Turns class-validator's findings into the same BAD_USER_INPUT a domain's `badInput` throws. */
export function validationRefusal(errors: readonly ValidationError[]): DomainError {
  const found = firstRefusal(errors);
  if (!found) return new DomainError('BAD_USER_INPUT', InputErrorReason.INVALID_FORMAT, 'The input is not valid.');
  const { field, error } = found;
  const [constraint, text] = Object.entries(error.constraints ?? {})[0];
  const context = error.contexts?.[constraint] as Refusal | undefined;
  const reason = context?.reason ?? InputErrorReason.INVALID_FORMAT;
  // class-validator puts the property first in its own messages ("limit must not be…"); ours have none.
  const message = context?.message ?? text.replace(new RegExp(`^${error.property} `), '');
  return new DomainError('BAD_USER_INPUT', reason, `${field}: ${message}`, field, context?.details);
}

/** Nest's pipe hands back a plain copy when it only validates; resolvers get the value itself. */
class AsItCameValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    await super.transform(value, metadata);
    return value;
  }
}

/**
 * The Nest validation pipe as the api uses it: it checks arguments and input types that carry
 * class-validator decorators (others pass untouched), hands resolvers the values as they came
 * (`transform: false`), and refuses with the first problem, naming its field.
 */
export function createValidationPipe(): ValidationPipe {
  return new AsItCameValidationPipe({
    transform: false,
    // Input types without decorators are fine: GraphQL has already checked their shape.
    forbidUnknownValues: false,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationRefusal(errors),
  });
}
