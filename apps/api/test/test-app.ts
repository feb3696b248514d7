import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { loadConfig } from '../src/config/app-config';
import { type StartedApp, startApp } from '../src/app/start-app';

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; requestId?: string } }[];
}

export interface TestApp {
  readonly started: StartedApp;
  readonly dataSource: DataSource;
  readonly url: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * The whole api on a real PostgreSQL, isolated per test file: with DATABASE_URL, a schema of its
 * own on that server (dropped afterwards); without, a fresh in-memory embedded PostgreSQL.
 */
export async function createTestApp(options: { demoData?: boolean } = {}): Promise<TestApp> {
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const config = {
    ...loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DEMO_DATA: String(options.demoData ?? true) }),
    databaseUrl,
    dataDir: '',
    webDistDir: '/nonexistent',
  };
  const databaseSchema = databaseUrl ? `test_${randomUUID().replace(/-/g, '').slice(0, 16)}` : undefined;
  const started = await startApp(config, { listen: true, databaseSchema }).catch((error: unknown) => {
    throw new Error(`The test app did not start: ${error instanceof Error ? error.message : String(error)}`);
  });
  const dataSource = started.app.get<DataSource>(getDataSourceToken());
  // listen(0) picked a free port.
  const url = started.url;
  return {
    started,
    dataSource,
    url,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<T>;
    },
    async close() {
      if (databaseSchema) await dataSource.query(`DROP SCHEMA IF EXISTS "${databaseSchema}" CASCADE`);
      await started.stop();
    },
  };
}
