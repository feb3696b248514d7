import { solveMatching } from './engine';
import { DEFAULT_WEIGHTS } from './scoring';
import type { Feature, Participant, Provider, Weights } from './types';
import { FREDERIKSSUND, instanceFactory, north, participantFactory, providerFactory } from '../testing/factories';

const only = (feature: Feature): Weights => ({
  base: 0,
  distance: 0,
  sharedInterests: 0,
  languageFit: 0,
  ageGroupFit: 0,
  waitingTime: 0,
  [feature]: 100,
});

function scorePair(participant: Partial<Participant>, provider: Partial<Provider>, weights?: Weights) {
  const result = solveMatching(
    instanceFactory({
      participants: [participantFactory(participant)],
      providers: [providerFactory(provider)],
      ...(weights ? { weights } : {}),
    }),
  );
  return result.assignments[0];
}

describe('score features', () => {
  it('documents its default weights', () => {
    expect(DEFAULT_WEIGHTS).toEqual({
      base: 10,
      distance: 25,
      sharedInterests: 25,
      languageFit: 20,
      ageGroupFit: 5,
      waitingTime: 15,
    });
  });

  it('base: every admissible pair earns it, so a match beats none', () => {
    const a = scorePair({}, {});
    expect(a.score).toBe(10);
    expect(a.reasons).toEqual([]);
  });

  it('distance: 1 at 0 km, 0 at the tighter maxDistanceKm', () => {
    const a = scorePair(
      { location: FREDERIKSSUND, maxDistanceKm: 10 },
      { location: north(FREDERIKSSUND, 5), maxDistanceKm: 20 },
      only('distance'),
    );
    expect(a.score).toBeCloseTo(50, 1);
    expect(a.reasons).toEqual([{ key: 'distance', params: { km: 5 } }]);
  });

  it('distance: falls to 0 at 25 km when no maxDistanceKm is set', () => {
    expect(
      scorePair({ location: FREDERIKSSUND }, { location: north(FREDERIKSSUND, 5) }, only('distance')).score,
    ).toBeCloseTo(80, 1);
  });

  it('shared interests: shared / the shorter list, one reason per interest', () => {
    const a = scorePair(
      { interests: ['football', 'chess'] },
      { interests: ['music', 'football', 'cooking'] },
      only('sharedInterests'),
    );
    expect(a.score).toBe(50);
    expect(a.reasons).toEqual([{ key: 'sharedInterest', params: { interest: 'football' } }]);
  });

  it('language fit: the best shared language at the weaker side’s level (native 1 … basic 0.25)', () => {
    const a = scorePair(
      {
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'da', level: 'basic' },
        ],
      },
      {
        languages: [
          { code: 'ar', level: 'fluent' },
          { code: 'da', level: 'native' },
        ],
      },
      only('languageFit'),
    );
    expect(a.score).toBe(75);
    expect(a.reasons).toEqual([{ key: 'sharedLanguage', params: { code: 'ar', level: 'fluent' } }]);
  });

  it('language fit: an interpreter is named when no language is shared', () => {
    const a = scorePair(
      { languages: [{ code: 'ti', level: 'native' }], interpreter: true },
      { languages: [{ code: 'da', level: 'native' }] },
    );
    expect(a.reasons).toContainEqual({ key: 'interpreter', params: {} });
  });

  it('age-group fit: 1 at the middle of the range, lower towards its edges', () => {
    expect(scorePair({ birthYear: 2017 }, { ageRange: { min: 6, max: 12 } }, only('ageGroupFit')).score).toBe(100); // 9
    const edge = scorePair({ birthYear: 2020 }, { ageRange: { min: 6, max: 12 } }, only('ageGroupFit')); // 6
    expect(edge.score).toBe(25);
    expect(edge.reasons).toEqual([{ key: 'ageGroup', params: { age: 6, min: 6, max: 12 } }]);
  });

  it('waiting time: days waited / 365, capped at 1', () => {
    const a = scorePair({ waitingSince: '2026-10-16' }, {}, only('waitingTime'));
    expect(a.score).toBe(11.23); // 41 / 365 × 100, rounded to 2 decimals
    expect(a.reasons).toEqual([{ key: 'waited', params: { days: 41 } }]);
    expect(scorePair({ waitingSince: '2024-01-01' }, {}, only('waitingTime')).score).toBe(100);
  });

  it('the participant who has waited longest wins a contested slot', () => {
    const provider = providerFactory();
    const early = participantFactory({ id: 'zz-early', waitingSince: '2026-01-01' });
    const late = participantFactory({ id: 'aa-late', waitingSince: '2026-11-01' });
    const result = solveMatching(instanceFactory({ participants: [late, early], providers: [provider] }));
    expect(result.assignments.map((a) => a.participant)).toEqual(['zz-early']);
    expect(result.unmatched).toEqual([
      { participant: 'aa-late', reason: { key: 'capacityTaken', params: { candidates: 1 } } },
    ]);
  });

  it('a pair scoring 0 or less is not worth making', () => {
    const result = solveMatching(
      instanceFactory({
        participants: [participantFactory({ id: 'p' })],
        providers: [providerFactory()],
        weights: { base: 0 },
      }),
    );
    expect(result.unmatched).toEqual([
      { participant: 'p', reason: { key: 'noPositiveScore', params: { candidates: 1 } } },
    ]);
  });
});
