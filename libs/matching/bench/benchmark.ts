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
import { cpus, totalmem } from 'node:os';
import highsLoader from 'highs';
import { prepareMatching } from '../src/lib/engine';
import { solveGreedy } from '../src/lib/greedy';
import { solveAssignment, type AssignmentSolution } from '../src/lib/min-cost-flow';
import { highsOptimum } from '../src/testing/highs-optimum';
import { generateInstance, localitiesCsv, readTowns } from './generate';

function argument(name: string, fallback: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && k + 1 < process.argv.length ? process.argv[k + 1] : fallback;
}

function matchedCount(solution: AssignmentSolution): number {
  let n = 0;
  for (const j of solution.providerOf) if (j >= 0) n++;
  return n;
}

/** User + system CPU seconds since `since`: less sensitive than wall time to a busy machine. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
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
    'engine total s (CPU)',
    '(candidates s',
    'solve s)',
    'engine MB',
    'objective',
    'matched',
    'HiGHS LP s (CPU)',
    'HiGHS objective',
    'HiGHS matched',
    'equal',
    'speed-up (CPU)',
    'greedy s',
    'greedy objective',
    'greedy matched',
  ];
  for (const P of sizes) {
    const instance = generateInstance(P, seed + P, towns);
    gc?.();
    const before = heapMb();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const prepared = prepareMatching(instance, { candidateLimit: top });
    const t1 = performance.now();
    const solution = solveAssignment(prepared.problem);
    const t2 = performance.now();
    const result = prepared.finish(solution);
    const t3 = performance.now();
    const engineCpuS = cpuSeconds(cpu0);
    const engineMb = heapMb() - before;
    const engineS = (t3 - t0) / 1000;
    const scale = prepared.scale;
    const slots = prepared.problem.capacity.reduce((s, c) => s + c, 0);

    const g0 = performance.now();
    const greedy = solveGreedy(prepared.problem);
    const greedyS = (performance.now() - g0) / 1000;

    let highsCells = ['skipped', '', '', '', ''];
    if (P <= highsMax) {
      const hc0 = process.cpuUsage();
      const h0 = performance.now();
      const lp = highsOptimum(highs, prepared.problem, highsTimeLimit);
      const highsS = (performance.now() - h0) / 1000;
      const highsCpuS = cpuSeconds(hc0);
      const optimal = lp.status === highs.constants.modelStatus.optimal;
      highsCells = optimal
        ? [
            `${highsS.toFixed(2)} (${highsCpuS.toFixed(2)})`,
            (lp.objective / scale).toFixed(2),
            String(lp.matched),
            Math.abs(lp.objective - solution.objective) < 1e-6 * Math.max(1, solution.objective) ? 'yes' : 'NO',
            `${(highsS / engineS).toFixed(0)}× (${(highsCpuS / engineCpuS).toFixed(0)}×)`,
          ]
        : [`>${highsTimeLimit} (status ${lp.status})`, '', '', '', ''];
    }
    const row = [
      String(P),
      String(instance.providers.length),
      String(slots),
      String(prepared.stats.comparisons),
      String(prepared.problem.edgeStart[P]),
      `${engineS.toFixed(2)} (${engineCpuS.toFixed(2)})`,
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
