import { CandidateIndex } from './candidates';
import { BIT, PairChecker } from './constraints';
import { MatchingInputError } from './errors';
import { ScoreRangeError, solveAssignment, type AssignmentProblem, type AssignmentSolution } from './min-cost-flow';
import { compileParticipants, compileProviders, Vocabulary, type Vocabularies } from './profiles';
import { ENGINE_SCORE_SCALE, PairScorer, resolveWeights } from './scoring';
import {
  CONSTRAINTS,
  type Assignment,
  type MatchingInstance,
  type MatchingResult,
  type Participant,
  type Provider,
  type Reason,
  type UnmatchedParticipant,
} from './types';

export interface MatchingOptions {
  /** Used when the instance has no `today` (default: the current UTC date). */
  readonly today?: string;
  /**
   * Keep only each participant's best `candidateLimit` pairs (by score, then provider id) when the
   * engine scores pairs itself. The assignment is then optimal over those pairs. Default: all.
   */
  readonly candidateLimit?: number;
}

export interface MatchingStats {
  readonly participants: number;
  readonly providers: number;
  /** Pairs compared against the hard constraints. */
  readonly comparisons: number;
  /** Candidate pairs given to the solver. */
  readonly candidatePairs: number;
  readonly candidatesMs: number;
  readonly solveMs: number;
  readonly totalMs: number;
}

