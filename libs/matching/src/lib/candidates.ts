import type { PairChecker } from './constraints';
import { distanceKm, GeoGrid } from './geo';
import type { ParticipantProfiles, ProviderProfiles, Vocabularies } from './profiles';
import { ProviderTree } from './provider-tree';
import type { Feature } from './types';
import type { PairScorer } from './scoring';

// Imported constants copied to module locals: hot loops then read them without going through
// the module binding (an accessor call in some CommonJS transpilations).
const L_distanceKm = distanceKm;

/** Candidate pairs of one participant, appended to growing edge arrays. */
export interface EdgeSink {
  add(provider: number, weight: number): void;
}

/**
 * Finds each participant's admissible providers without comparing every pair: a lat/lon grid
 * over providers' locations answers "who is within reach", an index from language to the
 * providers speaking it (conversational or better) answers "who can we talk to". For each
 * participant the smaller of the two candidate sets is walked and every pair in it is checked
 * against all hard constraints; providers with no location or no language are always walked.
 * With a limit, a located participant's best pairs come from a branch-and-bound search on
 * `ProviderTree`s instead (see `treeBest`).
 */
export class CandidateIndex {
  private readonly grid: GeoGrid;
  private readonly unlocated: Int32Array;
  private readonly speakers: Int32Array[];
  private readonly silent: Int32Array;
  private readonly all: Int32Array;
  /** Largest maxDistanceKm over located providers (Infinity if one has none). */
  private readonly providerReach: number;
  private readonly stamp: Int32Array;
  /**
   * Trees for the branch-and-bound search: one per interest over the providers listing it, and
   * one over the rest, searched only for providers sharing no interest with the participant.
   */
  private readonly trees: ProviderTree[];
  private readonly restTree: number;
  /** Interest bitset per provider (WI words each). */
  private readonly providerInterests: Int32Array;
  private readonly participantInterests: Int32Array;
  private readonly WI: number;
  private readonly useInterestTrees: boolean;
  private readonly heap = new NodeHeap();
  private readonly best = new BestOf();
  private readonly found: number[] = [];
  /** Pairs compared, for the benchmark. */
  comparisons = 0;

  constructor(
    private readonly participants: ParticipantProfiles,
    private readonly providers: ProviderProfiles,
    vocab: Vocabularies,
    weights: Readonly<Record<Feature, number>>,
  ) {
    const languageCount = vocab.languages.words.length;
    const interestCount = vocab.interests.words.length;
    this.WI = Math.max(1, Math.ceil(interestCount / 32));
    this.providerInterests = new Int32Array(providers.count * this.WI);
    this.participantInterests = new Int32Array(this.WI);
    const byInterest: number[][] = Array.from({ length: interestCount }, () => []);
    const located: number[] = [];
    for (let j = 0; j < providers.count; j++) {
      const pi = providers.interests;
      for (let t = pi.starts[j]; t < pi.starts[j + 1]; t++) {
        const x = pi.values[t];
        this.providerInterests[j * this.WI + (x >> 5)] |= 1 << (x & 31);
      }
      if (Number.isNaN(providers.lat[j]) || providers.capacity[j] <= 0) continue;
      located.push(j);
      for (let t = pi.starts[j]; t < pi.starts[j + 1]; t++) byInterest[pi.values[t]].push(j);
    }
    this.useInterestTrees = weights.sharedInterests > 0;
    const make = (list: number[], withInterests: boolean): ProviderTree =>
      new ProviderTree(
        participants,
        providers,
        interestCount,
        languageCount,
        weights,
        Int32Array.from(list),
        withInterests,
      );
    this.trees = this.useInterestTrees ? byInterest.map((list) => make(list, true)) : [];
    this.restTree = this.trees.length;
    this.trees.push(make(located, !this.useInterestTrees));
    const V = providers.count;
    this.grid = new GeoGrid(providers.lat, providers.lon, cellSizeKm(participants, providers));
    const unlocated: number[] = [];
    const silent: number[] = [];
    const speakers: number[][] = Array.from({ length: languageCount }, () => []);
    let reach = 0;
    for (let j = 0; j < V; j++) {
      if (Number.isNaN(providers.lat[j])) unlocated.push(j);
      else reach = Math.max(reach, providers.maxDistanceKm[j]);
      const l = providers.languages;
      if (l.starts[j] === l.starts[j + 1]) silent.push(j);
      for (let k = l.starts[j]; k < l.starts[j + 1]; k++) {
        if (providers.languageRank[k] >= 2) speakers[l.values[k]].push(j);
      }
    }
    this.providerReach = reach;
    this.unlocated = Int32Array.from(unlocated);
    this.silent = Int32Array.from(silent);
    this.speakers = speakers.map((list) => Int32Array.from(list));
    this.all = Int32Array.from({ length: V }, (_, j) => j);
    this.stamp = new Int32Array(V).fill(-1);
  }

