/**
 * Writes the GraphQL schema (SDL, sorted) that the api serves to apps/api/schema.graphql, or with
 * `--check` fails when the committed file is stale. The web app's typed operations are generated
 * from that file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from './config/app-config';
import { startApp } from './app/start-app';

const committed = resolve(__dirname, '../schema.graphql');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const scratch = mkdtempSync(join(tmpdir(), 'brobygger-schema-'));
  const target = check ? join(scratch, 'schema.graphql') : committed;
  // A throwaway in-memory database: the schema never depends on data.
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), databaseUrl: undefined, demoData: false };
  const started = await startApp({ ...config, dataDir: '' }, { listen: false, schemaFile: target });
  await started.stop();
  try {
    if (!check) {
      console.log(`Wrote ${committed}`);
      return;
    }
    const fresh = readFileSync(target, 'utf8');
    const current = readFileSync(committed, 'utf8');
    if (fresh !== current) {
      console.error('apps/api/schema.graphql is stale: run npm run schema:generate and commit it.');
      process.exitCode = 1;
    } else console.log('apps/api/schema.graphql is up to date.');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
