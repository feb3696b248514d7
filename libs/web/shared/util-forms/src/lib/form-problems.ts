import { computed, signal } from '@angular/core';
import type { ApiError } from './api-error';
import { type I18nService, type TranslationKey, formatDanishDate, formatDanishTime } from '@brobygger/web/shared/i18n';

/**
 * One thing wrong with a form, kept as a translation key (so it follows a language switch) or, for
 * an API message we have no translation for, as the API's own text. `field` names the control.
 */
export interface Problem {
  readonly field: string | null;
  readonly key?: TranslationKey;
  readonly params?: Record<string, string | number>;
  readonly text?: string;
}

export interface ShownProblem {
  readonly field: string | null;
  readonly message: string;
}

/** API messages we know, by code and wording, mapped to our translated texts. */
const KNOWN_MESSAGES: readonly {
  code: ApiError['code'];
  pattern: RegExp;
  key: TranslationKey;
  params?: (match: RegExpMatchArray) => Record<string, string>;
}[] = [
  { code: 'UNAUTHENTICATED', pattern: /email or the password is not right/i, key: 'auth.problem.wrongCredentials' },
  { code: 'FORBIDDEN', pattern: /confirm your email address/i, key: 'auth.problem.unconfirmed' },
  {
    code: 'BAD_USER_INPUT',
    pattern: /must be at least (\d+) characters/i,
    key: 'auth.problem.passwordTooShort',
    params: (m) => ({ min: m[1] }),
  },
  {
    code: 'BAD_USER_INPUT',
    pattern: /must be at most (\d+) characters/i,
    key: 'auth.problem.passwordTooLong',
    params: (m) => ({ max: m[1] }),
  },
  { code: 'BAD_USER_INPUT', pattern: /most common passwords/i, key: 'auth.problem.passwordCommon' },
  { code: 'BAD_USER_INPUT', pattern: /must not be your email/i, key: 'auth.problem.passwordIsEmail' },
  { code: 'BAD_USER_INPUT', pattern: /one character repeated/i, key: 'auth.problem.passwordRepeated' },
  { code: 'BAD_USER_INPUT', pattern: /valid email address/i, key: 'auth.problem.email' },
  { code: 'BAD_USER_INPUT', pattern: /enter (your|the person’s) name/i, key: 'auth.problem.displayName' },
  { code: 'BAD_USER_INPUT', pattern: /^preferredLanguage:/, key: 'auth.problem.language' },
  { code: 'BAD_USER_INPUT', pattern: /not valid or has already been used/i, key: 'auth.problem.tokenInvalid' },
  { code: 'BAD_USER_INPUT', pattern: /has expired/i, key: 'auth.problem.tokenExpired' },
  // Associations and offers.
  { code: 'BAD_USER_INPUT', pattern: /^cvr:/, key: 'manage.problem.cvrInvalid' },
  { code: 'BAD_USER_INPUT', pattern: /^contactPeople\[\d+\]\.name:/, key: 'manage.problem.contactName' },
  { code: 'BAD_USER_INPUT', pattern: /^childCertificateDeclaredOn:/, key: 'manage.problem.date' },
  { code: 'BAD_USER_INPUT', pattern: /^localityId:/, key: 'manage.problem.locality' },
  { code: 'CONFLICT', pattern: /close it instead/i, key: 'manage.problem.closeInstead' },
  { code: 'BAD_USER_INPUT', pattern: /^startsAt: must be in the future/, key: 'offerForm.problem.startsAtPast' },
  { code: 'BAD_USER_INPUT', pattern: /^registrationDeadline:/, key: 'offerForm.problem.deadlineOrder' },
  { code: 'BAD_USER_INPUT', pattern: /^trialWeeks:/, key: 'offerForm.problem.trialWeeks' },
  { code: 'BAD_USER_INPUT', pattern: /^ageMax: fritidspas/, key: 'offerForm.problem.fritidspasAge' },
  { code: 'BAD_USER_INPUT', pattern: /^targetGroup:/, key: 'offerForm.problem.targetGroup' },
];

/** What to tell the user about an API error, on the control it names when the form has one. */
export function problemFromApi(error: ApiError, fields: readonly string[]): Problem {
  const field = error.field && fields.includes(error.field) ? error.field : null;
  if (error.code === 'TOO_MANY_REQUESTS') {
    return error.retryAt
      ? {
          field: null,
          key: 'auth.problem.tooManyUntil',
          params: { date: formatDanishDate(error.retryAt), time: formatDanishTime(error.retryAt) },
        }
      : { field: null, key: 'auth.problem.tooMany' };
  }
  if (error.code === 'NETWORK') return { field: null, key: 'auth.problem.network' };
  if (error.code === 'INTERNAL_SERVER_ERROR') return { field: null, key: 'auth.problem.unexpected' };
  for (const known of KNOWN_MESSAGES) {
    const match = known.code === error.code ? error.message.match(known.pattern) : null;
    if (match) return { field, key: known.key, params: known.params?.(match) };
  }
  // A message we have no translation for yet: the API's own words beat a vague "something went wrong".
  return { field, text: error.detail };
}

/**
 * The problems of one form and whether it is sending. Problems are shown in an error summary and
 * beside their control; `shownAt` changes on every submit so the summary can take focus again.
 */
export class FormProblems {
  private readonly problems = signal<readonly Problem[]>([]);
  private readonly isSending = signal(false);
  private readonly submits = signal(0);

  /** Changes each time problems are set, so the summary takes focus again on a repeated submit. */
  readonly version = this.submits.asReadonly();
  readonly sending = this.isSending.asReadonly();
  readonly shown = computed<readonly ShownProblem[]>(() =>
    this.problems().map((problem) => ({ field: problem.field, message: this.describe(problem) })),
  );

  constructor(private readonly i18n: I18nService) {}

  /** The first problem of a control, translated, or null. */
  of(field: string): string | null {
    return this.shown().find((problem) => problem.field === field)?.message ?? null;
  }

  /** Shows the first failing check of each field; true when all passed. */
  check(checks: readonly [field: string, failed: boolean, key: TranslationKey][]): boolean {
    const found: Problem[] = [];
    for (const [field, failed, key] of checks) {
      if (failed && !found.some((problem) => problem.field === field)) found.push({ field, key });
    }
    this.set(found);
    return found.length === 0;
  }

  show(problem: Problem): void {
    this.set([problem]);
  }

  clear(): void {
    this.problems.set([]);
  }

  private set(problems: readonly Problem[]): void {
    this.problems.set(problems);
    this.submits.update((count) => count + 1);
  }

  /** Runs a request with the submit button disabled; its ApiError becomes the form's problem. */
  async send(request: () => Promise<unknown>, fields: readonly string[], toError: (e: unknown) => ApiError) {
    this.isSending.set(true);
    this.clear();
    try {
      await request();
      return true;
    } catch (error) {
      this.show(problemFromApi(toError(error), fields));
      return false;
    } finally {
      this.isSending.set(false);
    }
  }

  private describe(problem: Problem): string {
    return problem.key ? this.i18n.t(problem.key, problem.params) : (problem.text ?? '');
  }
}

/** The same rough shape check as the API: something@something.something, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