/** Everything between reading an instance and solving it; the benchmark reuses `problem`. */
export interface PreparedMatching {
  readonly problem: AssignmentProblem;
  /** Integer scores are score × scale. */
  readonly scale: number;
  readonly finish: (solution: AssignmentSolution) => MatchingResult;
  readonly stats: Omit<MatchingStats, 'solveMs' | 'totalMs'>;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The smallest power of ten (up to 10^6) that makes every given score an integer. */
function scaleOf(scores: readonly number[]): number {
  for (let scale = 1; scale <= 1_000_000; scale *= 10) {
    if (scores.every((s) => Math.abs(s * scale - Math.round(s * scale)) <= 1e-9 * Math.max(1, Math.abs(s * scale)))) {
      return scale;
    }
  }
  return 1_000_000;
}

/** Validates locks, builds candidate pairs with integer scores, and returns how to finish. */
export function prepareMatching(instance: MatchingInstance, options: MatchingOptions = {}): PreparedMatching {
  const started = performance.now();
  const participants: Participant[] = [...instance.participants].sort(byId);
  const providers: Provider[] = [...instance.providers].sort(byId);
  const P = participants.length;
  const V = providers.length;
  const participantIndex = new Map(participants.map((p, k) => [p.id, k]));
  const providerIndex = new Map(providers.map((v, k) => [v.id, k]));
  const today = instance.today ?? options.today ?? todayUtc();
  const vocab: Vocabularies = { languages: new Vocabulary(), interests: new Vocabulary() };
  const pp = compileParticipants(participants, today, vocab);
  const vp = compileProviders(providers, vocab);
  const weights = resolveWeights(instance.weights);
  const scorer = new PairScorer(pp, vp, weights);

  const mustNot = new Set<number>();
  for (const [participantId, providerId] of instance.mustNot ?? []) {
    mustNot.add(PairChecker.key(participantIndex.get(participantId) ?? -1, providerIndex.get(providerId) ?? -1, V));
  }
  const checker = new PairChecker(pp, vp, mustNot);

  // Given pairs: by participant, sorted by provider index.
  const given = instance.pairs;
  const scale = given === undefined ? ENGINE_SCORE_SCALE : scaleOf(given.map((p) => p.score));
  const givenByParticipant: { provider: number; score: number }[][] | null =
    given === undefined ? null : Array.from({ length: P }, () => []);
  if (given !== undefined && givenByParticipant !== null) {
    for (const pair of given) {
      givenByParticipant[participantIndex.get(pair.participant) ?? 0].push({
        provider: providerIndex.get(pair.provider) ?? 0,
        score: pair.score,
      });
    }
    for (const list of givenByParticipant) list.sort((a, b) => a.provider - b.provider);
  }
  const givenScore = (i: number, j: number): number | undefined =>
    givenByParticipant?.[i].find((p) => p.provider === j)?.score;

  // Locks: each `must` pair is validated and made before the solver runs.
  const lockedTo = new Int32Array(P).fill(-1);
  const lockedCount = new Int32Array(V);
  const lockIndex = new Map<number, number>();
  (instance.must ?? []).forEach(([participantId, providerId], k) => {
    const path = `must[${k}]`;
    const i = participantIndex.get(participantId) ?? -1;
    const j = providerIndex.get(providerId) ?? -1;
    const pair = `${participantId}–${providerId}`;
    if (lockedTo[i] >= 0) {
      const other = providers[lockedTo[i]].id;
      throw new MatchingInputError(
        'impossible-must',
        path,
        `participant ${JSON.stringify(participantId)} is already locked to ${JSON.stringify(other)} (must[${lockIndex.get(i) ?? 0}]); a participant gets at most one provider`,
      );
    }
    const mask = checker.violations(i, j, true);
    if (mask !== 0) {
      const broken = CONSTRAINTS.filter((c) => (mask & BIT[c]) !== 0);
      throw new MatchingInputError(
        'impossible-must',
        path,
        `${pair} breaks the hard constraint${broken.length > 1 ? 's' : ''} ${broken.join(', ')}`,
      );
    }
    if (givenByParticipant !== null && givenScore(i, j) === undefined) {
      throw new MatchingInputError('impossible-must', path, `${pair} is not among the candidate pairs`);
    }
    if (lockedCount[j] >= vp.capacity[j]) {
      throw new MatchingInputError(
        'impossible-must',
        path,
        `${pair} exceeds the capacity ${vp.capacity[j]} of provider ${JSON.stringify(providerId)}`,
      );
    }
    lockedTo[i] = j;
    lockIndex.set(i, k);
    lockedCount[j]++;
  });

  // Candidate pairs of the participants that are not locked.
  const edgeStart = new Int32Array(P + 1);
  let edgeProvider = new Int32Array(Math.max(16, P * 8));
  let edgeWeight = new Float64Array(edgeProvider.length);
  let E = 0;
  const sink = {
    add(provider: number, weight: number): void {
      if (E === edgeProvider.length) {
        const np = new Int32Array(E * 2);
        np.set(edgeProvider);
        edgeProvider = np;
        const nw = new Float64Array(E * 2);
        nw.set(edgeWeight);
        edgeWeight = nw;
      }
      edgeProvider[E] = provider;
      edgeWeight[E] = weight;
      E++;
    },
  };
  const admissibleCount = new Int32Array(P);
  const positiveCount = new Int32Array(P);
  let comparisons = 0;
  const limit = options.candidateLimit ?? Infinity;
  const index = givenByParticipant === null ? new CandidateIndex(pp, vp, vocab, weights) : null;
  for (let i = 0; i < P; i++) {
    edgeStart[i] = E;
    if (lockedTo[i] >= 0) continue;
    if (givenByParticipant !== null) {
      for (const pair of givenByParticipant[i]) {
        comparisons++;
        if (checker.violations(i, pair.provider, false) !== 0) continue;
        admissibleCount[i]++;
        sink.add(pair.provider, Math.round(pair.score * scale));
      }
    } else if (index !== null) {
      admissibleCount[i] = index.candidates(i, checker, scorer, limit, sink);
    }
    for (let e = edgeStart[i]; e < E; e++) if (edgeWeight[e] > 0) positiveCount[i]++;
  }
  edgeStart[P] = E;
  if (index !== null) comparisons = index.comparisons;

  const capacity = new Int32Array(V);
  for (let j = 0; j < V; j++) capacity[j] = vp.capacity[j] - lockedCount[j];
  const problem: AssignmentProblem = {
    participantCount: P,
    providerCount: V,
    capacity,
    edgeStart,
    edgeProvider: edgeProvider.subarray(0, E),
    edgeWeight: edgeWeight.subarray(0, E),
  };

  const scaledScore = (i: number, j: number): number => {
    if (givenByParticipant !== null) return Math.round((givenScore(i, j) ?? 0) * scale);
    checker.violations(i, j, true);
    return scorer.scaledScore(i, j, checker.lastDistanceKm);
  };
  const reasonsOf = (i: number, j: number, locked: boolean): Reason[] => {
    const reasons: Reason[] = [];
    if (locked) reasons.push({ key: 'locked', params: {} });
    if (givenByParticipant !== null) {
      reasons.push({ key: 'providedScore', params: { score: givenScore(i, j) ?? 0 } });
    } else {
      checker.violations(i, j, true);
      reasons.push(...scorer.reasons(i, j, checker.lastDistanceKm, vocab));
    }
    return reasons;
  };
  const outputScore = (i: number, j: number, scaled: number): number =>
    givenByParticipant !== null ? (givenScore(i, j) ?? 0) : scaled / scale;

  const finish = (solution: AssignmentSolution): MatchingResult => {
    const assignments: Assignment[] = [];
    const unmatched: UnmatchedParticipant[] = [];
    let objectiveScaled = 0;
    let objectiveSum = 0;
    for (let i = 0; i < P; i++) {
      const locked = lockedTo[i] >= 0;
      const j = locked ? lockedTo[i] : solution.providerOf[i];
      if (j >= 0) {
        const scaled = scaledScore(i, j);
        const score = outputScore(i, j, scaled);
        objectiveScaled += scaled;
        objectiveSum += score;
        assignments.push({
          participant: participants[i].id,
          provider: providers[j].id,
          score,
          reasons: reasonsOf(i, j, locked),
        });
      } else {
        unmatched.push({ participant: participants[i].id, reason: unmatchedReason(i) });
      }
    }
    // Exact when every score has at most log10(scale) decimals; otherwise the plain sum.
    const exact = givenByParticipant === null || scale < 1_000_000;
    return { assignments, objective: exact ? objectiveScaled / scale : objectiveSum, unmatched };
  };

  const unmatchedReason = (i: number): Reason => {
    if (admissibleCount[i] > 0) {
      return positiveCount[i] > 0
        ? { key: 'capacityTaken', params: { candidates: positiveCount[i] } }
        : { key: 'noPositiveScore', params: { candidates: admissibleCount[i] } };
    }
    if (V === 0) return { key: 'noProviders', params: {} };
    const considered = givenByParticipant !== null ? givenByParticipant[i].map((p) => p.provider) : null;
    if (considered !== null && considered.length === 0) return { key: 'noCandidatePairs', params: {} };
    const excluded = new Int32Array(CONSTRAINTS.length);
    const count = considered !== null ? considered.length : V;
    // Engine-scored: the cheap rules pair by pair, the distance rule through the grid.
    const spatial = index !== null && considered === null;
    for (let k = 0; k < count; k++) {
      const mask = checker.violations(i, considered !== null ? considered[k] : k, true, !spatial);
      for (let c = 0; c < CONSTRAINTS.length; c++) if ((mask & (1 << c)) !== 0) excluded[c]++;
    }
    if (spatial && index !== null) excluded[CONSTRAINTS.indexOf('distance')] = index.distanceExcluded(i);
    let most = 0;
    for (let c = 1; c < CONSTRAINTS.length; c++) if (excluded[c] > excluded[most]) most = c;
    return {
      key: 'noCandidate',
      params: { constraint: CONSTRAINTS[most], excluded: excluded[most], considered: count },
    };
  };

  return {
    problem,
    scale,
    finish,
    stats: { participants: P, providers: V, comparisons, candidatePairs: E, candidatesMs: performance.now() - started },
  };
}

/** Runs the engine and reports how long each part took. */
export function runMatching(
  instance: MatchingInstance,
  options: MatchingOptions = {},
): { result: MatchingResult; stats: MatchingStats } {
  const started = performance.now();
  const prepared = prepareMatching(instance, options);
  const solveStarted = performance.now();
  let solution: AssignmentSolution;
  try {
    solution = solveAssignment(prepared.problem);
  } catch (error) {
    if (error instanceof ScoreRangeError) {
      throw new MatchingInputError(
        'scores-out-of-range',
        instance.pairs !== undefined ? 'pairs' : 'weights',
        error.message,
      );
    }
    throw error;
  }
  const solveMs = performance.now() - solveStarted;
  const result = prepared.finish(solution);
  return { result, stats: { ...prepared.stats, solveMs, totalMs: performance.now() - started } };
}

/**
 * Proposes who is matched with whom: the assignment with the largest total score subject to the
 * hard constraints, capacities and locks. Deterministic; throws `MatchingInputError` for an
 * impossible lock.
 */
export function solveMatching(instance: MatchingInstance, options: MatchingOptions = {}): MatchingResult {
  return runMatching(instance, options).result;
}
