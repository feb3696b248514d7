import { DomainError } from '@brobygger/api/util';
import { checkOffer, type OfferFields } from './offer-rules';

const now = new Date('2026-11-27T10:00:00Z');
const base: OfferFields = {};

function fieldOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return undefined;
}

describe('checkOffer', () => {
  it('accepts a complete offer of each kind', () => {
    expect(fieldOf(() => checkOffer('trial-membership', { ...base, trialWeeks: 8 }, now))).toBeUndefined();
    expect(
      fieldOf(() => checkOffer('fritidspas', { ...base, ageMin: 7, ageMax: 12, seasonFeeOre: 120000 }, now)),
    ).toBeUndefined();
    expect(fieldOf(() => checkOffer('peer-group', { ...base, targetGroup: 'kvinder' }, now))).toBeUndefined();
    expect(
      fieldOf(() =>
        checkOffer('event', { ...base, eventKind: 'food-cafe', startsAt: new Date('2026-12-05T17:00:00Z') }, now),
      ),
    ).toBeUndefined();
  });

  it('names the field that is wrong', () => {
    expect(fieldOf(() => checkOffer('peer-group', { ...base, ageMin: 12, ageMax: 7, targetGroup: 'unge' }, now))).toBe(
      'ageMax',
    );
    expect(fieldOf(() => checkOffer('trial-membership', base, now))).toBe('trialWeeks');
    expect(fieldOf(() => checkOffer('fritidspas', { ...base, ageMax: 25, seasonFeeOre: 0 }, now))).toBe('ageMax');
    expect(fieldOf(() => checkOffer('fritidspas', { ...base, ageMax: 12 }, now))).toBe('seasonFeeOre');
    expect(fieldOf(() => checkOffer('peer-group', base, now))).toBe('targetGroup');
    expect(fieldOf(() => checkOffer('event', { ...base, startsAt: new Date('2026-12-05T17:00:00Z') }, now))).toBe(
      'eventKind',
    );
    expect(
      fieldOf(() => checkOffer('event', { ...base, eventKind: 'bus-tour', startsAt: new Date('2026-01-01') }, now)),
    ).toBe('startsAt');
    expect(
      fieldOf(() =>
        checkOffer(
          'event',
          {
            ...base,
            eventKind: 'bus-tour',
            startsAt: new Date('2026-12-05T17:00:00Z'),
            registrationDeadline: new Date('2026-12-06T17:00:00Z'),
          },
          now,
        ),
      ),
    ).toBe('registrationDeadline');
  });
});
