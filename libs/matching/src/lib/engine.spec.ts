import fc from 'fast-check';
import highsLoader, { type Highs } from 'highs';
import { prepareMatching, solveMatching } from './engine';
import { MatchingInputError } from './errors';
import { solveAssignment } from './min-cost-flow';
import type { MatchingInstance, MatchingResult } from './types';
import {
  instanceFactory,
  pairFactory,
  participantFactory,
  providerFactory,
  randomInstance,
} from '../testing/factories';
import { highsOptimum } from '../testing/highs-optimum';
import { bruteForceOptimum, brokenConstraints } from '../testing/oracle';

function impossibleMust(run: () => unknown): MatchingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MatchingInputError && error.code === 'impossible-must') return error;
    throw error;
  }
  throw new Error('expected an impossible-must error');
}

/** Every invariant of a result that does not depend on optimality. */
function expectValid(instance: MatchingInstance, result: MatchingResult): void {
  const participants = new Map(instance.participants.map((p) => [p.id, p]));
  const providers = new Map(instance.providers.map((v) => [v.id, v]));
  const load = new Map<string, number>();
  const seen = new Set<string>();
  for (const a of result.assignments) {
    const p = participants.get(a.participant);
    const v = providers.get(a.provider);
    if (p === undefined || v === undefined) throw new Error(`unknown ids in ${JSON.stringify(a)}`);
    expect(seen.has(a.participant)).toBe(false);
    seen.add(a.participant);
    expect(brokenConstraints(instance, p, v)).toEqual([]);
    load.set(a.provider, (load.get(a.provider) ?? 0) + 1);
    if (instance.pairs !== undefined) {
      expect(instance.pairs.find((x) => x.participant === a.participant && x.provider === a.provider)?.score).toBe(
        a.score,
      );
    }
  }
  for (const [id, n] of load) expect(n).toBeLessThanOrEqual(providers.get(id)?.capacity ?? 0);
  for (const [p, v] of instance.must ?? [])
    expect(result.assignments.find((a) => a.participant === p)?.provider).toBe(v);
  for (const u of result.unmatched) expect(seen.has(u.participant)).toBe(false);
  expect(result.assignments.length + result.unmatched.length).toBe(instance.participants.length);
  const sum = result.assignments.reduce((s, a) => s + a.score, 0);
  expect(result.objective).toBeCloseTo(sum, 6);
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let k = out.length - 1; k > 0; k--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const m = s % (k + 1);
    [out[k], out[m]] = [out[m], out[k]];
  }
  return out;
}

