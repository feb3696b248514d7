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
  switch (error.reason) {
    case 'AGREEMENT_OVERLAPS':
      return { field, key: 'associationInbox.problem.overlap' };
    case 'AGREEMENT_END_LATER':
      return { field, key: 'associationInbox.problem.endLater' };
    case 'DATE_ORDER':
      return { field, key: 'associationInbox.problem.endBeforeStart' };
    case 'TOO_LONG':
      return { field, key: 'associationInbox.problem.tooLong' };
  }
  const key = error.code === 'BAD_USER_INPUT' && error.field ? BY_FIELD[error.field] : undefined;
  if (key) return { field, key };
  return problemFromApi(error, fields);
}
