import { distanceKm } from './geo';
import { CONVERSATIONAL_RANK, FEMALE, type ParticipantProfiles, type ProviderProfiles } from './profiles';
import { CONSTRAINTS, type Constraint } from './types';

// Imported constants copied to module locals: hot loops then read them without going through
// the module binding (an accessor call in some CommonJS transpilations).
const L_distanceKm = distanceKm;
const L_CONVERSATIONAL_RANK = CONVERSATIONAL_RANK;
const L_FEMALE = FEMALE;

/** Bit of each hard constraint in a violation mask. */
export const BIT: Readonly<Record<Constraint, number>> = Object.fromEntries(
  CONSTRAINTS.map((c, k) => [c, 1 << k]),
) as Record<Constraint, number>;

/** Children under this age meet only providers with a checked child certificate (børneattest). */
export const CHILD_CERTIFICATE_AGE = 15;

/**
 * Evaluates the hard constraints of one participant–provider pair. A field left out on the side
 * that would need it imposes nothing, except where the rule is the other side's demand
 * (a preferred gender or women-only offer needs a known, matching gender).
 */
export class PairChecker {
  /** Great-circle distance of the last pair checked, NaN when a location was missing. */
  lastDistanceKm = NaN;

  constructor(
    readonly participants: ParticipantProfiles,
    readonly providers: ProviderProfiles,
    private readonly mustNot: ReadonlySet<number>,
  ) {}

  /** Key of a pair in the `mustNot` set. */
  static key(participant: number, provider: number, providerCount: number): number {
    return participant * providerCount + provider;
  }

  /**
   * Returns 0 when the pair is admissible, otherwise a mask of violated constraints.
   * With `all = false` it stops at the first violation (cheap checks first, distance last).
   * With `withDistance = false` the distance rule is left out (see `CandidateIndex.distanceExcluded`).
   */
  violations(i: number, j: number, all: boolean, withDistance = true): number {
    const P = this.participants;
    const V = this.providers;
    let mask = 0;
    if (V.capacity[j] === 0) {
      mask |= BIT.capacity;
      if (!all) return mask;
    }
    if (this.mustNot.size > 0 && this.mustNot.has(PairChecker.key(i, j, V.count))) {
      mask |= BIT.mustNot;
      if (!all) return mask;
    }
    const pref = P.preferredGender[i];
    if (pref !== 0 && V.gender[j] !== pref) {
      mask |= BIT.preferredGender;
      if (!all) return mask;
    }
    if (V.womenOnly[j] === 1 && P.gender[i] !== L_FEMALE) {
      mask |= BIT.womenOnly;
      if (!all) return mask;
    }
    const age = P.age[i];
    if (age >= 0) {
      if (age < V.ageMin[j] || age > V.ageMax[j]) {
        mask |= BIT.ageRange;
        if (!all) return mask;
      }
      if (V.childCertificate[j] === 0 && age < CHILD_CERTIFICATE_AGE) {
        mask |= BIT.childCertificate;
        if (!all) return mask;
      }
    }
    const pa = P.availability[i];
    const va = V.availability[j];
    if (pa !== 0 && va !== 0 && (pa & va) === 0) {
      mask |= BIT.availability;
      if (!all) return mask;
    }
    if (P.interpreter[i] === 0 && !this.shareLanguage(i, j)) {
      mask |= BIT.language;
      if (!all) return mask;
    }
    this.lastDistanceKm = NaN;
    if (!withDistance) return mask;
    const plat = P.lat[i];
    const vlat = V.lat[j];
    if (!Number.isNaN(plat) && !Number.isNaN(vlat)) {
      const d = L_distanceKm(plat, P.lon[i], vlat, V.lon[j]);
      this.lastDistanceKm = d;
      if (d > P.maxDistanceKm[i] || d > V.maxDistanceKm[j]) mask |= BIT.distance;
    }
    return mask;
  }

  /** True when either side lists no language, or both speak one at conversational level or better. */
  shareLanguage(i: number, j: number): boolean {
    const pl = this.participants.languages;
    const vl = this.providers.languages;
    let a = pl.starts[i];
    const aEnd = pl.starts[i + 1];
    let b = vl.starts[j];
    const bEnd = vl.starts[j + 1];
    if (a === aEnd || b === bEnd) return true;
    const pr = this.participants.languageRank;
    const vr = this.providers.languageRank;
    while (a < aEnd && b < bEnd) {
      const x = pl.values[a];
      const y = vl.values[b];
      if (x < y) a++;
      else if (x > y) b++;
      else {
        if (pr[a] >= L_CONVERSATIONAL_RANK && vr[b] >= L_CONVERSATIONAL_RANK) return true;
        a++;
        b++;
      }
    }
    return false;
  }
}

/** The constraint of a mask that should be named: the first in `CONSTRAINTS` order. */
export function constraintsOf(mask: number): Constraint[] {
  return CONSTRAINTS.filter((c) => (mask & BIT[c]) !== 0);
}
