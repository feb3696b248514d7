import { MatchingInputError } from './errors';
import {
  DAY_PARTS,
  FEATURES,
  GENDERS,
  LANGUAGE_LEVELS,
  MATCH_KINDS,
  WEEKDAYS,
  type AgeRange,
  type AvailabilitySlot,
  type CandidatePair,
  type Feature,
  type Gender,
  type GeoPoint,
  type LanguageSkill,
  type MatchingInstance,
  type PairLock,
  type Participant,
  type Provider,
} from './types';

type JsonObject = Record<string, unknown>;

const AVAILABILITY_SLOTS: ReadonlySet<string> = new Set(
  WEEKDAYS.flatMap((day) => DAY_PARTS.map((part) => `${day}-${part}`)),
);

const ROOT_FIELDS = ['kind', 'today', 'weights', 'participants', 'providers', 'pairs', 'must', 'mustNot'];
const PARTICIPANT_FIELDS = [
  'id',
  'birthYear',
  'gender',
  'languages',
  'interpreter',
  'location',
  'maxDistanceKm',
  'interests',
  'availability',
  'preferredGender',
  'waitingSince',
];
const PROVIDER_FIELDS = [
  'id',
  'capacity',
  'gender',
  'languages',
  'location',
  'maxDistanceKm',
  'interests',
  'availability',
  'ageRange',
  'womenOnly',
  'childCertificate',
];

