/**
 * An independent, deliberately naive reading of the contract, used to check the engine:
 * hard constraints evaluated straight from the instance's objects, and a brute-force optimum.
 */
import type { MatchingInstance, Participant, Provider } from '../lib/types';

const LEVEL_RANK: Readonly<Record<string, number>> = { native: 4, fluent: 3, conversational: 2, basic: 1 };

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The names of the hard constraints a pair breaks (empty when it may be made). */
export function brokenConstraints(instance: MatchingInstance, p: Participant, v: Provider): string[] {
  const broken: string[] = [];
  const year = Number((instance.today ?? '2026-11-26').slice(0, 4));
  const age = p.birthYear === undefined ? undefined : year - p.birthYear;
  if (v.capacity === 0) broken.push('capacity');
  if ((instance.mustNot ?? []).some(([a, b]) => a === p.id && b === v.id)) broken.push('mustNot');
  const pl = p.languages ?? [];
  const vl = v.languages ?? [];
  if (p.interpreter !== true && pl.length > 0 && vl.length > 0) {
    const shared = pl.some(
      (a) => LEVEL_RANK[a.level] >= 2 && vl.some((b) => b.code === a.code && LEVEL_RANK[b.level] >= 2),
    );
    if (!shared) broken.push('language');
  }
  if (p.location !== undefined && v.location !== undefined) {
    const d = kmBetween(p.location, v.location);
    if (d > (p.maxDistanceKm ?? Infinity) || d > (v.maxDistanceKm ?? Infinity)) broken.push('distance');
  }
  if (p.preferredGender !== undefined && v.gender !== p.preferredGender) broken.push('preferredGender');
  if (v.womenOnly === true && p.gender !== 'female') broken.push('womenOnly');
  if (age !== undefined && ((v.ageRange?.min ?? -Infinity) > age || (v.ageRange?.max ?? Infinity) < age))
    broken.push('ageRange');
  if (age !== undefined && age < 15 && v.childCertificate === false) broken.push('childCertificate');
  const pa = p.availability ?? [];
  const va = v.availability ?? [];
  if (pa.length > 0 && va.length > 0 && !pa.some((s) => va.includes(s))) broken.push('availability');
  return broken;
}

/**
 * Maximum total score by exhaustive search, for instances with explicit `pairs` (tiny only).
 * Returns null when a `must` pair is impossible.
 */
export function bruteForceOptimum(instance: MatchingInstance): number | null {
  const participants = instance.participants;
  const providers = new Map(instance.providers.map((v) => [v.id, v]));
  const left = new Map(instance.providers.map((v) => [v.id, v.capacity]));
  const lockedTo = new Map<string, string>();
  let lockedScore = 0;
  for (const [pid, vid] of instance.must ?? []) {
    const p = participants.find((x) => x.id === pid);
    const v = providers.get(vid);
    const pair = (instance.pairs ?? []).find((x) => x.participant === pid && x.provider === vid);
    if (p === undefined || v === undefined || pair === undefined) return null;
    if (lockedTo.has(pid) || brokenConstraints(instance, p, v).length > 0) return null;
    const room = left.get(vid) ?? 0;
    if (room <= 0) return null;
    left.set(vid, room - 1);
    lockedTo.set(pid, vid);
    lockedScore += pair.score;
  }
  const options = participants
    .filter((p) => !lockedTo.has(p.id))
    .map((p) =>
      (instance.pairs ?? []).filter((pair) => {
        const v = providers.get(pair.provider);
        return (
          pair.participant === p.id &&
          pair.score > 0 &&
          v !== undefined &&
          brokenConstraints(instance, p, v).length === 0
        );
      }),
    );
  let best = 0;
  const search = (k: number, total: number): void => {
    if (k === options.length) {
      best = Math.max(best, total);
      return;
    }
    search(k + 1, total);
    for (const pair of options[k]) {
      const room = left.get(pair.provider) ?? 0;
      if (room > 0) {
        left.set(pair.provider, room - 1);
        search(k + 1, total + pair.score);
        left.set(pair.provider, room);
      }
    }
  };
  search(0, 0);
  return best + lockedScore;
}