  /**
   * The best `limit` pairs of participant i (located), by branch and bound on the provider tree:
   * nodes are opened best bound first, and the search stops as soon as the best bound left is
   * below the `limit`-th best score found (or no node is left).
   */
  private treeBest(i: number, checker: PairChecker, scorer: PairScorer, limit: number, sink: EdgeSink): number {
    const best = this.best;
    best.reset(limit);
    let admissible = 0;
    let compared = 0;
    for (let k = 0; k < this.unlocated.length; k++) {
      const j = this.unlocated[k];
      compared++;
      if (checker.violations(i, j, false) !== 0) continue;
      admissible++;
      best.offer(j, scorer.scaledScore(i, j, checker.lastDistanceKm));
    }
    // Roots: the trees of the participant's interests, and the rest tree.
    const P = this.participants;
    const trees = this.trees;
    const T = trees.length;
    const heap = this.heap;
    heap.clear();
    const WI = this.WI;
    const mask = this.participantInterests;
    mask.fill(0);
    let hasInterests = false;
    if (this.useInterestTrees) {
      for (let t = P.interests.starts[i]; t < P.interests.starts[i + 1]; t++) {
        const x = P.interests.values[t];
        mask[x >> 5] |= 1 << (x & 31);
        hasInterests = true;
        const tree = trees[x];
        if (tree.nodeCount === 0) continue;
        tree.prepare(i);
        const b = tree.bound(0);
        if (b !== -Infinity) heap.push(b, x);
      }
    }
    const rest = trees[this.restTree];
    if (rest.nodeCount > 0) {
      rest.prepare(i);
      const b = rest.bound(0);
      if (b !== -Infinity) heap.push(b, this.restTree);
    }
    // A provider is reached through several interest trees: evaluate it once.
    const stamp = this.stamp;
    const providerInterests = this.providerInterests;
    while (heap.size > 0) {
      const bound = heap.topKey();
      if (best.full && bound < best.threshold) break;
      const code = heap.topNode();
      heap.pop();
      const t = code % T;
      const k = (code - t) / T;
      const tree = trees[t];
      const l = tree.left[k];
      if (l < 0) {
        const { order, start, end } = tree;
        const isRest = t === this.restTree && hasInterests;
        for (let m = start[k]; m < end[k]; m++) {
          const j = order[m];
          if (stamp[j] === i) continue;
          if (isRest) {
            let shared = false;
            for (let x = 0; x < WI; x++) if ((providerInterests[j * WI + x] & mask[x]) !== 0) shared = true;
            if (shared) continue;
          }
          stamp[j] = i;
          compared++;
          if (checker.violations(i, j, false) !== 0) continue;
          admissible++;
          best.offer(j, scorer.scaledScore(i, j, checker.lastDistanceKm));
        }
      } else {
        const bl = tree.bound(l);
        if (bl !== -Infinity && !(best.full && bl < best.threshold)) heap.push(bl, l * T + t);
        const r = tree.right[k];
        const br = tree.bound(r);
        if (br !== -Infinity && !(best.full && br < best.threshold)) heap.push(br, r * T + t);
      }
    }
    this.comparisons += compared;
    best.emit(sink);
    return admissible;
  }

