import { EARTH_RADIUS_KM } from './geo';
import { CONVERSATIONAL_RANK, FEMALE, type ParticipantProfiles, type ProviderProfiles } from './profiles';
import { CHILD_CERTIFICATE_AGE } from './constraints';
import { DEFAULT_DISTANCE_REFERENCE_KM, ENGINE_SCORE_SCALE, WAITING_SATURATION_DAYS } from './scoring';
import { LANGUAGE_LEVELS, type Feature } from './types';

// Imported constants copied to module locals: hot loops then read them without going through
// the module binding (an accessor call in some CommonJS transpilations).
const L_EARTH_RADIUS_KM = EARTH_RADIUS_KM;
const L_CONVERSATIONAL_RANK = CONVERSATIONAL_RANK;
const L_FEMALE = FEMALE;
const L_CHILD_CERTIFICATE_AGE = CHILD_CERTIFICATE_AGE;
const L_DEFAULT_DISTANCE_REFERENCE_KM = DEFAULT_DISTANCE_REFERENCE_KM;
const L_ENGINE_SCORE_SCALE = ENGINE_SCORE_SCALE;
const L_WAITING_SATURATION_DAYS = WAITING_SATURATION_DAYS;

const RAD = Math.PI / 180;
const KM_PER_DEGREE = L_EARTH_RADIUS_KM * RAD;
const LEAF_SIZE = 4;
/**
 * Feature splits are preferred over location splits: a participant's best candidates come from a
 * wide area when profile features weigh more than a few kilometres (measured on the benchmark).
 */
const DISTANCE_SPLIT_FACTOR = 0.3;
const RANKS = LANGUAGE_LEVELS.length;

/**
 * A tree over the located providers with capacity, for "best `limit` providers of a participant"
 * by branch and bound. Each node knows a bounding box and aggregates of its providers' profiles
 * (OR of interest and language bitsets per level, gender set, age bounds, availability OR, reach,
 * …). From them `bound` derives, for one participant, whether any provider below can be
 * admissible and an upper bound on the score of every one of them: every feature at the best
 * value the aggregates allow, the distance at the box's smallest distance. Wide nodes are split
 * at the median latitude or longitude, narrow ones by the profile feature that divides them most
 * evenly (an interest, a language, a gender or age rule), so that leaves are near-homogeneous
 * and their bounds tight.
 */
export class ProviderTree {
  readonly nodeCount: number;
  /** Provider indices; node k holds order[start[k] .. end[k]). */
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Children, −1 for a leaf. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  private readonly latMin: Float64Array;
  private readonly latMax: Float64Array;
  private readonly lonMin: Float64Array;
  private readonly lonMax: Float64Array;
  /** Smallest cosine of a latitude in the box. */
  private readonly cosMin: Float64Array;
  private readonly reachMax: Float64Array;
  private readonly refFiniteMax: Float64Array;
  private readonly refInfinite: Uint8Array;
  private readonly genders: Uint8Array;
  private readonly anyNotWomenOnly: Uint8Array;
  private readonly ageMinMin: Float64Array;
  private readonly ageMaxMax: Float64Array;
  private readonly anyAgeRange: Uint8Array;
  private readonly anyCertificateOk: Uint8Array;
  private readonly availabilityOr: Int32Array;
  private readonly anyAvailabilityEmpty: Uint8Array;
  private readonly anySilent: Uint8Array;
  private readonly minInterests: Int32Array;
  /** Interest bitset per node: WI words. */
  private readonly interestOr: Int32Array;
  /** Language bitsets per node and level r = 1..4 (spoken at rank ≥ r): 4 × WL words. */
  private readonly languageOr: Int32Array;
  private readonly WI: number;
  private readonly WL: number;

  // Per-participant state set by `prepare`.
  private readonly pInterests: Int32Array;
  private readonly pLanguages: Int32Array;
  private pInterestCount = 0;
  private pConst = 0;
  private pLat = 0;
  private pLon = 0;
  private pCos = 1;
  private pRadius = Infinity;
  private pRef = Infinity;
  private pAge = -1;
  private pFemale = false;
  private pPref = 0;
  private pAvailability = 0;
  private pNeedsLanguage = false;
  private pTopRank = 0;
  private readonly wDistance: number;
  private readonly wInterests: number;
  private readonly wLanguage: number;
  private readonly wAge: number;

