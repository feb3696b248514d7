import { LANGUAGE_LEVELS, type Feature, type Reason, type Weights } from './types';
import type { ParticipantProfiles, ProviderProfiles, Vocabularies } from './profiles';

/** A module local, read in the hot loop (see provider-tree.ts). */
const LEVEL_COUNT = LANGUAGE_LEVELS.length;

/**
 * Default weights: points a pair earns when a feature is at its best (value 1). They sum to 100,
 * so an engine score reads as "points out of 100". `base` is given to every admissible pair so
 * that making a match is always worth more than leaving a participant unmatched.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<Feature, number>> = {
  base: 10,
  distance: 25,
  sharedInterests: 25,
  languageFit: 20,
  ageGroupFit: 5,
  waitingTime: 15,
};

/** Distance at which the distance feature reaches 0 when neither side sets `maxDistanceKm`. */
export const DEFAULT_DISTANCE_REFERENCE_KM = 25;
/** Waiting-time feature: days waited / this, capped at 1. */
export const WAITING_SATURATION_DAYS = 365;
/** Engine scores are rounded to 2 decimals (half up), i.e. solved as integers in hundredths. */
export const ENGINE_SCORE_SCALE = 100;

export function resolveWeights(weights: Weights | undefined): Record<Feature, number> {
  return { ...DEFAULT_WEIGHTS, ...(weights ?? {}) };
}

export interface FeatureValues {
  distance: number;
  sharedInterests: number;
  languageFit: number;
  ageGroupFit: number;
  waitingTime: number;
}

/**
 * Computes the feature values in [0, 1] of a pair; a feature whose fields are left out is 0.
 * `distanceKm` is NaN when a location is missing.
 */
export class PairScorer {
  readonly values: FeatureValues = { distance: 0, sharedInterests: 0, languageFit: 0, ageGroupFit: 0, waitingTime: 0 };
  /** Index (in the participant's language list) of the best shared language, -1 if none. */
  bestLanguage = -1;
  /** Rank of the best shared language on the weaker side. */
  bestLanguageRank = 0;

  constructor(
    private readonly participants: ParticipantProfiles,
    private readonly providers: ProviderProfiles,
    private readonly weights: Readonly<Record<Feature, number>>,
  ) {}

  /** Weighted score in points (not rounded). */
  points(i: number, j: number, distanceKm: number): number {
    const v = this.evaluate(i, j, distanceKm);
    const w = this.weights;
    return (
      w.base +
      w.distance * v.distance +
      w.sharedInterests * v.sharedInterests +
      w.languageFit * v.languageFit +
      w.ageGroupFit * v.ageGroupFit +
      w.waitingTime * v.waitingTime
    );
  }

  /** Score as an integer number of hundredths, rounded half up. */
  scaledScore(i: number, j: number, distanceKm: number): number {
    return Math.round(this.points(i, j, distanceKm) * ENGINE_SCORE_SCALE);
  }

  evaluate(i: number, j: number, distanceKm: number): FeatureValues {
    const P = this.participants;
    const V = this.providers;
    const out = this.values;

    // Distance: 1 at 0 km, falling linearly to 0 at the tighter maxDistanceKm (or 25 km).
    out.distance = 0;
    if (!Number.isNaN(distanceKm)) {
      const reference = Math.min(P.maxDistanceKm[i], V.maxDistanceKm[j]);
      const ref = Number.isFinite(reference) ? reference : DEFAULT_DISTANCE_REFERENCE_KM;
      out.distance = ref > 0 ? Math.max(0, 1 - distanceKm / ref) : distanceKm === 0 ? 1 : 0;
    }

    // Shared interests: shared / the shorter list.
    out.sharedInterests = 0;
    const pi = P.interests;
    const vi = V.interests;
    const pLen = pi.starts[i + 1] - pi.starts[i];
    const vLen = vi.starts[j + 1] - vi.starts[j];
    if (pLen > 0 && vLen > 0) {
      out.sharedInterests =
        sharedCount(pi.values, pi.starts[i], pi.starts[i + 1], vi.values, vi.starts[j], vi.starts[j + 1]) /
        Math.min(pLen, vLen);
    }

    // Language fit: the best shared language, at the lower of the two levels (native 1 … basic 0.25).
    out.languageFit = 0;
    this.bestLanguage = -1;
    this.bestLanguageRank = 0;
    const pl = P.languages;
    const vl = V.languages;
    let a = pl.starts[i];
    let b = vl.starts[j];
    const aEnd = pl.starts[i + 1];
    const bEnd = vl.starts[j + 1];
    let best = 0;
    while (a < aEnd && b < bEnd) {
      const x = pl.values[a];
      const y = vl.values[b];
      if (x < y) a++;
      else if (x > y) b++;
      else {
        const rank = Math.min(P.languageRank[a], V.languageRank[b]);
        if (rank > best) {
          best = rank;
          this.bestLanguage = a;
        }
        this.bestLanguageRank = best;
        a++;
        b++;
      }
    }
    out.languageFit = best / LEVEL_COUNT;

    // Age-group fit: 1 at the middle of the offer's age range, 1/(half-width + 1) at its edges;
    // 1 for a one-sided range; 0 when the range or the birth year is left out.
    out.ageGroupFit = 0;
    const age = P.age[i];
    if (age >= 0) {
      const lo = V.ageMin[j];
      const hi = V.ageMax[j];
      const hasLo = lo >= 0;
      const hasHi = Number.isFinite(hi);
      if (hasLo && hasHi) {
        const half = (hi - lo) / 2;
        out.ageGroupFit = Math.max(0, 1 - Math.abs(age - (lo + hi) / 2) / (half + 1));
      } else if (hasLo || hasHi) {
        out.ageGroupFit = age >= (hasLo ? lo : -Infinity) && age <= hi ? 1 : 0;
      }
    }

    // Waiting time: days waited / 365, capped at 1 — whoever has waited longest gains most.
    const days = P.waitedDays[i];
    out.waitingTime = days >= 0 ? Math.min(days, WAITING_SATURATION_DAYS) / WAITING_SATURATION_DAYS : 0;
    return out;
  }

