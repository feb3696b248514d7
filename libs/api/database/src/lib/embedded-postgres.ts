import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL wire
 * protocol on loopback, so the app talks to it through the ordinary `pg` driver exactly as it talks
 * to a server. (The in-process `typeorm-pglite` driver shares one session between concurrent
 * transactions and loses rollbacks; see ../shared/STACK.md.)
 */
export interface EmbeddedPostgres {
  /** postgres:// URL of the socket server, for TypeORM's ordinary `postgres` driver. */
  readonly url: string;
  /** The whole data folder as an uncompressed tarball, for `loadDataDir` of another database. */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that keeps the data across restarts; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Above the connection pool size: the socket server refuses extra connections. */
  maxConnections?: number;
  /**
   * An in-memory database starting from this dump (of `dump()`) instead of an empty one: tests
   * start from an already migrated database, skipping initdb and the migrations.
   */
  loadDataDir?: Blob;
}

const LOCK_FILE = 'brobygger.pid';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const { dataDir } = options;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    claimDataDir(dataDir);
  }
  const db = await PGlite.create(
    dataDir ? { dataDir } : options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
  );
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.maxConnections ?? 64,
  });
  await server.start();
  // getServerConn() is `host:port`, with the port the OS chose for port 0.
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  let closed = false;
  return {
    url,
    dump: () => db.dumpDataDir('none'),
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      await db.close();
      if (dataDir) rmSync(join(dataDir, LOCK_FILE), { force: true });
    },
  };
}

/** One data folder can be opened by one process only: refuse clearly instead of corrupting it. */
function claimDataDir(dataDir: string): void {
  const lockPath = join(dataDir, LOCK_FILE);
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(lockPath, 'utf8').trim());
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. ` +
        'Stop that process first (only one process may open the folder), or set DATABASE_URL.',
    );
  }
  writeFileSync(lockPath, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