  constructor(
    private readonly participants: ParticipantProfiles,
    private readonly providers: ProviderProfiles,
    interestCount: number,
    languageCount: number,
    private readonly weights: Readonly<Record<Feature, number>>,
    /** The providers of this tree (located, with capacity), in index order. */
    members: Int32Array,
    /**
     * False for the tree of the "rest": its bound leaves the shared-interests feature out, for
     * the search visits only providers sharing no interest with the participant there.
     */
    private readonly withInterests: boolean,
  ) {
    const V = providers;
    this.WI = Math.max(1, Math.ceil(interestCount / 32));
    this.WL = Math.max(1, Math.ceil(languageCount / 32));
    this.pInterests = new Int32Array(this.WI);
    this.pLanguages = new Int32Array(this.WL * RANKS);
    this.wDistance = Math.max(0, weights.distance);
    this.wInterests = Math.max(0, weights.sharedInterests);
    this.wLanguage = Math.max(0, weights.languageFit);
    this.wAge = Math.max(0, weights.ageGroupFit);

    const n = members.length;
    this.order = Int32Array.from(members);
    const maxNodes = Math.max(1, 2 * n);
    this.start = new Int32Array(maxNodes);
    this.end = new Int32Array(maxNodes);
    this.left = new Int32Array(maxNodes).fill(-1);
    this.right = new Int32Array(maxNodes).fill(-1);
    this.latMin = new Float64Array(maxNodes);
    this.latMax = new Float64Array(maxNodes);
    this.lonMin = new Float64Array(maxNodes);
    this.lonMax = new Float64Array(maxNodes);
    this.cosMin = new Float64Array(maxNodes);
    this.reachMax = new Float64Array(maxNodes);
    this.refFiniteMax = new Float64Array(maxNodes);
    this.refInfinite = new Uint8Array(maxNodes);
    this.genders = new Uint8Array(maxNodes);
    this.anyNotWomenOnly = new Uint8Array(maxNodes);
    this.ageMinMin = new Float64Array(maxNodes);
    this.ageMaxMax = new Float64Array(maxNodes);
    this.anyAgeRange = new Uint8Array(maxNodes);
    this.anyCertificateOk = new Uint8Array(maxNodes);
    this.availabilityOr = new Int32Array(maxNodes);
    this.anyAvailabilityEmpty = new Uint8Array(maxNodes);
    this.anySilent = new Uint8Array(maxNodes);
    this.minInterests = new Int32Array(maxNodes);
    this.interestOr = new Int32Array(maxNodes * this.WI);
    this.languageOr = new Int32Array(maxNodes * this.WL * RANKS);

    // Split predicates: interests, languages at conversational or better, native languages,
    // and a few rules; each with a weight for how much it can move a bound.
    const NI = interestCount;
    const NL = languageCount;
    const special = 5;
    const predicateCount = NI + 2 * NL + special;
    const predicateWeight = new Float64Array(predicateCount);
    for (let k = 0; k < NI; k++) predicateWeight[k] = withInterests ? this.wInterests / 2 + 0.5 : 0;
    for (let k = 0; k < NL; k++) predicateWeight[NI + k] = this.wLanguage / 2 + 5;
    for (let k = 0; k < NL; k++) predicateWeight[NI + NL + k] = this.wLanguage / 4 + 0.5;
    predicateWeight[NI + 2 * NL] = 3; // female
    predicateWeight[NI + 2 * NL + 1] = 3; // women only
    predicateWeight[NI + 2 * NL + 2] = 5 + this.wAge; // adults only (minimum age ≥ 15)
    predicateWeight[NI + 2 * NL + 3] = 3; // no child certificate
    predicateWeight[NI + 2 * NL + 4] = this.wAge + 0.5; // has an age range
    const counts = new Int32Array(predicateCount);
    const has = (j: number, p: number): boolean => {
      if (p < NI) {
        for (let k = V.interests.starts[j]; k < V.interests.starts[j + 1]; k++)
          if (V.interests.values[k] === p) return true;
        return false;
      }
      if (p < NI + 2 * NL) {
        const native = p >= NI + NL;
        const l = native ? p - NI - NL : p - NI;
        for (let k = V.languages.starts[j]; k < V.languages.starts[j + 1]; k++) {
          if (V.languages.values[k] === l)
            return native ? V.languageRank[k] === RANKS : V.languageRank[k] >= L_CONVERSATIONAL_RANK;
        }
        return false;
      }
      switch (p - NI - 2 * NL) {
        case 0:
          return V.gender[j] === L_FEMALE;
        case 1:
          return V.womenOnly[j] === 1;
        case 2:
          return V.ageMin[j] >= L_CHILD_CERTIFICATE_AGE;
        case 3:
          return V.childCertificate[j] === 0;
        default:
          return V.ageMin[j] >= 0 || Number.isFinite(V.ageMax[j]);
      }
    };
    const countPredicates = (j: number): void => {
      for (let k = V.interests.starts[j]; k < V.interests.starts[j + 1]; k++) counts[V.interests.values[k]]++;
      for (let k = V.languages.starts[j]; k < V.languages.starts[j + 1]; k++) {
        if (V.languageRank[k] >= L_CONVERSATIONAL_RANK) counts[NI + V.languages.values[k]]++;
        if (V.languageRank[k] === RANKS) counts[NI + NL + V.languages.values[k]]++;
      }
      for (let s = 0; s < special; s++) if (has(j, NI + 2 * NL + s)) counts[NI + 2 * NL + s]++;
    };

    const distancePerKm = (DISTANCE_SPLIT_FACTOR * this.wDistance) / typicalReference(participants, providers);
    const order = this.order;
    const keys = new Float64Array(V.count);
    let nodes = 0;
    const build = (lo: number, hi: number): number => {
      const k = nodes++;
      this.start[k] = lo;
      this.end[k] = hi;
      this.aggregate(k, lo, hi);
      if (hi - lo <= LEAF_SIZE) return k;
      const midLat = (this.latMin[k] + this.latMax[k]) / 2;
      const latKm = (this.latMax[k] - this.latMin[k]) * KM_PER_DEGREE;
      const lonKm = (this.lonMax[k] - this.lonMin[k]) * KM_PER_DEGREE * Math.cos(midLat * RAD);
      // Split where the bound spreads most: distance (points per km × extent) or a feature
      // (its weight × how evenly it divides the node).
      let split = -1;
      let best = distancePerKm * Math.max(latKm, lonKm);
      counts.fill(0);
      for (let m = lo; m < hi; m++) countPredicates(order[m]);
      for (let p = 0; p < predicateCount; p++) {
        const value = (predicateWeight[p] * 2 * Math.min(counts[p], hi - lo - counts[p])) / (hi - lo);
        if (value > best) {
          best = value;
          split = p;
        }
      }
      let mid: number;
      if (split >= 0) {
        // Partition: providers with the feature first, each side in index order.
        const yes: number[] = [];
        const no: number[] = [];
        for (let m = lo; m < hi; m++) (has(order[m], split) ? yes : no).push(order[m]);
        order.set(yes, lo);
        order.set(no, lo + yes.length);
        mid = lo + yes.length;
      } else {
        if (latKm === 0 && lonKm === 0) return k; // all at one point and alike: one leaf
        const byLat = latKm >= lonKm;
        const coord = byLat ? V.lat : V.lon;
        for (let m = lo; m < hi; m++) keys[order[m]] = coord[order[m]];
        const slice = order.subarray(lo, hi);
        slice.sort((a, b) => keys[a] - keys[b] || a - b);
        mid = (lo + hi) >> 1;
      }
      const l = build(lo, mid);
      const r = build(mid, hi);
      this.left[k] = l;
      this.right[k] = r;
      return k;
    };
    if (n > 0) build(0, n);
    this.nodeCount = nodes;
  }

