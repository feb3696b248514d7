import { solveMatching } from './engine';
import type { Participant, Provider } from './types';
import { BIT, PairChecker } from './constraints';
import { compileParticipants, compileProviders, Vocabulary } from './profiles';
import { CONSTRAINTS } from './types';
import {
  FREDERIKSSUND,
  instanceFactory,
  north,
  participantFactory,
  providerFactory,
  randomInstance,
} from '../testing/factories';

/** Matches one participant with one provider; returns the constraint that blocked it, or null. */
function blockedBy(
  participant: Partial<Participant>,
  provider: Partial<Provider>,
  extra: { mustNot?: boolean } = {},
): string | null {
  const p = participantFactory(participant);
  const v = providerFactory(provider);
  const result = solveMatching(
    instanceFactory({
      participants: [p],
      providers: [v],
      ...(extra.mustNot === true ? { mustNot: [[p.id, v.id]] } : {}),
    }),
  );
  if (result.assignments.length === 1) return null;
  const reason = result.unmatched[0].reason;
  expect(reason.key).toBe('noCandidate');
  return String(reason.params['constraint']);
}

describe('hard constraints', () => {
  describe('language', () => {
    const ar = (level: 'native' | 'fluent' | 'conversational' | 'basic') => [{ code: 'ar', level }];
    it('needs a shared language at conversational level or better on both sides', () => {
      expect(blockedBy({ languages: ar('conversational') }, { languages: ar('native') })).toBeNull();
      expect(blockedBy({ languages: ar('native') }, { languages: ar('basic') })).toBe('language');
      expect(blockedBy({ languages: ar('basic') }, { languages: ar('native') })).toBe('language');
      expect(blockedBy({ languages: ar('native') }, { languages: [{ code: 'da', level: 'native' }] })).toBe('language');
    });
    it('is waived when an interpreter is arranged', () => {
      expect(
        blockedBy({ languages: ar('native'), interpreter: true }, { languages: [{ code: 'da', level: 'native' }] }),
      ).toBeNull();
    });
    it('imposes nothing when one side lists no language', () => {
      expect(blockedBy({ languages: ar('native') }, {})).toBeNull();
      expect(blockedBy({}, { languages: ar('native') })).toBeNull();
    });
  });

  describe('distance', () => {
    it('keeps the pair within both sides’ maxDistanceKm (great circle)', () => {
      const near = north(FREDERIKSSUND, 4.9);
      expect(blockedBy({ location: FREDERIKSSUND, maxDistanceKm: 5 }, { location: near, maxDistanceKm: 5 })).toBeNull();
      expect(blockedBy({ location: FREDERIKSSUND, maxDistanceKm: 4.8 }, { location: near })).toBe('distance');
      expect(blockedBy({ location: FREDERIKSSUND }, { location: near, maxDistanceKm: 4.8 })).toBe('distance');
    });
    it('imposes nothing when a location is left out', () => {
      expect(blockedBy({ maxDistanceKm: 1 }, { location: north(FREDERIKSSUND, 50), maxDistanceKm: 1 })).toBeNull();
    });
  });

  it('preferredGender must equal the provider’s gender', () => {
    expect(blockedBy({ preferredGender: 'female' }, { gender: 'female' })).toBeNull();
    expect(blockedBy({ preferredGender: 'female' }, { gender: 'male' })).toBe('preferredGender');
    expect(blockedBy({ preferredGender: 'female' }, {})).toBe('preferredGender');
  });

  it('womenOnly admits only female participants', () => {
    expect(blockedBy({ gender: 'female' }, { womenOnly: true })).toBeNull();
    expect(blockedBy({ gender: 'male' }, { womenOnly: true })).toBe('womenOnly');
    expect(blockedBy({}, { womenOnly: true })).toBe('womenOnly');
    expect(blockedBy({ gender: 'male' }, { womenOnly: false })).toBeNull();
  });

  it('the participant’s age on today lies within ageRange (inclusive)', () => {
    // today is 2026-11-26: birth year 2020 → age 6, 2014 → 12.
    expect(blockedBy({ birthYear: 2020 }, { ageRange: { min: 6, max: 12 } })).toBeNull();
    expect(blockedBy({ birthYear: 2014 }, { ageRange: { min: 6, max: 12 } })).toBeNull();
    expect(blockedBy({ birthYear: 2021 }, { ageRange: { min: 6, max: 12 } })).toBe('ageRange');
    expect(blockedBy({ birthYear: 2013 }, { ageRange: { min: 6, max: 12 } })).toBe('ageRange');
    expect(blockedBy({ birthYear: 1990 }, { ageRange: { min: 18 } })).toBeNull();
  });

  it('a provider without a child certificate never meets a child under 15', () => {
    expect(blockedBy({ birthYear: 2012 }, { childCertificate: false })).toBe('childCertificate'); // 14
    expect(blockedBy({ birthYear: 2011 }, { childCertificate: false })).toBeNull(); // 15
    expect(blockedBy({ birthYear: 2012 }, { childCertificate: true })).toBeNull();
  });

  it('availability must overlap when both list it', () => {
    expect(blockedBy({ availability: ['mon-evening', 'sat-morning'] }, { availability: ['sat-morning'] })).toBeNull();
    expect(blockedBy({ availability: ['mon-evening'] }, { availability: ['mon-morning'] })).toBe('availability');
    expect(blockedBy({ availability: ['mon-evening'] }, {})).toBeNull();
  });

  it('mustNot pairs are never made', () => {
    expect(blockedBy({}, {}, { mustNot: true })).toBe('mustNot');
  });

  it('a provider with capacity 0 takes nobody', () => {
    expect(blockedBy({}, { capacity: 0 })).toBe('capacity');
  });

  it('names the constraint that excluded most providers', () => {
    const p = participantFactory({ languages: [{ code: 'ar', level: 'native' }], availability: ['mon-evening'] });
    const providers = [
      providerFactory({ languages: [{ code: 'da', level: 'native' }] }),
      providerFactory({ languages: [{ code: 'da', level: 'native' }], availability: ['tue-evening'] }),
      providerFactory({ languages: [{ code: 'ti', level: 'native' }] }),
    ];
    const result = solveMatching(instanceFactory({ participants: [p], providers }));
    expect(result.unmatched).toEqual([
      {
        participant: p.id,
        reason: { key: 'noCandidate', params: { constraint: 'language', excluded: 3, considered: 3 } },
      },
    ]);
  });
});

