import type { AssignmentProblem, AssignmentSolution } from './min-cost-flow';

/**
 * Baseline for the benchmark: take pairs from the highest score down (ties by participant, then
 * provider index) while both sides have room. Fast and deterministic, but not optimal.
 */
export function solveGreedy(problem: AssignmentProblem): AssignmentSolution {
  const { participantCount: P, edgeStart, edgeProvider, edgeWeight } = problem;
  const E = edgeStart[P];
  const owner = new Int32Array(E);
  for (let i = 0; i < P; i++) for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) owner[e] = i;
  const order: number[] = [];
  for (let e = 0; e < E; e++) if (edgeWeight[e] > 0) order.push(e);
  order.sort((a, b) => edgeWeight[b] - edgeWeight[a] || a - b);
  const left = Int32Array.from(problem.capacity);
  const providerOf = new Int32Array(P).fill(-1);
  let objective = 0;
  for (const e of order) {
    const i = owner[e];
    const j = edgeProvider[e];
    if (providerOf[i] >= 0 || left[j] <= 0) continue;
    providerOf[i] = j;
    left[j]--;
    objective += edgeWeight[e];
  }
  return { providerOf, objective };
}
