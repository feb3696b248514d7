import { prepareMatching } from './engine';
import type { AssignmentProblem } from './min-cost-flow';
import { randomInstance, seededRandom } from '../testing/factories';

/** Each participant's pairs as "provider:weight", in provider order. */
function pairsOf(problem: AssignmentProblem): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < problem.participantCount; i++) {
    const list: string[] = [];
    for (let e = problem.edgeStart[i]; e < problem.edgeStart[i + 1]; e++)
      list.push(`${problem.edgeProvider[e]}:${problem.edgeWeight[e]}`);
    out.push(list);
  }
  return out;
}

function topOf(list: readonly string[], limit: number): string[] {
  const parsed = list.map((s) => s.split(':').map(Number));
  parsed.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return parsed
    .slice(0, limit)
    .sort((a, b) => a[0] - b[0])
    .map(([j, w]) => `${j}:${w}`);
}

describe('candidate generation', () => {
  it('with a limit, keeps exactly the best pairs (score, then provider id) that a full scan would', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const instance = randomInstance(seed, { participants: 60, providers: 200 });
      const all = pairsOf(prepareMatching(instance).problem);
      for (const limit of [1, 3, 10]) {
        const limited = pairsOf(prepareMatching(instance, { candidateLimit: limit }).problem);
        expect(limited).toEqual(all.map((list) => topOf(list, limit)));
      }
    }
  });

  it('the branch-and-bound search stays exact under any weights, zero and negative ones included', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const random = seededRandom(1000 + seed);
      const weight = (): number => [0, -5, 3, 10, 40][Math.floor(random() * 5)] + Math.round(random() * 100) / 100;
      const instance = {
        ...randomInstance(seed, { participants: 50, providers: 400 }),
        weights: {
          base: weight(),
          distance: weight(),
          sharedInterests: weight(),
          languageFit: weight(),
          ageGroupFit: weight(),
          waitingTime: weight(),
        },
      };
      const all = pairsOf(prepareMatching(instance).problem);
      for (const limit of [1, 7, 25]) {
        const limited = pairsOf(prepareMatching(instance, { candidateLimit: limit }).problem);
        expect(limited).toEqual(all.map((list) => topOf(list, limit)));
      }
    }
  });

  it('compares fewer pairs than participants × providers when locations and languages allow', () => {
    const instance = randomInstance(3, { participants: 200, providers: 300 });
    const prepared = prepareMatching(instance, { candidateLimit: 5 });
    expect(prepared.stats.comparisons).toBeLessThan(200 * 300);
  });
});
