import { startEmbeddedPostgres } from './embedded-postgres';

export type DatabaseKind = 'embedded' | 'server';

export interface DatabaseConnection {
  readonly kind: DatabaseKind;
  readonly url: string;
  /**
   * Connections the pool may open. Embedded: one. PGlite has a single session, and its socket
   * server queues each wire message on its own: outside a transaction, the Parse/Bind/Execute of two
   * connections interleave and one fails with "unnamed prepared statement does not exist". One
   * connection queues whole queries in the pool instead.
   */
  readonly poolSize?: number;
  close(): Promise<void>;
}

/**
 * With a DATABASE_URL, that server; without one, embedded PostgreSQL keeping its data in `dataDir`
 * (or in memory when no folder is given, as in tests).
 */
export async function openDatabaseConnection(settings: {
  databaseUrl?: string;
  dataDir?: string;
}): Promise<DatabaseConnection> {
  if (settings.databaseUrl) {
    return { kind: 'server', url: settings.databaseUrl, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: settings.dataDir });
  return { kind: 'embedded', url: embedded.url, poolSize: 1, close: () => embedded.close() };
}
