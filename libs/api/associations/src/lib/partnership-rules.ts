import { InputErrorReason, badInput, isIsoDate } from '@brobygger/api/util';

export interface AgreementFields {
  startsOn: string;
  endsOn?: string | null;
}

export type AgreementStatus = 'upcoming' | 'active' | 'ended';

/**
 * An agreement's dates, each refusal naming its field; the input's decorators have refused blank or
 * over-long texts.
 */
export function checkAgreement(agreement: AgreementFields): void {
  checkDate('startsOn', agreement.startsOn);
  if (agreement.endsOn != null) {
    checkDate('endsOn', agreement.endsOn);
    if (agreement.endsOn < agreement.startsOn)
      badInput('endsOn', InputErrorReason.DATE_ORDER, 'must be on or after the start date');
  }
}

export function checkDate(field: string, value: string): void {
  if (!isIsoDate(value)) badInput(field, InputErrorReason.INVALID_FORMAT, 'enter a date as YYYY-MM-DD');
  if (value < '2000-01-01' || value > '2099-12-31')
    badInput(field, InputErrorReason.OUT_OF_RANGE, 'must be a date from 2000 to 2099', {
      min: '2000-01-01',
      max: '2099-12-31',
    });
}

/** Two periods overlap unless one ends before the other starts (an open end runs for ever). */
export function periodsOverlap(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
): boolean {
  return (a.endsOn === null || a.endsOn >= b.startsOn) && (b.endsOn === null || b.endsOn >= a.startsOn);
}

export function agreementStatus(
  agreement: { startsOn: string; endsOn: string | null },
  today: string,
): AgreementStatus {
  if (agreement.startsOn > today) return 'upcoming';
  if (agreement.endsOn !== null && agreement.endsOn < today) return 'ended';
  return 'active';
}