describe('solveMatching', () => {
  describe('locks', () => {
    const p1 = participantFactory({ id: 'p1' });
    const p2 = participantFactory({ id: 'p2' });
    const v1 = providerFactory({ id: 'v1' });
    const v2 = providerFactory({ id: 'v2' });
    const pairs = [
      pairFactory('p1', 'v1', 10),
      pairFactory('p1', 'v2', 1),
      pairFactory('p2', 'v1', 9),
      pairFactory('p2', 'v2', 8),
    ];

    it('makes a must pair even when it lowers the objective', () => {
      const free = solveMatching(instanceFactory({ participants: [p1, p2], providers: [v1, v2], pairs }));
      expect(free.objective).toBe(18);
      const locked = solveMatching(
        instanceFactory({ participants: [p1, p2], providers: [v1, v2], pairs, must: [['p1', 'v2']] }),
      );
      expect(locked.objective).toBe(10);
      expect(locked.assignments).toEqual([
        {
          participant: 'p1',
          provider: 'v2',
          score: 1,
          reasons: [
            { key: 'locked', params: {} },
            { key: 'providedScore', params: { score: 1 } },
          ],
        },
        { participant: 'p2', provider: 'v1', score: 9, reasons: [{ key: 'providedScore', params: { score: 9 } }] },
      ]);
    });

    it('never makes a mustNot pair', () => {
      const result = solveMatching(
        instanceFactory({ participants: [p1, p2], providers: [v1, v2], pairs, mustNot: [['p1', 'v1']] }),
      );
      expect(result.assignments.map((a) => [a.participant, a.provider])).toEqual([
        ['p1', 'v2'],
        ['p2', 'v1'],
      ]);
    });

    it('names an impossible must: a broken hard constraint', () => {
      const error = impossibleMust(() =>
        solveMatching(
          instanceFactory({
            participants: [participantFactory({ id: 'p1', gender: 'male' })],
            providers: [providerFactory({ id: 'v1', womenOnly: true })],
            must: [['p1', 'v1']],
          }),
        ),
      );
      expect(error.path).toBe('must[0]');
      expect(error.message).toBe('must[0]: p1–v1 breaks the hard constraint womenOnly');
    });

    it('names an impossible must: capacity exceeded, or the pair also in mustNot', () => {
      const over = impossibleMust(() =>
        solveMatching(
          instanceFactory({
            participants: [p1, p2],
            providers: [v1],
            must: [
              ['p1', 'v1'],
              ['p2', 'v1'],
            ],
          }),
        ),
      );
      expect(over.message).toBe('must[1]: p2–v1 exceeds the capacity 1 of provider "v1"');
      const both = impossibleMust(() =>
        solveMatching(
          instanceFactory({ participants: [p1], providers: [v1], must: [['p1', 'v1']], mustNot: [['p1', 'v1']] }),
        ),
      );
      expect(both.message).toBe('must[0]: p1–v1 breaks the hard constraint mustNot');
    });

    it('names an impossible must: two providers for one participant, or not a candidate pair', () => {
      expect(
        impossibleMust(() =>
          solveMatching(
            instanceFactory({
              participants: [p1],
              providers: [v1, v2],
              must: [
                ['p1', 'v1'],
                ['p1', 'v2'],
              ],
            }),
          ),
        ).path,
      ).toBe('must[1]');
      expect(
        impossibleMust(() =>
          solveMatching(
            instanceFactory({
              participants: [p1],
              providers: [v1, v2],
              pairs: [pairFactory('p1', 'v1', 3)],
              must: [['p1', 'v2']],
            }),
          ),
        ).message,
      ).toBe('must[0]: p1–v2 is not among the candidate pairs');
    });
  });

  describe('given pairs', () => {
    it('uses only the given pairs, with their scores as they are, and still applies hard constraints', () => {
      const result = solveMatching(
        instanceFactory({
          participants: [participantFactory({ id: 'p1', preferredGender: 'female' }), participantFactory({ id: 'p2' })],
          providers: [
            providerFactory({ id: 'v1', gender: 'male', capacity: 2 }),
            providerFactory({ id: 'v2', capacity: 2 }),
          ],
          pairs: [pairFactory('p1', 'v1', 57), pairFactory('p2', 'v1', 12.5)],
        }),
      );
      expect(result.assignments.map((a) => [a.participant, a.provider, a.score])).toEqual([['p2', 'v1', 12.5]]);
      expect(result.objective).toBe(12.5);
      expect(result.unmatched).toEqual([
        {
          participant: 'p1',
          reason: { key: 'noCandidate', params: { constraint: 'preferredGender', excluded: 1, considered: 1 } },
        },
      ]);
    });

    it('explains a participant without pairs', () => {
      const result = solveMatching(
        instanceFactory({
          participants: [participantFactory({ id: 'p1' })],
          providers: [providerFactory({ id: 'v1' })],
          pairs: [],
        }),
      );
      expect(result.unmatched).toEqual([{ participant: 'p1', reason: { key: 'noCandidatePairs', params: {} } }]);
    });
  });

  it('gives the same output for the same instance, whatever the order of its arrays', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const instance = randomInstance(seed, { participants: 25, providers: 12, locks: true });
      let first: string | undefined;
      try {
        first = JSON.stringify(solveMatching(instance));
      } catch (error) {
        if (!(error instanceof MatchingInputError)) throw error;
        continue;
      }
      expect(JSON.stringify(solveMatching(instance))).toBe(first);
      const reordered = {
        ...instance,
        participants: shuffled(instance.participants, seed),
        providers: shuffled(instance.providers, seed + 1),
      };
      expect(JSON.stringify(solveMatching(reordered))).toBe(first);
    }
  });

  describe('on random instances (property tests)', () => {
    it('with given pairs: the objective equals a brute-force optimum; constraints, capacities and locks hold', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.integer({ min: 0, max: 6 }),
          fc.integer({ min: 1, max: 4 }),
          fc.boolean(),
          (seed, p, v, bare) => {
            const instance = randomInstance(seed, {
              participants: p,
              providers: v,
              withPairs: true,
              locks: true,
              bare,
            });
            const optimum = bruteForceOptimum(instance);
            let result: MatchingResult;
            try {
              result = solveMatching(instance);
            } catch (error) {
              if (error instanceof MatchingInputError && error.code === 'impossible-must') {
                expect(optimum).toBeNull();
                return;
              }
              throw error;
            }
            expect(optimum).not.toBeNull();
            expectValid(instance, result);
            expect(result.objective).toBe(optimum);
          },
        ),
        { numRuns: 300 },
      );
    });

    describe('against HiGHS', () => {
      let highs: Highs;
      beforeAll(async () => {
        highs = await highsLoader();
      });

      it('with engine scores: the objective equals the LP optimum over the same candidates', () => {
        fc.assert(
          fc.property(
            fc.integer({ min: 0, max: 2 ** 31 - 1 }),
            fc.integer({ min: 10, max: 120 }),
            fc.integer({ min: 3, max: 50 }),
            (seed, p, v) => {
              const instance = randomInstance(seed, { participants: p, providers: v, locks: true });
              let result: MatchingResult;
              try {
                result = solveMatching(instance);
              } catch (error) {
                if (error instanceof MatchingInputError && error.code === 'impossible-must') return;
                throw error;
              }
              expectValid(instance, result);
              const prepared = prepareMatching(instance);
              const lp = highsOptimum(highs, prepared.problem);
              expect(lp.status).toBe(highs.constants.modelStatus.optimal);
              const locked = result.assignments
                .filter((a) => a.reasons[0]?.key === 'locked')
                .reduce((s, a) => s + a.score, 0);
              expect(result.objective).toBeCloseTo(lp.objective / prepared.scale + locked, 6);
              expect(solveAssignment(prepared.problem).objective).toBeCloseTo(lp.objective, 6);
            },
          ),
          { numRuns: 40 },
        );
      });
    });
  });
});
