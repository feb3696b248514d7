/**
 * Matching benchmark: prints figures, asserts nothing.
 *
 *   tsx libs/matching/bench/benchmark.ts [--sizes 1000,5000,20000,100000] [--highs-max 20000]
 *                                        [--highs-time-limit 120] [--top 50] [--seed 20261126]
 *
 * For each size P it generates an instance from a fixed seed (P participants, P/2 providers with
 * capacity 1–3, locations clustered around the towns of shared/data/localities.csv), runs the
 * engine with the top-50 candidates per participant, then solves the very same candidate pairs
 * with HiGHS (LP; exact, since b-matching LPs are integral) and with a greedy baseline.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import highsLoader from 'highs';
import { prepareMatching } from '../src/lib/engine';
import { solveGreedy } from '../src/lib/greedy';
import { solveAssignment, type AssignmentSolution } from '../src/lib/min-cost-flow';
import type { LanguageSkill, MatchingInstance, Participant, Provider } from '../src/lib/types';
import { highsOptimum } from '../src/testing/highs-optimum';
import { seededRandom } from '../src/testing/factories';

interface Town {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

const repoRoot = resolve(__dirname, '../../..');
const localitiesCsv = resolve(repoRoot, '../shared/data/localities.csv');

function readTowns(): Town[] {
  const [header, ...rows] = readFileSync(localitiesCsv, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const at = (name: string): number => columns.indexOf(name);
  return rows.map((row) => {
    const cells = row.split(',');
    return { name: cells[at('name')], lat: Number(cells[at('lat')]), lon: Number(cells[at('lon')]) };
  });
}

function argument(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && k + 1 < process.argv.length ? process.argv[k + 1] : fallback;
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

function matchedCount(solution: AssignmentSolution): number {
  let n = 0;
  for (const j of solution.providerOf) if (j >= 0) n++;
  return n;
}

function heapMb(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

async function main(): Promise<void> {
  const sizes = argument('--sizes', '1000,5000,20000,100000').split(',').map(Number);
  const highsMax = Number(argument('--highs-max', '20000'));
  const highsTimeLimit = Number(argument('--highs-time-limit', '120'));
  const top = Number(argument('--top', '50'));
  const seed = Number(argument('--seed', '20261126'));
  const towns = readTowns();
  const highs = await highsLoader();
  const gc = (globalThis as { gc?: () => void }).gc;

  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`,
  );
  console.log(`towns: ${towns.map((t) => t.name).join(', ')} (${localitiesCsv})`);
  console.log(
    `seed ${seed}, top ${top} candidates per participant, HiGHS up to P=${highsMax} (time limit ${highsTimeLimit} s)\n`,
  );
  const rows: string[][] = [];
  const header = [
    'P',
    'V',
    'slots',
    'compared',
    'pairs',
    'engine total s',
    '(candidates s',
    'solve s)',
    'engine MB',
    'objective',
    'matched',
    'HiGHS LP s',
    'HiGHS objective',
    'HiGHS matched',
    'equal',
    'speed-up',
    'greedy s',
    'greedy objective',
    'greedy matched',
  ];
  for (const P of sizes) {
    const instance = generateInstance(P, seed + P, towns);
    gc?.();
    const before = heapMb();
    const t0 = performance.now();
    const prepared = prepareMatching(instance, { candidateLimit: top });
    const t1 = performance.now();
    const solution = solveAssignment(prepared.problem);
    const t2 = performance.now();
    const result = prepared.finish(solution);
    const t3 = performance.now();
    const engineMb = heapMb() - before;
    const engineS = (t3 - t0) / 1000;
    const scale = prepared.scale;
    const slots = prepared.problem.capacity.reduce((s, c) => s + c, 0);

    const g0 = performance.now();
    const greedy = solveGreedy(prepared.problem);
    const greedyS = (performance.now() - g0) / 1000;

    let highsCells = ['skipped', '', '', '', ''];
    if (P <= highsMax) {
      const h0 = performance.now();
      const lp = highsOptimum(highs, prepared.problem, highsTimeLimit);
      const highsS = (performance.now() - h0) / 1000;
      const optimal = lp.status === highs.constants.modelStatus.optimal;
      highsCells = optimal
        ? [
            highsS.toFixed(2),
            (lp.objective / scale).toFixed(2),
            String(lp.matched),
            Math.abs(lp.objective - solution.objective) < 1e-6 * Math.max(1, solution.objective) ? 'yes' : 'NO',
            `${(highsS / engineS).toFixed(0)}×`,
          ]
        : [`>${highsTimeLimit} (status ${lp.status})`, '', '', '', ''];
    }
    const row = [
      String(P),
      String(instance.providers.length),
      String(slots),
      String(prepared.stats.comparisons),
      String(prepared.problem.edgeStart[P]),
      engineS.toFixed(2),
      ((t1 - t0) / 1000).toFixed(2),
      ((t2 - t1) / 1000).toFixed(2),
      engineMb.toFixed(0),
      result.objective.toFixed(2),
      String(result.assignments.length),
      ...highsCells,
      greedyS.toFixed(2),
      (greedy.objective / scale).toFixed(2),
      `${matchedCount(greedy)} (${(((matchedCount(greedy) - result.assignments.length) / Math.max(1, result.assignments.length)) * 100).toFixed(1)}%)`,
    ];
    rows.push(row);
    console.log(header.map((h, k) => `${h}: ${row[k]}`).join(' | '));
  }
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
