/**
 * Exact maximum-weight capacitated assignment ("b-matching") by cost-scaling push–relabel
 * (Goldberg–Tarjan), specialised to the bipartite network of the matching problem.
 *
 * Network: every participant i has supply 1; the sink T has demand P (the participant count).
 *   i → j   capacity 1,   cost −w(i,j)·(N+1)   for each candidate pair with w > 0
 *   i → T   capacity 1,   cost 0               (staying unmatched)
 *   j → T   capacity c_j, cost 0               (provider j's slots)
 * with N = P + V + 1 nodes. A minimum-cost flow is a maximum-weight assignment. Costs are
 * multiplied by N+1 so that an ε-optimal flow with ε = 1 is optimal: every residual cycle
 * has at most N arcs, so its cost is > −(N+1) and, being a multiple of N+1, is ≥ 0.
 * All quantities are integers held in doubles (exact below 2^53; checked up front).
 *
 * Deterministic: nodes and arcs are processed in index order, FIFO.
 */

export interface AssignmentProblem {
  readonly participantCount: number;
  readonly providerCount: number;
  /** Slots per provider (≥ 0). */
  readonly capacity: Int32Array;
  /** Candidate pairs in CSR form by participant: pairs of i are edgeStart[i] .. edgeStart[i+1]. */
  readonly edgeStart: Int32Array;
  readonly edgeProvider: Int32Array;
  /** Integer weights; pairs with weight ≤ 0 are never worth making and are ignored. */
  readonly edgeWeight: Float64Array;
}

export interface AssignmentSolution {
  /** Provider index per participant, or −1. */
  readonly providerOf: Int32Array;
  /** Sum of the weights of the pairs made. */
  readonly objective: number;
}

export interface SolverOptions {
  /** ε is divided by this factor between refinements (default 5). */
  readonly scalingFactor?: number;
}

export class ScoreRangeError extends Error {}

const MAX_EXACT = 2 ** 53;
const CACHE = 4;