  /**
   * How many providers the distance rule alone excludes for participant i: the located ones
   * less those within reach of both sides, found through the grid (only the cells that can be
   * within the participant's or the widest provider's reach are walked).
   */
  distanceExcluded(i: number): number {
    const P = this.participants;
    const V = this.providers;
    if (Number.isNaN(P.lat[i])) return 0;
    const lat = P.lat[i];
    const lon = P.lon[i];
    const own = P.maxDistanceKm[i];
    let within = 0;
    this.grid.query(lat, lon, Math.min(own, this.providerReach), (j) => {
      const d = L_distanceKm(lat, lon, V.lat[j], V.lon[j]);
      if (!(d > own) && !(d > V.maxDistanceKm[j])) within++;
    });
    return this.grid.size - within;
  }

  /** Providers that may be admissible for participant i (a superset), each once. */
  private gather(i: number): number[] {
    const P = this.participants;
    const found = this.found;
    found.length = 0;
    const stamp = this.stamp;
    const take = (j: number): void => {
      if (stamp[j] !== i) {
        stamp[j] = i;
        found.push(j);
      }
    };

    // Language side: providers speaking one of the participant's languages at conversational
    // level or better, plus those listing no language. Not a restriction with an interpreter.
    let languageList: Int32Array[] | null = null;
    let languageSize = Infinity;
    const pl = P.languages;
    if (P.interpreter[i] === 0 && pl.starts[i] < pl.starts[i + 1]) {
      languageList = [this.silent];
      languageSize = this.silent.length;
      for (let k = pl.starts[i]; k < pl.starts[i + 1]; k++) {
        if (P.languageRank[k] >= 2) {
          const list = this.speakers[pl.values[k]];
          if (list !== undefined) {
            languageList.push(list);
            languageSize += list.length;
          }
        }
      }
    }

    // Spatial side: providers within the tighter of the two reaches, plus unlocated ones.
    const radius = Math.min(P.maxDistanceKm[i], this.providerReach);
    const spatial = !Number.isNaN(P.lat[i]) && Number.isFinite(radius);

    if (languageList !== null && (!spatial || languageSize <= this.grid.size / 4)) {
      for (const list of languageList) for (let k = 0; k < list.length; k++) take(list[k]);
    } else if (spatial) {
      this.grid.query(P.lat[i], P.lon[i], radius, take);
      for (let k = 0; k < this.unlocated.length; k++) take(this.unlocated[k]);
    } else {
      for (let k = 0; k < this.all.length; k++) found.push(this.all[k]);
    }
    return found;
  }

  /**
   * Adds participant i's admissible pairs with a positive or non-positive score to `sink`,
   * best `limit` first if a limit is set, then by provider index. Returns the number of
   * admissible providers (before the limit).
   */
  candidates(i: number, checker: PairChecker, scorer: PairScorer, limit: number, sink: EdgeSink): number {
    if (Number.isFinite(limit) && !Number.isNaN(this.participants.lat[i]))
      return this.treeBest(i, checker, scorer, limit, sink);
    const found = this.gather(i);
    this.comparisons += found.length;
    const chosen: number[] = [];
    const weights: number[] = [];
    for (let k = 0; k < found.length; k++) {
      const j = found[k];
      if (checker.violations(i, j, false) !== 0) continue;
      chosen.push(j);
      weights.push(scorer.scaledScore(i, j, checker.lastDistanceKm));
    }
    const order = chosen.map((_, k) => k);
    if (chosen.length > limit) {
      order.sort((a, b) => weights[b] - weights[a] || chosen[a] - chosen[b]);
      order.length = limit;
    }
    order.sort((a, b) => chosen[a] - chosen[b]);
    for (const k of order) sink.add(chosen[k], weights[k]);
    return chosen.length;
  }
}

