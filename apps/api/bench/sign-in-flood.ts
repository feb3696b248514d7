/**
 * Sign-in flood benchmark: prints figures, asserts nothing.
 *
 *   npm run bench:sign-in-flood [-- --flood 60 --samples 40]
 *
 * Starts the api (embedded PostgreSQL in a fresh temporary folder, or the server at DATABASE_URL in
 * a schema of its own, dropped afterwards), then measures the median latency of a public query
 * (`publishedOffers`) alone, and again while `--flood` anonymous sign-ins with wrong passwords are
 * kept in flight, each for another email from another client address (X-Forwarded-For, with
 * TRUST_PROXY=1), so that every one of them really checks a password rather than being refused.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { startApp } from '../src/app/start-app';

function argument(name: string, fallback: number): number {
  const k = process.argv.indexOf(name);
  return k >= 0 && k + 1 < process.argv.length ? Number(process.argv[k + 1]) : fallback;
}

const FLOOD = argument('--flood', 60);
const SAMPLES = argument('--samples', 40);
const PUBLIC_QUERY = '{ publishedOffers(limit: 1) { total } }';
const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return response.json();
}

async function timePublicQuery(url: string, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    const answer = (await post(url, { query: PUBLIC_QUERY })) as { errors?: unknown };
    times.push(performance.now() - start);
    if (answer.errors) throw new Error(`The public query failed: ${JSON.stringify(answer.errors)}`);
  }
  return times;
}

async function main(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const dataDir = databaseUrl ? '' : mkdtempSync(join(tmpdir(), 'brobygger-bench-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DEMO_DATA: 'true', TRUST_PROXY: '1' }),
    databaseUrl,
    dataDir,
    webDistDir: '/nonexistent',
  };
  const databaseSchema = databaseUrl ? `bench_${randomUUID().replace(/-/g, '').slice(0, 16)}` : undefined;
  const started = await startApp(config, { databaseSchema });
  const url = started.url;
  try {
    await timePublicQuery(url, 5); // warm-up
    const alone = await timePublicQuery(url, SAMPLES);

    let flooding = true;
    let signIns = 0;
    let n = 0;
    const worker = async () => {
      while (flooding) {
        n++;
        await post(
          url,
          { query: SIGN_IN, variables: { email: `flood-${n}@example.dk`, password: 'forkert-kode-2026' } },
          { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
        );
        signIns++;
      }
    };
    const workers = Array.from({ length: FLOOD }, worker);
    // Let the flood fill up before measuring.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const floodStart = performance.now();
    const during = await timePublicQuery(url, SAMPLES);
    const floodSeconds = (performance.now() - floodStart) / 1000;
    flooding = false;
    await Promise.all(workers);

    console.log(
      [
        `database: ${started.database.kind === 'embedded' ? 'embedded PostgreSQL (PGlite)' : 'PostgreSQL server'}; ${availableParallelism()} CPU(s)`,
        `public query alone:                                  median ${median(alone).toFixed(1)} ms (${SAMPLES} samples)`,
        `public query during ${FLOOD} concurrent bad sign-ins:   median ${median(during).toFixed(1)} ms (${SAMPLES} samples)`,
        `sign-ins answered meanwhile: ${signIns} (${(signIns / floodSeconds).toFixed(1)}/s while measuring and draining)`,
      ].join('\n'),
    );
  } finally {
    if (databaseSchema) {
      await started.app
        .get<DataSource>(getDataSourceToken())
        .query(`DROP SCHEMA IF EXISTS "${databaseSchema}" CASCADE`);
    }
    await started.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