function fail(path: string, detail: string): never {
  throw new MatchingInputError('invalid-input', path, detail);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string, allowed: readonly string[]): JsonObject {
  if (!isObject(value)) fail(path, `must be an object, got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(join(path, key), `unknown field (allowed: ${allowed.join(', ')})`);
  }
  return value;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Null and a left-out field mean the same: nothing is imposed. */
function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) fail(path, `must be an array, got ${describe(value)}`);
  return value;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function id(value: unknown, path: string): string {
  if (value === undefined || value === null) fail(path, 'is required');
  if (typeof value !== 'string' || value.length === 0) fail(path, `must be a non-empty string, got ${describe(value)}`);
  return value;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(path, `must be a finite number, got ${describe(value)}`);
  return value;
}

function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `must be an integer from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

function nonNegative(value: unknown, path: string): number {
  const n = finite(value, path);
  if (n < 0) fail(path, `must not be negative, got ${n}`);
  return n;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, `must be true or false, got ${describe(value)}`);
  return value;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates an ISO calendar date (YYYY-MM-DD) and returns it unchanged. */
export function isoDate(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, `must be a date YYYY-MM-DD, got ${describe(value)}`);
  const m = DATE.exec(value);
  if (m === null) fail(path, `must be a date YYYY-MM-DD, got ${describe(value)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    fail(path, `is not a calendar date: ${describe(value)}`);
  }
  return value;
}

function gender(value: unknown, path: string): Gender {
  return oneOf(value, path, GENDERS);
}

function languages(value: unknown, path: string): LanguageSkill[] {
  return array(value, path).map((item, k) => {
    const p = `${path}[${k}]`;
    const o = object(item, p, ['code', 'level']);
    const code = id(o['code'], `${p}.code`);
    return { code, level: oneOf(o['level'], `${p}.level`, LANGUAGE_LEVELS) };
  });
}

function location(value: unknown, path: string): GeoPoint {
  const o = object(value, path, ['lat', 'lon']);
  const lat = finite(o['lat'] ?? fail(`${path}.lat`, 'is required'), `${path}.lat`);
  const lon = finite(o['lon'] ?? fail(`${path}.lon`, 'is required'), `${path}.lon`);
  if (lat < -90 || lat > 90) fail(`${path}.lat`, `must be between -90 and 90, got ${lat}`);
  if (lon < -180 || lon > 180) fail(`${path}.lon`, `must be between -180 and 180, got ${lon}`);
  return { lat, lon };
}

function strings(value: unknown, path: string): string[] {
  return array(value, path).map((item, k) => id(item, `${path}[${k}]`));
}

function availability(value: unknown, path: string): AvailabilitySlot[] {
  return array(value, path).map((item, k) => {
    if (typeof item !== 'string' || !AVAILABILITY_SLOTS.has(item)) {
      fail(
        `${path}[${k}]`,
        `must be a slot <day>-<part>: day one of ${WEEKDAYS.join(', ')}; part one of ${DAY_PARTS.join(', ')}`,
      );
    }
    return item as AvailabilitySlot;
  });
}

function ageRange(value: unknown, path: string): AgeRange {
  const o = object(value, path, ['min', 'max']);
  const min = present(o['min']) ? integer(o['min'], `${path}.min`, 0, 150) : undefined;
  const max = present(o['max']) ? integer(o['max'], `${path}.max`, 0, 150) : undefined;
  if (min !== undefined && max !== undefined && min > max) fail(path, `min (${min}) must not exceed max (${max})`);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function participant(value: unknown, path: string): Participant {
  const o = object(value, path, PARTICIPANT_FIELDS);
  const p: Mutable<Participant> = { id: id(o['id'], `${path}.id`) };
  if (present(o['birthYear'])) p.birthYear = integer(o['birthYear'], `${path}.birthYear`, 1900, 2200);
  if (present(o['gender'])) p.gender = gender(o['gender'], `${path}.gender`);
  if (present(o['languages'])) p.languages = languages(o['languages'], `${path}.languages`);
  if (present(o['interpreter'])) p.interpreter = bool(o['interpreter'], `${path}.interpreter`);
  if (present(o['location'])) p.location = location(o['location'], `${path}.location`);
  if (present(o['maxDistanceKm'])) p.maxDistanceKm = nonNegative(o['maxDistanceKm'], `${path}.maxDistanceKm`);
  if (present(o['interests'])) p.interests = strings(o['interests'], `${path}.interests`);
  if (present(o['availability'])) p.availability = availability(o['availability'], `${path}.availability`);
  if (present(o['preferredGender'])) p.preferredGender = gender(o['preferredGender'], `${path}.preferredGender`);
  if (present(o['waitingSince'])) p.waitingSince = isoDate(o['waitingSince'], `${path}.waitingSince`);
  return p;
}

function provider(value: unknown, path: string): Provider {
  const o = object(value, path, PROVIDER_FIELDS);
  const providerId = id(o['id'], `${path}.id`);
  if (!present(o['capacity'])) fail(`${path}.capacity`, 'is required');
  const capacity = o['capacity'];
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0) {
    fail(`${path}.capacity`, `must be a non-negative integer, got ${describe(capacity)}`);
  }
  if (capacity > 1_000_000_000) fail(`${path}.capacity`, `must be at most 1000000000, got ${capacity}`);
  const v: Mutable<Provider> = { id: providerId, capacity };
  if (present(o['gender'])) v.gender = gender(o['gender'], `${path}.gender`);
  if (present(o['languages'])) v.languages = languages(o['languages'], `${path}.languages`);
  if (present(o['location'])) v.location = location(o['location'], `${path}.location`);
  if (present(o['maxDistanceKm'])) v.maxDistanceKm = nonNegative(o['maxDistanceKm'], `${path}.maxDistanceKm`);
  if (present(o['interests'])) v.interests = strings(o['interests'], `${path}.interests`);
  if (present(o['availability'])) v.availability = availability(o['availability'], `${path}.availability`);
  if (present(o['ageRange'])) v.ageRange = ageRange(o['ageRange'], `${path}.ageRange`);
  if (present(o['womenOnly'])) v.womenOnly = bool(o['womenOnly'], `${path}.womenOnly`);
  if (present(o['childCertificate'])) v.childCertificate = bool(o['childCertificate'], `${path}.childCertificate`);
  return v;
}

function uniqueIds(items: readonly { id: string }[], path: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, k) => {
    if (seen.has(item.id)) fail(`${path}[${k}].id`, `duplicate id ${JSON.stringify(item.id)}`);
    seen.add(item.id);
  });
  return seen;
}

function locks(
  value: unknown,
  path: string,
  participantIds: ReadonlySet<string>,
  providerIds: ReadonlySet<string>,
): PairLock[] {
  return array(value, path).map((item, k) => {
    const p = `${path}[${k}]`;
    if (!Array.isArray(item) || item.length !== 2) fail(p, 'must be a pair [participantId, providerId]');
    const participantId = id(item[0], `${p}[0]`);
    const providerId = id(item[1], `${p}[1]`);
    if (!participantIds.has(participantId)) fail(`${p}[0]`, `unknown participant ${JSON.stringify(participantId)}`);
    if (!providerIds.has(providerId)) fail(`${p}[1]`, `unknown provider ${JSON.stringify(providerId)}`);
    return [participantId, providerId] as const;
  });
}

function pairs(
  value: unknown,
  path: string,
  participantIds: ReadonlySet<string>,
  providerIds: ReadonlySet<string>,
): CandidatePair[] {
  const seen = new Set<string>();
  return array(value, path).map((item, k) => {
    const p = `${path}[${k}]`;
    const o = object(item, p, ['participant', 'provider', 'score']);
    const participantId = id(o['participant'], `${p}.participant`);
    const providerId = id(o['provider'], `${p}.provider`);
    if (!participantIds.has(participantId))
      fail(`${p}.participant`, `unknown participant ${JSON.stringify(participantId)}`);
    if (!providerIds.has(providerId)) fail(`${p}.provider`, `unknown provider ${JSON.stringify(providerId)}`);
    if (!present(o['score'])) fail(`${p}.score`, 'is required');
    const score = finite(o['score'], `${p}.score`);
    const key = JSON.stringify([participantId, providerId]);
    if (seen.has(key)) fail(p, `duplicate pair ${participantId}–${providerId}`);
    seen.add(key);
    return { participant: participantId, provider: providerId, score };
  });
}

function weights(value: unknown, path: string): Partial<Record<Feature, number>> {
  const o = object(value, path, FEATURES);
  const w: Partial<Record<Feature, number>> = {};
  for (const feature of FEATURES) {
    if (present(o[feature])) w[feature] = finite(o[feature], `${path}.${feature}`);
  }
  return w;
}

/**
 * Checks an instance read from JSON field by field and returns it typed. Throws a
 * `MatchingInputError` whose path names the first offending field.
 */
export function parseInstance(input: unknown): MatchingInstance {
  const o = object(input, '', ROOT_FIELDS);
  if (!present(o['kind'])) fail('kind', `is required (one of ${MATCH_KINDS.join(', ')})`);
  const kind = oneOf(o['kind'], 'kind', MATCH_KINDS);
  const participants = present(o['participants'])
    ? array(o['participants'], 'participants').map((p, k) => participant(p, `participants[${k}]`))
    : [];
  const providers = present(o['providers'])
    ? array(o['providers'], 'providers').map((v, k) => provider(v, `providers[${k}]`))
    : [];
  const participantIds = uniqueIds(participants, 'participants');
  const providerIds = uniqueIds(providers, 'providers');
  const instance: Mutable<MatchingInstance> = { kind, participants, providers };
  if (present(o['today'])) instance.today = isoDate(o['today'], 'today');
  if (present(o['weights'])) instance.weights = weights(o['weights'], 'weights');
  if (present(o['pairs'])) instance.pairs = pairs(o['pairs'], 'pairs', participantIds, providerIds);
  if (present(o['must'])) instance.must = locks(o['must'], 'must', participantIds, providerIds);
  if (present(o['mustNot'])) instance.mustNot = locks(o['mustNot'], 'mustNot', participantIds, providerIds);
  return instance;
}

/** Parses JSON text, reporting malformed JSON as an `invalid-input` error. */
export function parseInstanceJson(text: string): MatchingInstance {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    fail('', `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseInstance(value);
}