  private aggregate(k: number, lo: number, hi: number): void {
    const V = this.providers;
    let latMin = Infinity;
    let latMax = -Infinity;
    let lonMin = Infinity;
    let lonMax = -Infinity;
    let reach = 0;
    let refFinite = -1;
    let refInfinite = 0;
    let genders = 0;
    let notWomenOnly = 0;
    let ageMin = Infinity;
    let ageMax = -Infinity;
    let anyRange = 0;
    let certOk = 0;
    let availability = 0;
    let availabilityEmpty = 0;
    let silent = 0;
    let minInterests = 0;
    const WI = this.WI;
    const WL = this.WL;
    const io = k * WI;
    const lo4 = k * WL * RANKS;
    for (let m = lo; m < hi; m++) {
      const j = this.order[m];
      const lat = V.lat[j];
      const lon = V.lon[j];
      if (lat < latMin) latMin = lat;
      if (lat > latMax) latMax = lat;
      if (lon < lonMin) lonMin = lon;
      if (lon > lonMax) lonMax = lon;
      const d = V.maxDistanceKm[j];
      if (d > reach) reach = d;
      if (Number.isFinite(d)) {
        if (d > refFinite) refFinite = d;
      } else refInfinite = 1;
      genders |= 1 << V.gender[j];
      if (V.womenOnly[j] === 0) notWomenOnly = 1;
      if (V.ageMin[j] < ageMin) ageMin = V.ageMin[j];
      if (V.ageMax[j] > ageMax) ageMax = V.ageMax[j];
      if (V.ageMin[j] >= 0 || Number.isFinite(V.ageMax[j])) anyRange = 1;
      if (V.childCertificate[j] !== 0) certOk = 1;
      if (V.availability[j] === 0) availabilityEmpty = 1;
      availability |= V.availability[j];
      const i0 = V.interests.starts[j];
      const i1 = V.interests.starts[j + 1];
      if (i1 > i0 && (minInterests === 0 || i1 - i0 < minInterests)) minInterests = i1 - i0;
      for (let t = i0; t < i1; t++) {
        const x = V.interests.values[t];
        this.interestOr[io + (x >> 5)] |= 1 << (x & 31);
      }
      const l0 = V.languages.starts[j];
      const l1 = V.languages.starts[j + 1];
      if (l0 === l1) silent = 1;
      for (let t = l0; t < l1; t++) {
        const x = V.languages.values[t];
        for (let r = 1; r <= V.languageRank[t]; r++) this.languageOr[lo4 + (r - 1) * WL + (x >> 5)] |= 1 << (x & 31);
      }
    }
    this.latMin[k] = latMin;
    this.latMax[k] = latMax;
    this.lonMin[k] = lonMin;
    this.lonMax[k] = lonMax;
    this.cosMin[k] = Math.max(0, Math.min(Math.cos(latMin * RAD), Math.cos(latMax * RAD)));
    this.reachMax[k] = reach;
    this.refFiniteMax[k] = refFinite;
    this.refInfinite[k] = refInfinite;
    this.genders[k] = genders;
    this.anyNotWomenOnly[k] = notWomenOnly;
    this.ageMinMin[k] = ageMin;
    this.ageMaxMax[k] = ageMax;
    this.anyAgeRange[k] = anyRange;
    this.anyCertificateOk[k] = certOk;
    this.availabilityOr[k] = availability;
    this.anyAvailabilityEmpty[k] = availabilityEmpty;
    this.anySilent[k] = silent;
    this.minInterests[k] = minInterests;
  }

