import { type ApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';

/** The API's refusals of a note, in our words; anything else as the shared form helpers say it. */
export function noteProblemFromApi(error: ApiError, fields: readonly string[]): Problem {
  if (error.code === 'BAD_USER_INPUT' && error.field === 'note') {
    if (/sensitive/i.test(error.message)) return { field: 'note', key: 'followUp.problem.sensitive' };
    if (/at most/i.test(error.message)) return { field: 'note', key: 'followUp.problem.noteLength' };
  }
  return problemFromApi(error, fields);
}

/** Today in Copenhagen as an ISO date (2026-11-26), the way the API compares dates. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}
