import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatabaseConnection, startEmbeddedPostgres } from '@brobygger/api/database';
import { migrations } from '@brobygger/migrations';
import { createDataSource } from '../src/database/data-source';

/** Shared by the test files and Jest workers of one checkout; rebuilt when a migration changes. */
const CACHE_DIR = join(__dirname, '../../../node_modules/.cache/brobygger-tests');
const PREFIX = 'pglite-migrated-';

/**
 * A fresh in-memory embedded PostgreSQL with every migration applied, started from a dump made
 * once (initdb and the migrations take several seconds per start on PGlite; loading a dump, one).
 * The migrations themselves still run on PGlite: once, when the dump is made.
 */
export async function openMigratedEmbeddedDatabase(): Promise<DatabaseConnection> {
  const embedded = await startEmbeddedPostgres({ loadDataDir: await migratedDump() });
  return { kind: 'embedded', url: embedded.url, poolSize: 1, close: () => embedded.close() };
}

async function migratedDump(): Promise<Blob> {
  const file = join(CACHE_DIR, `${PREFIX}${migrationsKey()}.tar`);
  if (!existsSync(file)) await writeMigratedDump(file);
  return new Blob([readFileSync(file)]);
}

/** Changes with any migration's name or code. */
function migrationsKey(): string {
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(migration.name).update(String(migration.prototype.up));
  return hash.digest('hex').slice(0, 16);
}

async function writeMigratedDump(file: string): Promise<void> {
  const empty = await startEmbeddedPostgres();
  try {
    const owner = createDataSource(empty.url, undefined, 1);
    await owner.initialize();
    try {
      await owner.runMigrations({ transaction: 'each' });
    } finally {
      await owner.destroy();
    }
    const dump = Buffer.from(await (await empty.dump()).arrayBuffer());
    mkdirSync(CACHE_DIR, { recursive: true });
    const current = file.slice(CACHE_DIR.length + 1);
    for (const old of readdirSync(CACHE_DIR)) {
      if (old.startsWith(PREFIX) && !old.startsWith(current)) rmSync(join(CACHE_DIR, old), { force: true });
    }
    // Written aside and renamed: another worker may be reading or writing the same file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, dump);
    renameSync(partial, file);
  } finally {
    await empty.close();
  }
}