  /** Sets up participant i for `bound`. */
  prepare(i: number): void {
    const P = this.participants;
    const w = this.weights;
    this.pLat = P.lat[i];
    this.pLon = P.lon[i];
    this.pCos = Math.cos(this.pLat * RAD);
    this.pRadius = P.maxDistanceKm[i];
    this.pRef = P.maxDistanceKm[i];
    this.pAge = P.age[i];
    this.pFemale = P.gender[i] === L_FEMALE;
    this.pPref = P.preferredGender[i];
    this.pAvailability = P.availability[i];
    this.pInterests.fill(0);
    this.pInterestCount = P.interests.starts[i + 1] - P.interests.starts[i];
    for (let t = P.interests.starts[i]; t < P.interests.starts[i + 1]; t++) {
      const x = P.interests.values[t];
      this.pInterests[x >> 5] |= 1 << (x & 31);
    }
    this.pLanguages.fill(0);
    let top = 0;
    const WL = this.WL;
    for (let t = P.languages.starts[i]; t < P.languages.starts[i + 1]; t++) {
      const x = P.languages.values[t];
      const rank = P.languageRank[t];
      if (rank > top) top = rank;
      for (let r = 1; r <= rank; r++) this.pLanguages[(r - 1) * WL + (x >> 5)] |= 1 << (x & 31);
    }
    this.pTopRank = top;
    this.pNeedsLanguage = P.interpreter[i] === 0 && P.languages.starts[i] < P.languages.starts[i + 1];
    const days = P.waitedDays[i];
    this.pConst =
      w.base +
      (days >= 0 ? (w.waitingTime * Math.min(days, L_WAITING_SATURATION_DAYS)) / L_WAITING_SATURATION_DAYS : 0);
  }

