/** Instance generator of the matching benchmark (see docs/benchmarks/matching.md). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LanguageSkill, MatchingInstance, Participant, Provider } from '../src/lib/types';
import { seededRandom } from '../src/testing/factories';

export interface Town {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

const repoRoot = resolve(__dirname, '../../..');
export const localitiesCsv = resolve(repoRoot, '../shared/data/localities.csv');

export function readTowns(): Town[] {
  const [header, ...rows] = readFileSync(localitiesCsv, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const at = (name: string): number => columns.indexOf(name);
  return rows.map((row) => {
    const cells = row.split(',');
    return { name: cells[at('name')], lat: Number(cells[at('lat')]), lon: Number(cells[at('lon')]) };
  });
}

const NEWCOMER_LANGUAGES = ['ar', 'ti', 'fa', 'prs', 'so', 'uk', 'ku', 'ps'];
const LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
const INTERESTS = [
  'football',
  'swimming',
  'chess',
  'cooking',
  'music',
  'handball',
  'gardening',
  'sewing',
  'running',
  'crafts',
  'reading',
  'cycling',
];
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) =>
  ['morning', 'afternoon', 'evening'].map((p) => `${d}-${p}`),
);

/** A seeded instance of size P (participants) with P/2 providers. */
export function generateInstance(P: number, seed: number, towns: readonly Town[]): MatchingInstance {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(random() * (max - min + 1));
    const out = new Set<T>();
    while (out.size < n) out.add(pick(items));
    return [...out];
  };
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const near = (): { lat: number; lon: number } => {
    const town = pick(towns);
    const km = 2.5;
    return {
      lat: Math.round((town.lat + (gaussian() * km) / 111.2) * 1e5) / 1e5,
      lon: Math.round((town.lon + (gaussian() * km) / (111.2 * Math.cos((town.lat * Math.PI) / 180))) * 1e5) / 1e5,
    };
  };
  const gender = (): 'female' | 'male' | 'other' => (chance(0.49) ? 'female' : chance(0.97) ? 'male' : 'other');
  const participants: Participant[] = [];
  for (let k = 0; k < P; k++) {
    const languages: LanguageSkill[] = [{ code: pick(NEWCOMER_LANGUAGES), level: 'native' }];
    if (chance(0.6)) languages.push({ code: 'da', level: pick(LEVELS) });
    if (chance(0.3)) languages.push({ code: 'en', level: pick(LEVELS) });
    const child = chance(0.3);
    participants.push({
      id: `p${String(k).padStart(6, '0')}`,
      birthYear: child ? 2010 + Math.floor(random() * 11) : 1960 + Math.floor(random() * 46),
      gender: gender(),
      languages,
      interpreter: chance(0.1),
      location: near(),
      ...(chance(0.7) ? { maxDistanceKm: 3 + Math.floor(random() * 8) } : {}),
      interests: some(INTERESTS, 1, 3),
      availability: some(SLOTS, 3, 8) as Participant['availability'],
      ...(chance(0.15) ? { preferredGender: 'female' as const } : {}),
      waitingSince: new Date(Date.UTC(2026, 10, 26) - Math.floor(random() * 400) * 86_400_000)
        .toISOString()
        .slice(0, 10),
    });
  }
  const providers: Provider[] = [];
  for (let k = 0; k < Math.floor(P / 2); k++) {
    const languages: LanguageSkill[] = [{ code: 'da', level: 'native' }];
    if (chance(0.35)) languages.push({ code: pick(NEWCOMER_LANGUAGES), level: chance(0.5) ? 'native' : 'fluent' });
    if (chance(0.5)) languages.push({ code: 'en', level: pick(LEVELS) });
    const r = random();
    providers.push({
      id: `v${String(k).padStart(6, '0')}`,
      capacity: 1 + Math.floor(random() * 3),
      gender: gender(),
      languages,
      location: near(),
      ...(chance(0.7) ? { maxDistanceKm: 5 + Math.floor(random() * 11) } : {}),
      interests: some(INTERESTS, 2, 4),
      availability: some(SLOTS, 4, 10) as Provider['availability'],
      ...(r < 0.2 ? { ageRange: { min: 6, max: 17 } } : r < 0.3 ? { ageRange: { min: 18 } } : {}),
      ...(chance(0.1) ? { womenOnly: true } : {}),
      ...(chance(0.8) ? { childCertificate: chance(0.75) } : {}),
    });
  }
  return { kind: 'mentor', today: '2026-11-26', participants, providers };
}
