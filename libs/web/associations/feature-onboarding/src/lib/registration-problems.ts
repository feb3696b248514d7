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
    switch (error.reason) {
      case 'CVR_ALREADY_REGISTERED': {
        // No name when the other association registered at the same moment.
        const name = error.details['name'];
        return name === undefined
          ? { field, key: 'onboarding.problem.cvrTakenUnknown' }
          : { field, key: 'onboarding.problem.cvrTaken', params: { name } };
      }
      case 'CVR_INVALID':
        return { field, key: 'onboarding.problem.cvrInvalid' };
      default:
        return { field, key: 'onboarding.problem.cvrFormat' };
    }
  }
  if (error.field === 'name' && error.reason === 'TOO_LONG') return { field, key: 'onboarding.problem.nameTooLong' };
  if (error.field === 'representative.email' && error.reason === 'EMAIL_IN_OTHER_MUNICIPALITY') {
    return { field, key: 'onboarding.problem.emailElsewhere' };
  }
  const key = error.code === 'BAD_USER_INPUT' && error.field ? BY_FIELD[error.field] : undefined;
  return key ? { field, key } : problemFromApi(error, fields);
}