export function solveAssignment(problem: AssignmentProblem, options: SolverOptions = {}): AssignmentSolution {
  const P = problem.participantCount;
  const V = problem.providerCount;
  const alpha = options.scalingFactor ?? 5;
  const { capacity, edgeStart, edgeProvider, edgeWeight } = problem;

  // Count useful edges (positive weight, provider with capacity).
  let E = 0;
  let maxWeight = 0;
  const indegree = new Int32Array(V);
  for (let i = 0; i < P; i++) {
    for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
      const w = edgeWeight[e];
      const j = edgeProvider[e];
      if (w > 0 && capacity[j] > 0) {
        E++;
        indegree[j]++;
        if (w > maxWeight) maxWeight = w;
      }
    }
  }
  const providerOf = new Int32Array(P).fill(-1);
  if (E === 0) return { providerOf, objective: 0 };

  const N = P + V + 1;
  const T = P + V;
  const M = N + 1;
  // Prices move by at most about 3·N·ε per refinement (Goldberg–Tarjan); the ε sum is < 2·C·M.
  if (maxWeight * M * (6 * N + 4) >= MAX_EXACT) {
    throw new ScoreRangeError(
      `scores up to ${maxWeight} (in solver units) are too large for exact arithmetic with ${N} nodes`,
    );
  }

  // Residual graph in CSR form by tail node. Arc a and its reverse mate[a].
  const first = new Int32Array(N + 1);
  for (let i = 0; i < P; i++) {
    let d = 1; // i → T
    for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) if (edgeWeight[e] > 0 && capacity[edgeProvider[e]] > 0) d++;
    first[i + 1] = d;
  }
  for (let j = 0; j < V; j++) first[P + j + 1] = indegree[j] + 1; // reverse arcs + j → T
  first[T + 1] = P + V; // reverse arcs of i → T and j → T
  for (let v = 0; v < N; v++) first[v + 1] += first[v];
  const A = first[N];
  const head = new Int32Array(A);
  const rescap = new Int32Array(A);
  const cost = new Float64Array(A);
  const mate = new Int32Array(A);
  const fill = first.slice(0, N);

  // Providers first put their arc to T, so that a free slot is found first.
  const sinkArcOfProvider = new Int32Array(V);
  const nullArcOfParticipant = new Int32Array(P);
  for (let j = 0; j < V; j++) {
    const a = fill[P + j]++;
    sinkArcOfProvider[j] = a;
  }
  for (let i = 0; i < P; i++) {
    for (let e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
      const j = edgeProvider[e];
      const w = edgeWeight[e];
      if (!(w > 0 && capacity[j] > 0)) continue;
      const a = fill[i]++;
      const b = fill[P + j]++;
      head[a] = P + j;
      rescap[a] = 1;
      cost[a] = -w * M;
      mate[a] = b;
      head[b] = i;
      rescap[b] = 0;
      cost[b] = w * M;
      mate[b] = a;
    }
    const a = fill[i]++;
    const b = fill[T]++;
    nullArcOfParticipant[i] = a;
    head[a] = T;
    rescap[a] = 1;
    cost[a] = 0;
    mate[a] = b;
    head[b] = i;
    rescap[b] = 0;
    cost[b] = 0;
    mate[b] = a;
  }
  for (let j = 0; j < V; j++) {
    const a = sinkArcOfProvider[j];
    const b = fill[T]++;
    head[a] = T;
    rescap[a] = capacity[j];
    cost[a] = 0;
    mate[a] = b;
    head[b] = P + j;
    rescap[b] = 0;
    cost[b] = 0;
    mate[b] = a;
  }

  const price = new Float64Array(N);
  const excess = new Float64Array(N);
  for (let i = 0; i < P; i++) excess[i] = 1;
  excess[T] = -P;
  // Per participant, its CACHE best arcs and a bound on the value of all others.
  const cacheArc = new Int32Array(P * CACHE).fill(-1);
  const cacheValue = new Float64Array(P * CACHE);
  const cacheBound = new Float64Array(P).fill(Infinity);
  const queue = new Int32Array(N);
  const queued = new Uint8Array(N);
  let qHead = 0;
  let qSize = 0;
  // Participants currently sending their unit into each provider ("owners"), as the provider's
  // reverse arcs, so that a provider's discharge looks at its owners only, not at every candidate.
  const ownerList = new Int32Array(A);
  const ownerPos = new Int32Array(A);
  const ownerCount = new Int32Array(V);
  // The sink's residual arcs lead back to participants left unmatched and to providers with
  // filled slots. A lazy max-heap on their prices replaces scanning all P + V of them.
  const sinkHeap = new LazyMaxHeap(Math.max(16, N));
  const sinkArcTo = (w: number): number => (w < P ? mate[nullArcOfParticipant[w]] : mate[sinkArcOfProvider[w - P]]);

  function addOwner(j: number, b: number): void {
    const k = first[P + j] + ownerCount[j]++;
    ownerList[k] = b;
    ownerPos[b] = k;
  }

  function removeOwner(j: number, b: number): void {
    const last = first[P + j] + --ownerCount[j];
    const k = ownerPos[b];
    const moved = ownerList[last];
    ownerList[k] = moved;
    ownerPos[moved] = k;
  }

  function enqueue(v: number): void {
    if (queued[v] === 0) {
      queue[(qHead + qSize++) % N] = v;
      queued[v] = 1;
    }
  }

  /** Pushes `delta` units along arc a out of v, keeping owner lists and the sink heap current. */
  function push(v: number, a: number, delta: number): void {
    const w = head[a];
    const b = mate[a];
    rescap[a] -= delta;
    rescap[b] += delta;
    excess[v] -= delta;
    excess[w] += delta;
    if (v < P) {
      if (w < T) addOwner(w - P, b);
    } else if (v < T && w < P) {
      removeOwner(v - P, a);
    }
    if (excess[w] > 0) enqueue(w);
    if (w === T) sinkHeap.push(price[v], v);
  }

  let eps = maxWeight * M;
  while (eps > 1) {
    eps = Math.max(1, Math.floor(eps / alpha));
    refine(eps);
  }

  function refine(epsilon: number): void {
    qHead = 0;
    qSize = 0;
    // Participants: keep an assignment that is still ε-optimal under a suitable price; otherwise
    // take the unit back and price the participant afresh (with no flow out, its only residual
    // arcs are its out-arcs, so this price makes all of them ε-optimal).
    for (let i = 0; i < P; i++) {
      let bestOther = -Infinity;
      let best = -Infinity;
      let assigned = -1;
      for (let a = first[i], end = first[i + 1]; a < end; a++) {
        const value = price[head[a]] - cost[a];
        if (value > best) best = value;
        if (rescap[a] === 0) assigned = a;
        else if (value > bestOther) bestOther = value;
      }
      if (assigned >= 0) {
        const assignedValue = price[head[assigned]] - cost[assigned];
        if (assignedValue >= bestOther - 2 * epsilon) {
          price[i] = Math.max(bestOther, assignedValue) - epsilon;
          continue;
        }
        const w = head[assigned];
        const b = mate[assigned];
        rescap[assigned] = 1;
        rescap[b] = 0;
        excess[w] -= 1;
        excess[i] += 1;
        if (w < T) removeOwner(w - P, b);
      }
      price[i] = best - epsilon;
    }
    // Provider-to-sink arcs (and their reverses): saturate any whose reduced cost is below −ε.
    for (let j = 0; j < V; j++) {
      const v = P + j;
      const a = sinkArcOfProvider[j];
      const b = mate[a];
      const reduced = price[v] - price[T];
      if (rescap[a] > 0 && reduced < -epsilon) {
        const r = rescap[a];
        rescap[a] = 0;
        rescap[b] += r;
        excess[v] -= r;
        excess[T] += r;
      } else if (rescap[b] > 0 && -reduced < -epsilon) {
        const r = rescap[b];
        rescap[b] = 0;
        rescap[a] += r;
        excess[T] -= r;
        excess[v] += r;
      }
    }
    sinkHeap.clear();
    for (let v = 0; v < T; v++) {
      if (rescap[sinkArcTo(v)] > 0) sinkHeap.push(price[v], v);
    }
    for (let v = 0; v < N; v++) {
      queued[v] = 0;
      if (excess[v] > 0) enqueue(v);
    }
    while (qSize > 0) {
      const v = queue[qHead];
      qHead = (qHead + 1) % N;
      qSize--;
      queued[v] = 0;
      if (excess[v] <= 0) continue;
      if (v < P) dischargeParticipant(v, epsilon);
      else if (v < T) dischargeProvider(v, epsilon);
      else dischargeSink(epsilon);
    }
  }

  /**
   * "Double push" (Goldberg–Kennedy): a participant with its unit pushes it along its best arc and
   * is relabelled to the second-best value − ε in one step, as an auction bid would. The best arc
   * is then saturated, so the flow stays ε-optimal.
   */
  function dischargeParticipant(i: number, epsilon: number): void {
    // Try the cached best arcs first: prices only ever fall, so every arc outside the cache is
    // worth at most `cacheBound[i]` (its value when the cache was made).
    const c0 = i * CACHE;
    const bound = cacheBound[i];
    let best = -Infinity;
    let second = -Infinity;
    let bestArc = -1;
    for (let k = c0; k < c0 + CACHE; k++) {
      const a = cacheArc[k];
      if (a < 0) break;
      const value = price[head[a]] - cost[a];
      if (value > best) {
        second = best;
        best = value;
        bestArc = a;
      } else if (value > second) {
        second = value;
      }
    }
    if (bestArc < 0 || best < bound) {
      // Rescan all arcs, keeping the CACHE best and the best value outside them as the bound.
      best = -Infinity;
      second = -Infinity;
      for (let k = c0; k < c0 + CACHE; k++) {
        cacheArc[k] = -1;
        cacheValue[k] = -Infinity;
      }
      let outside = -Infinity;
      for (let a = first[i], end = first[i + 1]; a < end; a++) {
        const value = price[head[a]] - cost[a];
        if (value > cacheValue[c0 + CACHE - 1]) {
          const dropped = cacheValue[c0 + CACHE - 1];
          if (dropped > outside) outside = dropped;
          let k = c0 + CACHE - 1;
          while (k > c0 && cacheValue[k - 1] < value) {
            cacheValue[k] = cacheValue[k - 1];
            cacheArc[k] = cacheArc[k - 1];
            k--;
          }
          cacheValue[k] = value;
          cacheArc[k] = a;
        } else if (value > outside) {
          outside = value;
        }
      }
      cacheBound[i] = outside;
      best = cacheValue[c0];
      bestArc = cacheArc[c0];
      second = cacheValue[c0 + 1];
      if (outside > second) second = outside;
    } else if (bound > second) {
      second = bound;
    }
    price[i] = (second === -Infinity ? best : second) - epsilon;
    push(i, bestArc, 1);
  }

  /**
   * A provider's residual arcs are its free slots (to T) and its owners. Push along the best one
   * if it is admissible; otherwise relabel to its value − ε first, which makes it admissible.
   */
  function dischargeProvider(v: number, epsilon: number): void {
    const j = v - P;
    const sinkArc = sinkArcOfProvider[j];
    while (excess[v] > 0) {
      let best = -Infinity;
      let bestArc = -1;
      if (rescap[sinkArc] > 0) {
        best = price[T];
        bestArc = sinkArc;
      }
      for (let k = first[v], end = first[v] + ownerCount[j]; k < end; k++) {
        const b = ownerList[k];
        const value = price[head[b]] - cost[b];
        if (value > best) {
          best = value;
          bestArc = b;
        }
      }
      if (!(best > price[v])) price[v] = best - epsilon;
      push(v, bestArc, Math.min(excess[v], rescap[bestArc]));
    }
  }

  /** The sink's discharge: the same rule, with the heap giving the best arc. */
  function dischargeSink(epsilon: number): void {
    while (excess[T] > 0) {
      const w = sinkHeap.topNode();
      const a = sinkArcTo(w);
      if (rescap[a] === 0) {
        sinkHeap.pop();
        continue;
      }
      if (sinkHeap.topKey() !== price[w]) {
        sinkHeap.pop();
        sinkHeap.push(price[w], w);
        continue;
      }
      if (!(price[w] > price[T])) price[T] = price[w] - epsilon;
      push(T, a, Math.min(excess[T], rescap[a]));
    }
  }

  let objective = 0;
  for (let i = 0; i < P; i++) {
    for (let a = first[i], end = first[i + 1]; a < end; a++) {
      if (head[a] !== T && rescap[a] === 0) {
        const j = head[a] - P;
        providerOf[i] = j;
        objective += -cost[a] / M;
        break;
      }
    }
  }
  return { providerOf, objective };
}

/** Max-heap of (key, node) with lazy deletion: callers re-validate the top entry. */
class LazyMaxHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  topNode(): number {
    if (this.size === 0) throw new Error('min-cost flow: sink heap is empty (internal error)');
    return this.nodes[0];
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      const nodes = new Int32Array(this.size * 2);
      keys.set(this.keys);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!(this.keys[parent] < key || (this.keys[parent] === key && this.nodes[parent] > node))) break;
      this.keys[k] = this.keys[parent];
      this.nodes[k] = this.nodes[parent];
      k = parent;
    }
    this.keys[k] = key;
    this.nodes[k] = node;
  }

  pop(): void {
    const n = --this.size;
    if (n === 0) return;
    const key = this.keys[n];
    const node = this.nodes[n];
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (this.keys[right] > this.keys[child] ||
          (this.keys[right] === this.keys[child] && this.nodes[right] < this.nodes[child]))
      )
        child = right;
      if (!(this.keys[child] > key || (this.keys[child] === key && this.nodes[child] < node))) break;
      this.keys[k] = this.keys[child];
      this.nodes[k] = this.nodes[child];
      k = child;
    }
    this.keys[k] = key;
    this.nodes[k] = node;
  }
}
