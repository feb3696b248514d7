import { TestBed } from '@angular/core/testing';
import { I18nService, LANGUAGES } from '@brobygger/web/shared/i18n';
import { ApiError, type ErrorReason } from './api-error';
import { FIELD_WORDINGS, REASON_WORDINGS, wordingOf } from './reason-wordings';

/** Every value any reason's `details` may hold, as the API sends them. */
const DETAILS = {
  min: 1,
  max: 52,
  name: 'Skibby Bylaug',
  amount: '600,00 kr.',
  year: 2026,
  remaining: '500,00 kr.',
  remainingOre: 50000,
  granted: '1.500,00 kr.',
  grantedOre: 150000,
  retryAt: '2026-11-26T12:05:00.000Z',
  retryAfterSeconds: 300,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  title: 'Fodbold for børn',
  referrals: 2,
  status: 'approved',
  milestoneMonths: 3,
  firstSessionOn: '2026-12-01',
  role: 'administrator',
};

const reasons = Object.keys(REASON_WORDINGS) as ErrorReason[];

describe('the texts for every error reason', () => {
  beforeEach(() => localStorage.clear());

  it.each(LANGUAGES.map((language) => language.code))('exist in %s, with every placeholder filled', (code) => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage(code);
    for (const reason of reasons) {
      const wording = wordingOf(new ApiError('BAD_USER_INPUT', 'message', { reason, details: DETAILS }));
      const text = wording && i18n.t(wording.key, wording.params);
      expect({ reason, text }).toEqual({ reason, text: expect.stringMatching(/\S/) });
      expect({ reason, text }).not.toEqual({ reason, text: expect.stringMatching(/\{\w+\}/) });
    }
    for (const [reason, byField] of Object.entries(FIELD_WORDINGS)) {
      for (const [field, key] of Object.entries(byField)) {
        expect({ reason, field, text: i18n.t(key, DETAILS) }).toEqual({
          reason,
          field,
          text: expect.stringMatching(/^[^{}]*\S[^{}]*$/),
        });
      }
    }
  });

  it('covers every reason once, which the Record type already demands', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(reasons).toEqual(expect.arrayContaining(['REQUIRED', 'NOT_FOUND', 'INTERNAL', 'BUDGET_EXCEEDED']));
  });
});
