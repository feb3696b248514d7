import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AccountsService, SESSION_COOKIE, SessionsService } from '@brobygger/api/accounts';
import { AssociationEntity } from '@brobygger/api/associations';
import { MailService } from '@brobygger/api/mail';
import type { Role } from '@brobygger/api/util';
import { LocalityEntity } from '@brobygger/api/reference-data';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { type StartedApp, startApp } from '../src/app/start-app';
import { createDataSource } from '../src/database/data-source';
import { openMigratedEmbeddedDatabase } from './embedded-template';
import {
  type AccountOverrides,
  type TestMunicipality,
  createAccount,
  createAssociation,
  createMunicipality,
  createRepresentative,
  createVolunteer,
} from './factories';

/** What signInAs creates: the account, and the volunteer profile or association its role needs. */
export interface SignedIn {
  /** The session cookie (`bb_session=…`) to pass to graphql(). */
  cookie: string;
  accountId: string;
  email: string;
  municipalityId: string;
  /** For role volunteer: the approved volunteer profile linked to the account. */
  volunteerId?: string;
  /** For role association-representative: the association the account represents. */
  associationId?: string;
}

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      reason?: string;
      field?: string;
      details?: Record<string, string | number>;
      requestId?: string;
    };
  }[];
}

export interface TestApp {
  readonly started: StartedApp;
  /**
   * The test's own connection to the app's schema, for fixtures and checks: TEST_ADMIN_DATABASE_URL
   * when set (CI runs the app as a login that holds only `brobygger_app`'s rights, so fixtures need
   * an administrator's), otherwise the app's own data source.
   */
  readonly dataSource: DataSource;
  /** The app's own data source (its login, its pool, its subscribers): for spies and the app's services. */
  readonly appDataSource: DataSource;
  readonly url: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    session?: string,
  ): Promise<GraphqlResponse<T>>;
  /** Signs in and returns the session cookie (`bb_session=…`) to pass to graphql(). */
  signIn(email: string, password: string): Promise<string>;
  /**
   * A new account with the role (in the test municipality unless overridden; a volunteer gets an
   * approved profile, a representative an association of their own) and its session cookie.
   * The session is started directly, as signIn would: no argon2 check, so a test can afford many.
   */
  signInAs(role: Role, overrides?: Partial<AccountOverrides> & { associationId?: string }): Promise<SignedIn>;
  /** A new session cookie for an existing account, started as signIn would (no password check). */
  sessionFor(accountId: string): Promise<string>;
  /** The test municipality (with its towns and the reference data), created on first use. */
  municipality(): Promise<TestMunicipality>;
  /** Every log line written so far, as JSON text (only with `captureLogs`; otherwise nothing is logged). */
  logs(): string;
  /** Sends every due email in the mail outbox now (after pending reset requests; waits for a drain already running). */
  drainMail(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The whole api on a real PostgreSQL, isolated per test file: with DATABASE_URL, a schema of its
 * own on that server (dropped afterwards); without, a fresh in-memory embedded PostgreSQL. With
 * MIGRATION_DATABASE_URL too, the schema is created and migrated by that (owner) login and the app
 * runs as the DATABASE_URL login, as in a real deployment (README: Deploying).
 */
export async function createTestApp(
  options: {
    demoData?: boolean;
    env?: NodeJS.ProcessEnv;
    /** Settings loadConfig would not give a test (e.g. production mode), laid over what it gives. */
    config?: Partial<AppConfig>;
    /** A built web app to serve (a folder with index.html); by default none. */
    webDistDir?: string;
    /** Keep the log lines (JSON) for `logs()`; otherwise nothing is logged. */
    captureLogs?: boolean;
  } = {},
): Promise<TestApp> {
  const databaseUrl = process.env['DATABASE_URL'] || undefined;
  let logged = '';
  const logDestination = options.captureLogs
    ? new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          logged += chunk.toString();
          done();
        },
      })
    : undefined;
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: options.captureLogs ? 'info' : 'silent',
      // Each test builds the rows it needs with the factories (test/factories); a few test the demo itself.
      DEMO_DATA: String(options.demoData ?? false),
      ...options.env,
    }),
    databaseUrl,
    migrationDatabaseUrl: databaseUrl ? process.env['MIGRATION_DATABASE_URL'] || undefined : undefined,
    dataDir: '',
    webDistDir: options.webDistDir ?? '/nonexistent',
    ...options.config,
  };
  const databaseSchema = databaseUrl ? `test_${randomUUID().replace(/-/g, '').slice(0, 16)}` : undefined;
  const database = databaseUrl ? undefined : await openMigratedEmbeddedDatabase();
  const started = await startApp(config, { listen: true, databaseSchema, logDestination, database }).catch(
    (error: unknown) => {
      throw new Error(`The test app did not start: ${error instanceof Error ? error.message : String(error)}`);
    },
  );
  const appDataSource = started.app.get<DataSource>(getDataSourceToken());
  const adminUrl = databaseUrl ? process.env['TEST_ADMIN_DATABASE_URL'] || undefined : undefined;
  const dataSource = adminUrl ? createDataSource(adminUrl, databaseSchema, 2) : appDataSource;
  if (adminUrl) await dataSource.initialize();
  // listen(0) picked a free port.
  const url = started.url;
  let municipality: Promise<TestMunicipality> | undefined;
  const sessionFor = async (accountId: string) => {
    const sessions = started.app.get(SessionsService);
    const { token } = await dataSource.transaction((manager) => sessions.start(manager, accountId));
    return `${SESSION_COOKIE}=${token}`;
  };
  const testMunicipality = () => (municipality ??= createMunicipality(dataSource));
  return {
    started,
    dataSource,
    appDataSource,
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
    sessionFor,
    municipality: testMunicipality,
    async signInAs(role, overrides = {}) {
      const { associationId: givenAssociationId, ...accountOverrides } = overrides;
      const municipalityId = accountOverrides.municipalityId ?? (await testMunicipality()).id;
      const signedIn = await dataSource.transaction(async (manager) => {
        const account =
          role === 'association-representative'
            ? undefined
            : await createAccount(manager, { ...accountOverrides, municipalityId, role });
        if (account && role === 'volunteer') {
          const volunteer = await createVolunteer(manager, { municipalityId, accountId: account.id });
          return { accountId: account.id, email: account.email, volunteerId: volunteer.id };
        }
        if (account) return { accountId: account.id, email: account.email };
        const association = givenAssociationId
          ? await manager.findOneByOrFail(AssociationEntity, { id: givenAssociationId })
          : await createAssociation(manager, {
              municipalityId,
              localityId: (await manager.findOneByOrFail(LocalityEntity, { municipalityId })).id,
            });
        const representative = await createRepresentative(manager, association, accountOverrides);
        return { accountId: representative.id, email: representative.email, associationId: association.id };
      });
      return { ...signedIn, municipalityId, cookie: await sessionFor(signedIn.accountId) };
    },
    logs() {
      return logged;
    },
    async drainMail() {
      // Reset requests are handled after their answer: let those answered so far finish first.
      await started.app.get(AccountsService).resetRequestsHandled();
      return started.app.get(MailService).drain();
    },
    async close() {
      await started.stop();
      if (!databaseSchema) return;
      // The schema belongs to the migrating login, which may be another than the app's.
      const owner = createDataSource(config.migrationDatabaseUrl ?? databaseUrl ?? '', undefined, 1);
      await owner.initialize();
      try {
        await owner.query(`DROP SCHEMA IF EXISTS "${databaseSchema}" CASCADE`);
      } finally {
        await owner.destroy();
        if (dataSource !== appDataSource) await dataSource.destroy();
      }
    },
  };
}