  /** The reasons behind an engine-scored pair, as translatable keys with parameters. */
  reasons(i: number, j: number, distanceKm: number, vocab: Vocabularies): Reason[] {
    const v = this.evaluate(i, j, distanceKm);
    const w = this.weights;
    const P = this.participants;
    const V = this.providers;
    const reasons: Reason[] = [];
    if (w.distance !== 0 && !Number.isNaN(distanceKm)) {
      reasons.push({ key: 'distance', params: { km: Math.round(distanceKm * 10) / 10 } });
    }
    if (w.languageFit !== 0 && this.bestLanguage >= 0) {
      const a = this.bestLanguage;
      reasons.push({
        key: 'sharedLanguage',
        params: {
          code: vocab.languages.words[P.languages.values[a]],
          level: LANGUAGE_LEVELS[LANGUAGE_LEVELS.length - this.bestLanguageRank],
        },
      });
    }
    if (P.interpreter[i] === 1 && (this.bestLanguage < 0 || v.languageFit < 0.5)) {
      const listed =
        P.languages.starts[i + 1] > P.languages.starts[i] && V.languages.starts[j + 1] > V.languages.starts[j];
      if (listed) reasons.push({ key: 'interpreter', params: {} });
    }
    if (w.sharedInterests !== 0 && v.sharedInterests > 0) {
      const shared = sharedList(
        P.interests.values,
        P.interests.starts[i],
        P.interests.starts[i + 1],
        V.interests.values,
        V.interests.starts[j],
        V.interests.starts[j + 1],
      );
      for (const interest of shared.map((k) => vocab.interests.words[k]).sort()) {
        reasons.push({ key: 'sharedInterest', params: { interest } });
      }
    }
    if (w.ageGroupFit !== 0 && P.age[i] >= 0 && (V.ageMin[j] >= 0 || Number.isFinite(V.ageMax[j]))) {
      const params: Record<string, number> = { age: P.age[i] };
      if (V.ageMin[j] >= 0) params['min'] = V.ageMin[j];
      if (Number.isFinite(V.ageMax[j])) params['max'] = V.ageMax[j];
      reasons.push({ key: 'ageGroup', params });
    }
    if (w.waitingTime !== 0 && P.waitedDays[i] >= 0) {
      reasons.push({ key: 'waited', params: { days: P.waitedDays[i] } });
    }
    return reasons;
  }
}

function sharedCount(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): number {
  let n = 0;
  while (a0 < a1 && b0 < b1) {
    if (a[a0] < b[b0]) a0++;
    else if (a[a0] > b[b0]) b0++;
    else {
      n++;
      a0++;
      b0++;
    }
  }
  return n;
}

function sharedList(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): number[] {
  const out: number[] = [];
  while (a0 < a1 && b0 < b1) {
    if (a[a0] < b[b0]) a0++;
    else if (a[a0] > b[b0]) b0++;
    else {
      out.push(a[a0]);
      a0++;
      b0++;
    }
  }
  return out;
}