describe('noCandidate counts', () => {
  it('equal a pair-by-pair count of every violated rule over all providers', () => {
    let seen = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const instance = randomInstance(seed, { participants: 40, providers: 12 });
      const participants = [...instance.participants].sort((a, b) => (a.id < b.id ? -1 : 1));
      const providers = [...instance.providers].sort((a, b) => (a.id < b.id ? -1 : 1));
      const vocab = { languages: new Vocabulary(), interests: new Vocabulary() };
      const checker = new PairChecker(
        compileParticipants(participants, instance.today ?? '2026-11-26', vocab),
        compileProviders(providers, vocab),
        new Set(),
      );
      for (const limit of [undefined, 3]) {
        const result = solveMatching(instance, limit === undefined ? {} : { candidateLimit: limit });
        for (const u of result.unmatched) {
          if (u.reason.key !== 'noCandidate') continue;
          seen++;
          const i = participants.findIndex((p) => p.id === u.participant);
          const excluded = new Array<number>(CONSTRAINTS.length).fill(0);
          for (let j = 0; j < providers.length; j++) {
            const mask = checker.violations(i, j, true);
            expect(mask).not.toBe(0);
            CONSTRAINTS.forEach((c, k) => (excluded[k] += (mask & BIT[c]) !== 0 ? 1 : 0));
          }
          const most = excluded.indexOf(Math.max(...excluded));
          expect(u.reason.params).toEqual({
            constraint: CONSTRAINTS[most],
            excluded: excluded[most],
            considered: providers.length,
          });
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
