import { type ApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const BY_FIELD: Record<string, TranslationKey> = {
  startsOn: 'associationInbox.problem.startsOn',
  endsOn: 'associationInbox.problem.endsOn',
  scope: 'associationInbox.problem.scope',
  commitments: 'associationInbox.problem.commitments',
};

/** The API's refusal of an agreement, in the user's language, at the field it names. */
export function agreementProblem(error: ApiError, fields: readonly string[]): Problem {
  const field = error.field && fields.includes(error.field) ? error.field : null;
  if (error.code === 'BAD_USER_INPUT' && error.field) {
    if (/overlaps/.test(error.message)) return { field, key: 'associationInbox.problem.overlap' };
    if (/must not be after the agreed last day/.test(error.message)) {
      return { field, key: 'associationInbox.problem.endLater' };
    }
    if (/on or after the start date/.test(error.message))
      return { field, key: 'associationInbox.problem.endBeforeStart' };
    if (/at most \d+ characters/.test(error.message)) return { field, key: 'associationInbox.problem.tooLong' };
    const key = BY_FIELD[error.field];
    if (key) return { field, key };
  }
  return problemFromApi(error, fields);
}
