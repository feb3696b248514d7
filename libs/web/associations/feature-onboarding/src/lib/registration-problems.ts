import { type ApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

/** The form's fields, named as the API names them. */
export const REGISTRATION_FIELDS = [
  'name',
  'cvr',
  'kind',
  'localityId',
  'representative.displayName',
  'representative.email',
  'representative.preferredLanguage',
] as const;

const BY_FIELD: Partial<Record<string, TranslationKey>> = {
  name: 'onboarding.problem.name',
  localityId: 'onboarding.problem.locality',
  'representative.displayName': 'onboarding.problem.displayName',
  'representative.email': 'onboarding.problem.email',
  'representative.preferredLanguage': 'auth.problem.language',
};

/** The API's refusal of a registration, in the user's language, at the control it names. */
export function registrationProblem(error: ApiError, fields: readonly string[] = REGISTRATION_FIELDS): Problem {
  const field = error.field && fields.includes(error.field) ? error.field : null;
  if (error.field === 'cvr') {
    const taken = error.code === 'CONFLICT' ? error.message.match(/^cvr: (.+) is already registered/) : null;
    if (taken) {
      return taken[1] === 'another association'
        ? { field, key: 'onboarding.problem.cvrTakenUnknown' }
        : { field, key: 'onboarding.problem.cvrTaken', params: { name: taken[1] ?? '' } };
    }
    if (/modulus-11/.test(error.message)) return { field, key: 'onboarding.problem.cvrInvalid' };
    return { field, key: 'onboarding.problem.cvrFormat' };
  }
  if (error.field === 'name' && /at most/.test(error.message)) return { field, key: 'onboarding.problem.nameTooLong' };
  if (error.field === 'representative.email' && error.code === 'CONFLICT') {
    return { field, key: 'onboarding.problem.emailElsewhere' };
  }
  const key = error.code === 'BAD_USER_INPUT' && error.field ? BY_FIELD[error.field] : undefined;
  return key ? { field, key } : problemFromApi(error, fields);
}
