import { DAY_PARTS, GENDERS, LANGUAGE_LEVELS, WEEKDAYS } from './types';
import type { LanguageSkill, Participant, Provider } from './types';

/** Language level as a rank: native 4, fluent 3, conversational 2, basic 1. */
export function levelRank(level: LanguageSkill['level']): number {
  return LANGUAGE_LEVELS.length - LANGUAGE_LEVELS.indexOf(level);
}
export const CONVERSATIONAL_RANK = 2;

const NO_GENDER = 0;
function genderCode(gender: string | undefined): number {
  return gender === undefined ? NO_GENDER : GENDERS.indexOf(gender as (typeof GENDERS)[number]) + 1;
}
export const FEMALE = genderCode('female');

const SLOT_BIT = new Map<string, number>();
WEEKDAYS.forEach((day, d) => DAY_PARTS.forEach((part, p) => SLOT_BIT.set(`${day}-${part}`, 1 << (d * 3 + p))));

/** Interns strings (language codes, interests) as small integers, in order of first appearance. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  id(word: string): number {
    let k = this.ids.get(word);
    if (k === undefined) {
      k = this.words.length;
      this.ids.set(word, k);
      this.words.push(word);
    }
    return k;
  }
}

/** Ragged integer lists in CSR form: entry k is `values[starts[k] .. starts[k+1])`. */
export interface Ragged {
  readonly starts: Int32Array;
  readonly values: Int32Array;
}

function ragged(lists: readonly (readonly number[])[]): Ragged {
  const starts = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, k) => {
    starts[k] = total;
    total += list.length;
  });
  starts[lists.length] = total;
  const values = new Int32Array(total);
  lists.forEach((list, k) => values.set(list, starts[k]));
  return { starts, values };
}

/** Profile fields of one side in columns (typed arrays), the shape the hot loops read. */
export interface Profiles {
  readonly count: number;
  /** NaN when the location is left out. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Infinity when left out. */
  readonly maxDistanceKm: Float64Array;
  /** 0 = left out, else 1 + index in GENDERS. */
  readonly gender: Uint8Array;
  /** Bit (day × 3 + part) per slot; 0 = left out or empty (imposes nothing). */
  readonly availability: Int32Array;
  /** Languages: ids sorted ascending, with their rank (1..4) in `languageRank` at the same index. */
  readonly languages: Ragged;
  readonly languageRank: Int32Array;
  /** Interest ids, sorted ascending and de-duplicated. */
  readonly interests: Ragged;
}

export interface ParticipantProfiles extends Profiles {
  /** Age on `today` as calendar year − birth year; -1 when left out. */
  readonly age: Int32Array;
  readonly preferredGender: Uint8Array;
  readonly interpreter: Uint8Array;
  /** Whole days waited on `today` (0 if in the future); -1 when left out. */
  readonly waitedDays: Int32Array;
}

export interface ProviderProfiles extends Profiles {
  readonly capacity: Int32Array;
  /** -1 / Infinity when left out. */
  readonly ageMin: Float64Array;
  readonly ageMax: Float64Array;
  readonly womenOnly: Uint8Array;
  /** -1 left out, 0 false, 1 true. */
  readonly childCertificate: Int8Array;
}

export interface Vocabularies {
  readonly languages: Vocabulary;
  readonly interests: Vocabulary;
}

function common(items: readonly (Participant | Provider)[], vocab: Vocabularies): Profiles {
  const n = items.length;
  const lat = new Float64Array(n).fill(NaN);
  const lon = new Float64Array(n).fill(NaN);
  const maxDistanceKm = new Float64Array(n).fill(Infinity);
  const gender = new Uint8Array(n);
  const availability = new Int32Array(n);
  const languageLists: number[][] = [];
  const rankLists: number[][] = [];
  const interestLists: number[][] = [];
  items.forEach((item, k) => {
    if (item.location !== undefined) {
      lat[k] = item.location.lat;
      lon[k] = item.location.lon;
    }
    if (item.maxDistanceKm !== undefined) maxDistanceKm[k] = item.maxDistanceKm;
    gender[k] = genderCode(item.gender);
    let mask = 0;
    for (const slot of item.availability ?? []) mask |= SLOT_BIT.get(slot) ?? 0;
    availability[k] = mask;
    // A code listed twice counts at its best level.
    const best = new Map<number, number>();
    for (const skill of item.languages ?? []) {
      const code = vocab.languages.id(skill.code);
      best.set(code, Math.max(best.get(code) ?? 0, levelRank(skill.level)));
    }
    const codes = [...best.keys()].sort((a, b) => a - b);
    languageLists.push(codes);
    rankLists.push(codes.map((c) => best.get(c) ?? 0));
    const interests = new Set<number>();
    for (const interest of item.interests ?? []) interests.add(vocab.interests.id(interest));
    interestLists.push([...interests].sort((a, b) => a - b));
  });
  const languages = ragged(languageLists);
  return {
    count: n,
    lat,
    lon,
    maxDistanceKm,
    gender,
    availability,
    languages,
    languageRank: Int32Array.from(rankLists.flat()),
    interests: ragged(interestLists),
  };
}

const DAY_MS = 86_400_000;
export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function compileParticipants(
  participants: readonly Participant[],
  today: string,
  vocab: Vocabularies,
): ParticipantProfiles {
  const n = participants.length;
  const base = common(participants, vocab);
  const todayYear = Number(today.slice(0, 4));
  const todayDay = dayNumber(today);
  const age = new Int32Array(n).fill(-1);
  const preferredGender = new Uint8Array(n);
  const interpreter = new Uint8Array(n);
  const waitedDays = new Int32Array(n).fill(-1);
  participants.forEach((p, k) => {
    if (p.birthYear !== undefined) age[k] = Math.max(0, todayYear - p.birthYear);
    preferredGender[k] = genderCode(p.preferredGender);
    interpreter[k] = p.interpreter === true ? 1 : 0;
    if (p.waitingSince !== undefined) waitedDays[k] = Math.max(0, todayDay - dayNumber(p.waitingSince));
  });
  return { ...base, age, preferredGender, interpreter, waitedDays };
}

export function compileProviders(providers: readonly Provider[], vocab: Vocabularies): ProviderProfiles {
  const n = providers.length;
  const base = common(providers, vocab);
  const capacity = new Int32Array(n);
  const ageMin = new Float64Array(n).fill(-1);
  const ageMax = new Float64Array(n).fill(Infinity);
  const womenOnly = new Uint8Array(n);
  const childCertificate = new Int8Array(n).fill(-1);
  providers.forEach((v, k) => {
    capacity[k] = v.capacity;
    if (v.ageRange?.min !== undefined) ageMin[k] = v.ageRange.min;
    if (v.ageRange?.max !== undefined) ageMax[k] = v.ageRange.max;
    womenOnly[k] = v.womenOnly === true ? 1 : 0;
    if (v.childCertificate !== undefined) childCertificate[k] = v.childCertificate ? 1 : 0;
  });
  return { ...base, capacity, ageMin, ageMax, womenOnly, childCertificate };
}
