import { type ApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import { type TranslationKey, parseDanishDate } from '@brobygger/web/shared/i18n';
import { type ChildCertificateStatus, CHILD_CERTIFICATE_STATUSES } from '@brobygger/web/volunteers/data-access';

export const VETTING_STATUSES = ['applied', 'screened', 'approved', 'rejected'] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

export { CHILD_CERTIFICATE_STATUSES, type ChildCertificateStatus };

export const NOTE_MAX_LENGTH = 500;

export type VettingCheck = [field: string, failed: boolean, key: TranslationKey];

export function isVettingStatus(value: string | null | undefined): value is VettingStatus {
  return (VETTING_STATUSES as readonly string[]).includes(value ?? '');
}

export function screeningChecks(note: string): VettingCheck[] {
  return [['note', note.trim().length > NOTE_MAX_LENGTH, 'coordination.vetting.problem.noteLength']];
}

export function rejectionChecks(reason: string): VettingCheck[] {
  return [
    ['reason', !reason.trim(), 'coordination.vetting.problem.reason'],
    ['reason', reason.trim().length > NOTE_MAX_LENGTH, 'coordination.vetting.problem.reasonLength'],
  ];
}

/** A date field is optional unless `required`; typed the Danish way (26.11.2026). */
function dateCheck(field: string, text: string, required: boolean): VettingCheck[] {
  const trimmed = text.trim();
  return [
    [field, required && trimmed === '', 'coordination.vetting.problem.dateRequired'],
    [field, trimmed !== '' && !parseDanishDate(trimmed), 'coordination.problem.date'],
  ];
}

/** A clear certificate needs the date it was checked: the renewal date is counted from it. */
export function certificateChecks(
  status: ChildCertificateStatus | '',
  requestedOn: string,
  checkedOn: string,
): VettingCheck[] {
  return [
    ['status', status === '', 'coordination.vetting.problem.status'],
    ...dateCheck('requestedOn', requestedOn, false),
    ...dateCheck('checkedOn', checkedOn, status === 'CLEAR'),
  ];
}

export function trainingChecks(name: string, completedOn: string): VettingCheck[] {
  return [
    ['name', !name.trim(), 'coordination.vetting.problem.trainingName'],
    ...dateCheck('completedOn', completedOn, true),
  ];
}

/** The API's refusals in the visitor's language; anything else as the shared forms show it. */
export function vettingProblem(error: ApiError, fields: readonly string[]): Problem {
  switch (error.reason) {
    case 'CHILD_CERTIFICATE_NEEDED':
      return { field: null, key: 'coordination.vetting.problem.certificateRequired' };
    case 'VOLUNTEER_STEP_NOT_POSSIBLE':
      return { field: null, key: 'coordination.vetting.problem.wrongStatus' };
  }
  return problemFromApi(error, fields);
}
