import type { Highs } from 'highs';
import type { AssignmentProblem } from '../lib/min-cost-flow';

export interface LpOptimum {
  readonly objective: number;
  /** Pairs with value ≥ 0.5 in HiGHS's solution (the LP optimum of a b-matching is integral). */
  readonly matched: number;
  readonly status: number;
}

/**
 * Solves the LP of the capacitated assignment with HiGHS: one column per candidate pair
 * (0 ≤ x ≤ 1, positive weight only), a row per participant (Σ x ≤ 1) and one per provider
 * (Σ x ≤ capacity). Bipartite b-matching constraints are totally unimodular, so the LP optimum
 * equals the integer optimum. For tests and the benchmark only.
 */
export function highsOptimum(highs: Highs, problem: AssignmentProblem, timeLimitSeconds = Infinity): LpOptimum {
  const { participantCount: P, providerCount: V, capacity, edgeStart, edgeProvider, edgeWeight } = problem;
  const columns: number[] = [];
  for (let i = 0; i < P; i++) {
    for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
      if (edgeWeight[e] > 0 && capacity[edgeProvider[e]] > 0) columns.push(e);
    }
  }
  if (columns.length === 0) return { objective: 0, matched: 0, status: highs.constants.modelStatus.optimal };
  const owner = new Int32Array(edgeStart[P]);
  for (let i = 0; i < P; i++) for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) owner[e] = i;
  const n = columns.length;
  const starts = new Int32Array(n + 1);
  const indices = new Int32Array(2 * n);
  const values = new Float64Array(2 * n).fill(1);
  const colCost = new Float64Array(n);
  columns.forEach((e, k) => {
    starts[k + 1] = 2 * (k + 1);
    indices[2 * k] = owner[e];
    indices[2 * k + 1] = P + edgeProvider[e];
    colCost[k] = edgeWeight[e];
  });
  const rowUpper = new Float64Array(P + V);
  for (let i = 0; i < P; i++) rowUpper[i] = 1;
  for (let j = 0; j < V; j++) rowUpper[P + j] = capacity[j];
  const model = highs.createModel({
    numCols: n,
    numRows: P + V,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(P + V).fill(-highs.infinity),
    rowUpper,
    matrix: { format: 'csc', numRows: P + V, numCols: n, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false });
    if (Number.isFinite(timeLimitSeconds)) model.options.set({ time_limit: timeLimitSeconds });
    model.run();
    const status = model.getModelStatus();
    const x = model.getSolution().colValue;
    let matched = 0;
    for (let k = 0; k < n; k++) if (x[k] >= 0.5) matched++;
    return { objective: model.getObjectiveValue(), matched, status };
  } finally {
    model.dispose();
  }
}
