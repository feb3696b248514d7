import type { PairChecker } from './constraints';
import { GeoGrid } from './geo';
import type { ParticipantProfiles, ProviderProfiles } from './profiles';
import type { PairScorer } from './scoring';

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
  private readonly found: number[] = [];
  /** Pairs compared, for the benchmark. */
  comparisons = 0;

  constructor(
    private readonly participants: ParticipantProfiles,
    providers: ProviderProfiles,
    languageCount: number,
  ) {
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
   * Ring search applies when only the best `limit` pairs are wanted, the participant has a
   * location, and its languages do not already narrow the providers to a few.
   */
  private ringSearchApplies(i: number, limit: number): boolean {
    const P = this.participants;
    if (Number.isNaN(P.lat[i]) || this.grid.size === 0) return false;
    const lon = P.lon[i];
    if (Math.max(this.grid.lonMax, lon) - Math.min(this.grid.lonMin, lon) >= 180) return false;
    const pl = P.languages;
    if (P.interpreter[i] === 0 && pl.starts[i] < pl.starts[i + 1]) {
      let size = this.silent.length;
      for (let k = pl.starts[i]; k < pl.starts[i + 1]; k++) {
        if (P.languageRank[k] >= 2) size += this.speakers[pl.values[k]]?.length ?? 0;
      }
      if (size <= 8 * limit) return false;
    }
    return true;
  }

  /**
   * The best `limit` pairs of participant i, visiting providers ring by ring outwards and
   * stopping as soon as even a perfect pair at the ring's distance would score below the
   * `limit`-th best found: its distance feature is then too low for anything else to make up.
   */
  private nearestBest(i: number, checker: PairChecker, scorer: PairScorer, limit: number, sink: EdgeSink): number {
    const P = this.participants;
    const best = new BestOf(limit);
    let admissible = 0;
    let compared = 0;
    const consider = (j: number): void => {
      compared++;
      if (checker.violations(i, j, false) !== 0) return;
      admissible++;
      best.offer(j, scorer.scaledScore(i, j, checker.lastDistanceKm));
    };
    for (let k = 0; k < this.unlocated.length; k++) consider(this.unlocated[k]);
    const radius = Math.min(P.maxDistanceKm[i], this.providerReach);
    const bound = scorer.upperBound(i);
    this.grid.rings(
      P.lat[i],
      P.lon[i],
      (minKm) => minKm <= radius && !(best.full && bound(minKm) < best.threshold),
      consider,
    );
    this.comparisons += compared;
    const order = best.providers.map((_, k) => k).sort((a, b) => best.providers[a] - best.providers[b]);
    for (const k of order) sink.add(best.providers[k], best.scores[k]);
    return admissible;
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
    if (Number.isFinite(limit) && this.ringSearchApplies(i, limit))
      return this.nearestBest(i, checker, scorer, limit, sink);
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
 * provider index. A binary heap with the worst kept candidate on top.
 */
class BestOf {
  readonly providers: number[] = [];
  readonly scores: number[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.providers.length >= this.limit;
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
    [p[a], p[b]] = [p[b], p[a]];
    [s[a], s[b]] = [s[b], s[a]];
  }

  offer(provider: number, score: number): void {
    const p = this.providers;
    const s = this.scores;
    if (!this.full) {
      p.push(provider);
      s.push(score);
      let k = p.length - 1;
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
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let w = k;
      if (l < p.length && this.worse(l, w)) w = l;
      if (r < p.length && this.worse(r, w)) w = r;
      if (w === k) break;
      this.swap(k, w);
      k = w;
    }
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
