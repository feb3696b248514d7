import { InputErrorReason, badInput } from '@brobygger/api/util';
import { isIsoDate } from './calendar-dates';

export const AGREEMENT_TEXT_MAX = 4000;

export interface AgreementFields {
  startsOn: string;
  endsOn?: string | null;
  scope: string;
  commitments: string;
}

export type AgreementStatus = 'upcoming' | 'active' | 'ended';

/** An agreement's dates and texts, each refusal naming its field. */
export function checkAgreement(agreement: AgreementFields): void {
  checkDate('startsOn', agreement.startsOn);
  if (agreement.endsOn != null) {
    checkDate('endsOn', agreement.endsOn);
    if (agreement.endsOn < agreement.startsOn)
      badInput('endsOn', InputErrorReason.DATE_ORDER, 'must be on or after the start date');
  }
  for (const field of ['scope', 'commitments'] as const) {
    const text = agreement[field].trim();
    if (!text)
      badInput(
        field,
        InputErrorReason.REQUIRED,
        field === 'scope' ? 'describe what the agreement covers' : 'describe the commitments',
      );
    if (text.length > AGREEMENT_TEXT_MAX)
      badInput(field, InputErrorReason.TOO_LONG, `must be at most ${AGREEMENT_TEXT_MAX} characters`, {
        max: AGREEMENT_TEXT_MAX,
      });
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
