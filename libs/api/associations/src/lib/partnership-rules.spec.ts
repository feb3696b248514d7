import { DomainError } from '@brobygger/api/util';
import { isIsoDate } from '@brobygger/api/util';
import { addDays, copenhagenDate } from './calendar-dates';
import { agreementStatus, checkAgreement, periodsOverlap } from './partnership-rules';

function fieldOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return undefined;
}

const base = { startsOn: '2026-01-01', endsOn: '2026-12-31', scope: 'Prøvemedlemskaber', commitments: '4 pladser' };

describe('partnership agreement rules', () => {
  it('accepts a complete agreement, with or without an end date', () => {
    expect(fieldOf(() => checkAgreement(base))).toBeUndefined();
    expect(fieldOf(() => checkAgreement({ ...base, endsOn: null }))).toBeUndefined();
    expect(fieldOf(() => checkAgreement({ ...base, endsOn: base.startsOn }))).toBeUndefined();
  });

  it('names the field that is wrong', () => {
    expect(fieldOf(() => checkAgreement({ ...base, startsOn: '01.01.2026' }))).toBe('startsOn');
    expect(fieldOf(() => checkAgreement({ ...base, startsOn: '2026-02-30' }))).toBe('startsOn');
    expect(fieldOf(() => checkAgreement({ ...base, startsOn: '1999-12-31' }))).toBe('startsOn');
    expect(fieldOf(() => checkAgreement({ ...base, endsOn: '2025-12-31' }))).toBe('endsOn');
  });

  it('finds overlapping periods, open ends running for ever', () => {
    const a = { startsOn: '2026-01-01', endsOn: '2026-06-30' };
    expect(periodsOverlap(a, { startsOn: '2026-06-30', endsOn: null })).toBe(true);
    expect(periodsOverlap(a, { startsOn: '2026-07-01', endsOn: null })).toBe(false);
    expect(periodsOverlap({ startsOn: '2026-01-01', endsOn: null }, { startsOn: '2030-01-01', endsOn: null })).toBe(
      true,
    );
    expect(periodsOverlap(a, { startsOn: '2025-01-01', endsOn: '2025-12-31' })).toBe(false);
  });

  it('tells upcoming, active and ended apart; the last day still counts as active', () => {
    expect(agreementStatus(base, '2025-12-31')).toBe('upcoming');
    expect(agreementStatus(base, '2026-01-01')).toBe('active');
    expect(agreementStatus(base, '2026-12-31')).toBe('active');
    expect(agreementStatus(base, '2027-01-01')).toBe('ended');
    expect(agreementStatus({ ...base, endsOn: null }, '2099-01-01')).toBe('active');
  });

  it('works with calendar days in Copenhagen', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    // 23:30 UTC on 31 December is already New Year's Day in Copenhagen.
    expect(copenhagenDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