/**
 * The `limit` best of a stream of (provider, score) candidates: best = higher score, then lower
 * provider index. A binary heap with the worst kept candidate on top, in typed arrays reused
 * from one participant to the next.
 */
class BestOf {
  private providers = new Int32Array(16);
  private scores = new Float64Array(16);
  private size = 0;
  private limit = 0;

  reset(limit: number): void {
    this.limit = limit;
    this.size = 0;
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  /** Score of the worst kept candidate. */
  get threshold(): number {
    return this.scores[0];
  }

  private worse(a: number, b: number): boolean {
    const s = this.scores;
    return s[a] < s[b] || (s[a] === s[b] && this.providers[a] > this.providers[b]);
  }

  private swap(a: number, b: number): void {
    const p = this.providers;
    const s = this.scores;
    const tp = p[a];
    p[a] = p[b];
    p[b] = tp;
    const ts = s[a];
    s[a] = s[b];
    s[b] = ts;
  }

  offer(provider: number, score: number): void {
    const p = this.providers;
    const s = this.scores;
    if (!this.full) {
      if (this.size === p.length) {
        const np = new Int32Array(p.length * 2);
        np.set(p);
        this.providers = np;
        const ns = new Float64Array(s.length * 2);
        ns.set(s);
        this.scores = ns;
      }
      let k = this.size++;
      this.providers[k] = provider;
      this.scores[k] = score;
      while (k > 0 && this.worse(k, (k - 1) >> 1)) {
        this.swap(k, (k - 1) >> 1);
        k = (k - 1) >> 1;
      }
      return;
    }
    if (score < s[0] || (score === s[0] && provider > p[0])) return;
    p[0] = provider;
    s[0] = score;
    let k = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let w = k;
      if (l < n && this.worse(l, w)) w = l;
      if (r < n && this.worse(r, w)) w = r;
      if (w === k) break;
      this.swap(k, w);
      k = w;
    }
  }

  /** Adds the kept candidates to `sink` in provider order. */
  emit(sink: EdgeSink): void {
    const n = this.size;
    const order = Array.from({ length: n }, (_, k) => k);
    order.sort((a, b) => this.providers[a] - this.providers[b]);
    for (const k of order) sink.add(this.providers[k], this.scores[k]);
  }
}

/** Max-heap of (key, node), ties to the smaller node. */
class NodeHeap {
  private keys = new Float64Array(64);
  private nodes = new Int32Array(64);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  topNode(): number {
    return this.nodes[0];
  }

  private above(ka: number, na: number, kb: number, nb: number): boolean {
    return ka > kb || (ka === kb && na < nb);
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.above(key, node, this.keys[parent], this.nodes[parent])) break;
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
      if (child + 1 < n && this.above(this.keys[child + 1], this.nodes[child + 1], this.keys[child], this.nodes[child]))
        child++;
      if (!this.above(this.keys[child], this.nodes[child], key, node)) break;
      this.keys[k] = this.keys[child];
      this.nodes[k] = this.nodes[child];
      k = child;
    }
    this.keys[k] = key;
    this.nodes[k] = node;
  }
}

/** About half the typical reach, so a query touches a handful of cells per axis. */
function cellSizeKm(participants: ParticipantProfiles, providers: ProviderProfiles): number {
  const reaches: number[] = [];
  for (let i = 0; i < participants.count && reaches.length < 1000; i++) {
    if (Number.isFinite(participants.maxDistanceKm[i])) reaches.push(participants.maxDistanceKm[i]);
  }
  for (let j = 0; j < providers.count && reaches.length < 2000; j++) {
    if (Number.isFinite(providers.maxDistanceKm[j])) reaches.push(providers.maxDistanceKm[j]);
  }
  if (reaches.length === 0) return 5;
  reaches.sort((a, b) => a - b);
  return Math.min(50, Math.max(0.5, reaches[reaches.length >> 1] / 2));
}
