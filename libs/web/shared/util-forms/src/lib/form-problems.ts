import { computed, signal } from '@angular/core';
import type { ApiError } from './api-error';
import type { I18nService, TranslationKey } from '@brobygger/web/shared/i18n';
import { wordingOf } from './reason-wordings';

/**
 * One thing wrong with a form, kept as a translation key (so it follows a language switch) or, for
 * an API error without a reason we know, as the API's own text. `field` names the control.
 */
export interface Problem {
  readonly field: string | null;
  readonly key?: TranslationKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly text?: string;
}

export interface ShownProblem {
  readonly field: string | null;
  readonly message: string;
}

/**
 * What to tell the user about an API error, on the control it names when the form has one: the
 * text for its `extensions.reason` (REASON_WORDINGS), never picked by the API's English message.
 */
export function problemFromApi(error: ApiError, fields: readonly string[]): Problem {
  const field = error.field && fields.includes(error.field) ? error.field : null;
  if (error.code === 'NETWORK') return { field: null, key: 'auth.problem.network' };
  const wording = wordingOf(error);
  if (wording) return { field, ...wording };
  // No reason we know (an older or newer server): the code says a little, else the API's own words.
  if (error.code === 'TOO_MANY_REQUESTS') return { field: null, key: 'auth.problem.tooMany' };
  if (error.code === 'INTERNAL_SERVER_ERROR') return { field: null, key: 'auth.problem.unexpected' };
  return { field, text: error.message };
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
