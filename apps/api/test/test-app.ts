import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AccountsService, MailService } from '@brobygger/api/accounts';
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
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    session?: string,
  ): Promise<GraphqlResponse<T>>;
  /** Signs in and returns the session cookie (`bb_session=…`) to pass to graphql(). */
  signIn(email: string, password: string): Promise<string>;
  /** Sends every due email in the mail outbox now (after pending reset requests; waits for a drain already running). */
  drainMail(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The whole api on a real PostgreSQL, isolated per test file: with DATABASE_URL, a schema of its
 * own on that server (dropped afterwards); without, a fresh in-memory embedded PostgreSQL.
 */
export async function createTestApp(options: { demoData?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<TestApp> {
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      DEMO_DATA: String(options.demoData ?? true),
      ...options.env,
    }),
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
    async graphql<T>(query: string, variables?: Record<string, unknown>, session?: string) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(session ? { cookie: session } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<T>;
    },
    async signIn(email: string, password: string) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
          variables: { email, password },
        }),
      });
      const body = (await response.json()) as GraphqlResponse<unknown>;
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (body.errors || !cookie) throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(body.errors)}`);
      return cookie;
    },
    async drainMail() {
      // Reset requests are handled after their answer: let those answered so far finish first.
      await started.app.get(AccountsService).resetRequestsHandled();
      return started.app.get(MailService).drain();
    },
    async close() {
      if (databaseSchema) await dataSource.query(`DROP SCHEMA IF EXISTS "${databaseSchema}" CASCADE`);
      await started.stop();
    },
  };
}
