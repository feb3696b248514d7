import fc from 'fast-check';
import highsLoader, { type Highs } from 'highs';
import { solveGreedy } from './greedy';
import { solveAssignment, type AssignmentProblem } from './min-cost-flow';
import { highsOptimum } from '../testing/highs-optimum';

interface RawProblem {
  capacity: number[];
  edges: { participant: number; provider: number; weight: number }[][];
}

function toProblem(raw: RawProblem): AssignmentProblem {
  const start = [0];
  const provider: number[] = [];
  const weight: number[] = [];
  for (const list of raw.edges) {
    for (const e of list) {
      provider.push(e.provider);
      weight.push(e.weight);
    }
    start.push(provider.length);
  }
  return {
    participantCount: raw.edges.length,
    providerCount: raw.capacity.length,
    capacity: Int32Array.from(raw.capacity),
    edgeStart: Int32Array.from(start),
    edgeProvider: Int32Array.from(provider),
    edgeWeight: Float64Array.from(weight),
  };
}

const rawProblem = (maxP: number, maxV: number, maxW: number): fc.Arbitrary<RawProblem> =>
  fc.record({ p: fc.integer({ min: 0, max: maxP }), v: fc.integer({ min: 1, max: maxV }) }).chain(({ p, v }) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: v, maxLength: v }),
      edges: fc.array(
        fc
          .uniqueArray(fc.integer({ min: 0, max: v - 1 }), { maxLength: v })
          .chain((providers) =>
            fc.tuple(
              ...providers.map((j) =>
                fc
                  .integer({ min: -maxW / 4, max: maxW })
                  .map((w) => ({ participant: 0, provider: j, weight: Math.round(w) })),
              ),
            ),
          ),
        { minLength: p, maxLength: p },
      ),
    }),
  );

function bruteForce(raw: RawProblem): number {
  const left = [...raw.capacity];
  let best = 0;
  const search = (i: number, total: number): void => {
    if (i === raw.edges.length) {
      best = Math.max(best, total);
      return;
    }
    search(i + 1, total);
    for (const e of raw.edges[i]) {
      if (e.weight > 0 && left[e.provider] > 0) {
        left[e.provider]--;
        search(i + 1, total + e.weight);
        left[e.provider]++;
      }
    }
  };
  search(0, 0);
  return best;
}

function checkFeasible(problem: AssignmentProblem, providerOf: Int32Array): number {
  const used = new Int32Array(problem.providerCount);
  let total = 0;
  providerOf.forEach((j, i) => {
    if (j < 0) return;
    used[j]++;
    let w: number | undefined;
    for (let e = problem.edgeStart[i]; e < problem.edgeStart[i + 1]; e++)
      if (problem.edgeProvider[e] === j) w = problem.edgeWeight[e];
    expect(w).toBeDefined();
    total += w ?? 0;
  });
  used.forEach((n, j) => expect(n).toBeLessThanOrEqual(problem.capacity[j]));
  return total;
}

describe('solveAssignment (cost-scaling min-cost flow)', () => {
  it('solves a hand-made instance where greedy is not optimal', () => {
    // p0 likes v0 (10) and v1 (9); p1 likes only v0 (8). Greedy gives 10; optimum is 9 + 8.
    const problem = toProblem({
      capacity: [1, 1],
      edges: [
        [
          { participant: 0, provider: 0, weight: 10 },
          { participant: 0, provider: 1, weight: 9 },
        ],
        [{ participant: 1, provider: 0, weight: 8 }],
      ],
    });
    expect(solveGreedy(problem).objective).toBe(10);
    const solution = solveAssignment(problem);
    expect(solution.objective).toBe(17);
    expect(Array.from(solution.providerOf)).toEqual([1, 0]);
  });

  it('equals a brute-force optimum on tiny random instances, within capacities', () => {
    fc.assert(
      fc.property(rawProblem(6, 4, 40), fc.integer({ min: 2, max: 16 }), (raw, scalingFactor) => {
        const problem = toProblem(raw);
        const solution = solveAssignment(problem, { scalingFactor });
        expect(checkFeasible(problem, solution.providerOf)).toBe(solution.objective);
        expect(solution.objective).toBe(bruteForce(raw));
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(rawProblem(20, 8, 1000), (raw) => {
        const a = solveAssignment(toProblem(raw));
        const b = solveAssignment(toProblem(raw));
        expect(Array.from(a.providerOf)).toEqual(Array.from(b.providerOf));
      }),
      { numRuns: 50 },
    );
  });

  describe('against HiGHS', () => {
    let highs: Highs;
    beforeAll(async () => {
      highs = await highsLoader();
    });

    it('equals the LP optimum on larger random instances', () => {
      fc.assert(
        fc.property(rawProblem(80, 30, 100_000), (raw) => {
          const problem = toProblem(raw);
          const solution = solveAssignment(problem);
          expect(checkFeasible(problem, solution.providerOf)).toBe(solution.objective);
          const lp = highsOptimum(highs, problem);
          expect(lp.status).toBe(highs.constants.modelStatus.optimal);
          expect(solution.objective).toBeCloseTo(lp.objective, 3);
        }),
        { numRuns: 40 },
      );
    });
  });
});
