import { type ApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';

export const INVITATION_FIELDS = ['displayName', 'email', 'role', 'preferredLanguage'] as const;

/** The API's refusal of an invitation, in the user's language, at the control it names. */
export function invitationProblem(error: ApiError, fields: readonly string[] = INVITATION_FIELDS): Problem {
  const field = error.field && fields.includes(error.field) ? error.field : null;
  if (error.field === 'email') {
    return error.reason === 'EMAIL_IN_OTHER_MUNICIPALITY'
      ? { field, key: 'onboarding.problem.emailElsewhere' }
      : { field, key: 'onboarding.problem.email' };
  }
  if (error.field === 'displayName') return { field, key: 'onboarding.problem.displayName' };
  return problemFromApi(error, fields);
}