  /**
   * For the prepared participant: −Infinity when no provider of node k can be admissible (by the
   * aggregates), otherwise an integer upper bound on the scaled score of each of them.
   */
  bound(k: number): number {
    // Hard constraints that the aggregates can rule out.
    const pref = this.pPref;
    if (pref !== 0 && (this.genders[k] & (1 << pref)) === 0) return -Infinity;
    if (!this.pFemale && this.anyNotWomenOnly[k] === 0) return -Infinity;
    const age = this.pAge;
    if (age >= 0) {
      if (age < this.ageMinMin[k] || age > this.ageMaxMax[k]) return -Infinity;
      if (age < L_CHILD_CERTIFICATE_AGE && this.anyCertificateOk[k] === 0) return -Infinity;
    }
    const pa = this.pAvailability;
    if (pa !== 0 && this.anyAvailabilityEmpty[k] === 0 && (this.availabilityOr[k] & pa) === 0) return -Infinity;
    const WL = this.WL;
    const lo4 = k * WL * RANKS;
    if (this.pNeedsLanguage && this.anySilent[k] === 0) {
      let shared = false;
      const base = (L_CONVERSATIONAL_RANK - 1) * WL;
      for (let x = 0; x < WL; x++) {
        if ((this.pLanguages[base + x] & this.languageOr[lo4 + base + x]) !== 0) {
          shared = true;
          break;
        }
      }
      if (!shared) return -Infinity;
    }
    // Smallest great-circle distance to the box: haversine with each term at its minimum, using
    // sin x ≥ x − x³/6 and asin x ≥ x (cheap lower bounds, tight at these scales).
    const lat = this.pLat;
    const dLat = (lat < this.latMin[k] ? this.latMin[k] - lat : lat > this.latMax[k] ? lat - this.latMax[k] : 0) * RAD;
    const lon = this.pLon;
    let dLon = lon < this.lonMin[k] ? this.lonMin[k] - lon : lon > this.lonMax[k] ? lon - this.lonMax[k] : 0;
    if (dLon > 180) dLon = Math.max(0, 360 - Math.max(Math.abs(lon - this.lonMin[k]), Math.abs(lon - this.lonMax[k])));
    const hLat = dLat / 2;
    const hLon = (Math.min(180, dLon) * RAD) / 2;
    const s1 = Math.max(0, hLat - (hLat * hLat * hLat) / 6);
    const s2 = Math.max(0, hLon - (hLon * hLon * hLon) / 6);
    const h = s1 * s1 + this.pCos * this.cosMin[k] * s2 * s2;
    const minKm = h > 0 ? 2 * L_EARTH_RADIUS_KM * Math.sqrt(h) * (1 - 1e-9) - 1e-9 : 0;
    if (minKm > this.pRadius || minKm > this.reachMax[k]) return -Infinity;

    // Score bound.
    let points = this.pConst;
    if (this.wDistance > 0) {
      const ownRef = this.pRef;
      let ref: number;
      if (Number.isFinite(ownRef)) ref = this.refInfinite[k] === 1 ? ownRef : Math.min(ownRef, this.refFiniteMax[k]);
      else ref = Math.max(this.refFiniteMax[k], this.refInfinite[k] === 1 ? L_DEFAULT_DISTANCE_REFERENCE_KM : -1);
      const value = ref > 0 ? Math.max(0, 1 - minKm / ref) : minKm > 0 ? 0 : 1;
      points += this.wDistance * value;
    }
    if (this.withInterests && this.wInterests > 0 && this.pInterestCount > 0 && this.minInterests[k] > 0) {
      let shared = 0;
      const io = k * this.WI;
      for (let x = 0; x < this.WI; x++) shared += popcount(this.pInterests[x] & this.interestOr[io + x]);
      points += this.wInterests * Math.min(1, shared / Math.min(this.pInterestCount, this.minInterests[k])) || 0;
    }
    if (this.wLanguage > 0) {
      let rank = 0;
      for (let r = this.pTopRank; r >= 1 && rank === 0; r--) {
        const base = (r - 1) * WL;
        for (let x = 0; x < WL; x++) {
          if ((this.pLanguages[base + x] & this.languageOr[lo4 + base + x]) !== 0) {
            rank = r;
            break;
          }
        }
      }
      points += (this.wLanguage * rank) / RANKS;
    }
    if (this.wAge > 0 && age >= 0 && this.anyAgeRange[k] === 1) points += this.wAge;
    const scaled = points * L_ENGINE_SCORE_SCALE;
    return Math.ceil(scaled + 1e-9 * (Math.abs(scaled) + 1000));
  }
}

/** Median of the finite maxDistanceKm values (a sample), else the default reference. */
function typicalReference(participants: ParticipantProfiles, providers: ProviderProfiles): number {
  const reaches: number[] = [];
  for (let i = 0; i < participants.count && reaches.length < 1000; i++) {
    if (Number.isFinite(participants.maxDistanceKm[i])) reaches.push(participants.maxDistanceKm[i]);
  }
  for (let j = 0; j < providers.count && reaches.length < 2000; j++) {
    if (Number.isFinite(providers.maxDistanceKm[j])) reaches.push(providers.maxDistanceKm[j]);
  }
  if (reaches.length === 0) return L_DEFAULT_DISTANCE_REFERENCE_KM;
  reaches.sort((a, b) => a - b);
  return Math.max(0.1, reaches[reaches.length >> 1]);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
