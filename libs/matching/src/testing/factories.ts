import type { CandidatePair, MatchingInstance, Participant, Provider } from '../lib/types';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

let sequence = 0;

export function participantFactory(overrides: Partial<Participant> = {}): Participant {
  sequence++;
  return { id: `p${sequence}`, ...overrides };
}

export function providerFactory(overrides: Partial<Provider> = {}): Provider {
  sequence++;
  return { id: `v${sequence}`, capacity: 1, ...overrides };
}

export function instanceFactory(overrides: Partial<MatchingInstance> = {}): MatchingInstance {
  return { kind: 'mentor', today: '2026-11-26', participants: [], providers: [], ...overrides };
}

export function pairFactory(participant: string, provider: string, score: number): CandidatePair {
  return { participant, provider, score };
}

/** Frederikssund town centre, from shared/data/localities.csv. */
export const FREDERIKSSUND = { lat: 55.8396, lon: 12.0689 } as const;

/** A point `km` kilometres north of `from` (1° of latitude ≈ 111.195 km). */
export function north(from: { lat: number; lon: number }, km: number): { lat: number; lon: number } {
  return { lat: from.lat + km / 111.19508, lon: from.lon };
}

/** Deterministic pseudo-random numbers (mulberry32) for generated instances. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInstanceOptions {
  readonly participants: number;
  readonly providers: number;
  /** Give explicit `pairs` (with integer scores) instead of letting the engine score. */
  readonly withPairs?: boolean;
  readonly locks?: boolean;
  /** Leave profile fields out (ids and capacities only), so that every given pair competes. */
  readonly bare?: boolean;
}

/**
 * A small random instance that exercises every hard constraint: locations within ~10 km of
 * Frederikssund, a few languages and levels, children and adults, gender rules, availability.
 */
export function randomInstance(seed: number, options: RandomInstanceOptions): MatchingInstance {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const some = <T>(items: readonly T[], max: number): T[] => {
    const out = new Set<T>();
    const n = 1 + Math.floor(random() * max);
    for (let k = 0; k < n; k++) out.add(pick(items));
    return [...out];
  };
  const languages = ['ar', 'da', 'ti', 'fa'] as const;
  const levels = ['native', 'fluent', 'conversational', 'basic'] as const;
  const genders = ['female', 'male', 'other'] as const;
  const slots = ['mon-evening', 'tue-evening', 'sat-morning', 'sun-afternoon'] as const;
  const interests = ['football', 'chess', 'cooking', 'music'] as const;
  const place = (): { lat: number; lon: number } => ({
    lat: FREDERIKSSUND.lat + (random() - 0.5) * 0.15,
    lon: FREDERIKSSUND.lon + (random() - 0.5) * 0.25,
  });
  const skills = (): { code: string; level: (typeof levels)[number] }[] =>
    some(languages, 2).map((code) => ({ code, level: pick(levels) }));

  const participants: Participant[] = Array.from({ length: options.participants }, (_, k) => {
    const p: Writable<Participant> = { id: `p${String(k).padStart(3, '0')}` };
    if (options.bare === true) return p;
    if (chance(0.8)) p.birthYear = chance(0.4) ? 2008 + Math.floor(random() * 14) : 1960 + Math.floor(random() * 45);
    if (chance(0.8)) p.gender = pick(genders);
    if (chance(0.8)) p.languages = skills();
    if (chance(0.2)) p.interpreter = true;
    if (chance(0.8)) p.location = place();
    if (chance(0.6)) p.maxDistanceKm = 2 + Math.floor(random() * 12);
    if (chance(0.6)) p.interests = some(interests, 2);
    if (chance(0.5)) p.availability = some(slots, 2);
    if (chance(0.2)) p.preferredGender = pick(genders);
    if (chance(0.7)) p.waitingSince = `2026-${String(1 + Math.floor(random() * 11)).padStart(2, '0')}-15`;
    return p;
  });
  const providers: Provider[] = Array.from({ length: options.providers }, (_, k) => {
    const v: Writable<Provider> = { id: `v${String(k).padStart(3, '0')}`, capacity: Math.floor(random() * 4) };
    if (options.bare === true) return v;
    if (chance(0.8)) v.gender = pick(genders);
    if (chance(0.8)) v.languages = skills();
    if (chance(0.8)) v.location = place();
    if (chance(0.6)) v.maxDistanceKm = 2 + Math.floor(random() * 12);
    if (chance(0.6)) v.interests = some(interests, 3);
    if (chance(0.5)) v.availability = some(slots, 3);
    if (chance(0.3)) v.ageRange = chance(0.5) ? { min: 6, max: 17 } : { min: 18 };
    if (chance(0.15)) v.womenOnly = true;
    if (chance(0.5)) v.childCertificate = chance(0.6);
    return v;
  });
  const instance: Writable<MatchingInstance> = instanceFactory({ participants, providers });
  if (options.withPairs === true) {
    const pairs: CandidatePair[] = [];
    for (const p of participants) {
      for (const v of providers) {
        if (chance(0.5)) pairs.push({ participant: p.id, provider: v.id, score: Math.floor(random() * 30) - 5 });
      }
    }
    instance.pairs = pairs;
  }
  if (options.locks === true && participants.length > 0 && providers.length > 0) {
    instance.mustNot = Array.from(
      { length: Math.floor(random() * 3) },
      () => [pick(participants).id, pick(providers).id] as const,
    );
    const lockedParticipants = new Set<string>();
    instance.must = Array.from(
      { length: Math.floor(random() * 2) },
      () => [pick(participants).id, pick(providers).id] as const,
    ).filter(([p]) => !lockedParticipants.has(p) && lockedParticipants.add(p) !== undefined);
  }
  return instance;
}
