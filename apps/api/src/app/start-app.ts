import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { openDatabaseConnection, type DatabaseConnection } from '@brobygger/api/database';
import { seedDemoData } from '@brobygger/api/demo-data';
import type { AppConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { AppModule } from './app.module';
import { securityHeaders } from './security-headers';
import { serveWebApp } from './web-app';
import { useBodyParsers } from './body-errors';

export interface StartedApp {
  readonly app: INestApplication;
  readonly database: DatabaseConnection;
  readonly url: string;
  readonly migrationsApplied: string[];
  readonly demoDataLoaded: boolean;
  stop(): Promise<void>;
}

/**
 * Opens the database (embedded when no DATABASE_URL), applies pending migrations, loads the demo
 * data into an empty database, and serves GraphQL, /health and the web app on one port.
 */
export async function startApp(
  config: AppConfig,
  options: {
    listen?: boolean;
    schemaFile?: string;
    /** A PostgreSQL schema of its own (integration tests on a shared server); created if missing. */
    databaseSchema?: string;
    /** Where log lines go, as JSON (tests read them); default standard output. */
    logDestination?: NodeJS.WritableStream;
    /** An open database to use instead of the config's (tests: one started from a migrated copy); closed by stop(). */
    database?: DatabaseConnection;
  } = {},
): Promise<StartedApp> {
  const database = options.database ?? (await openDatabaseConnection(config));
  const dataSource = createDataSource(database.url, options.databaseSchema, database.poolSize);
  let app: NestExpressApplication | undefined;
  try {
    const { applied, demoDataLoaded } = await migrateAndSeed(config, database, options.databaseSchema);
    await dataSource.initialize();

    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        config,
        dataSource,
        databaseKind: database.kind,
        schemaFile: options.schemaFile,
        logDestination: options.logDestination,
      }),
      { bufferLogs: true },
    );
    app.useLogger(app.get(Logger));
    app.disable('x-powered-by');
    // First of all middleware, so every response has them: pages, /graphql, /health, /ical, 404s.
    app.use(securityHeaders({ production: config.production }));
    // The client address (sign-in limits) comes from X-Forwarded-For only through trusted proxies.
    app.set('trust proxy', config.trustProxy);
    // Express shows stack traces on its error pages unless its env says production.
    app.set('env', config.production ? 'production' : 'development');
    useBodyParsers(app);
    serveWebApp(app, config.webDistDir);
    if (options.listen !== false) await app.listen(config.port, '0.0.0.0');
    else await app.init();

    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const started = app;
    return {
      app,
      database,
      url: `http://localhost:${port}`,
      migrationsApplied: applied,
      demoDataLoaded,
      async stop() {
        await started.close();
        if (dataSource.isInitialized) await dataSource.destroy();
        await database.close();
      },
    };
  } catch (error) {
    if (app) await app.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
    throw error;
  }
}

/**
 * Applies pending migrations and loads the demo into an empty database, as the owner's login when
 * MIGRATION_DATABASE_URL is set (the app's own login may then hold no more than `brobygger_app`'s
 * rights), otherwise through the app's own connection.
 */
async function migrateAndSeed(
  config: AppConfig,
  database: DatabaseConnection,
  databaseSchema: string | undefined,
): Promise<{ applied: string[]; demoDataLoaded: boolean }> {
  const owner = createDataSource(config.migrationDatabaseUrl ?? database.url, databaseSchema, 1);
  await owner.initialize();
  try {
    if (databaseSchema) await owner.query(`CREATE SCHEMA IF NOT EXISTS "${databaseSchema}"`);
    const applied = await owner.runMigrations({ transaction: 'each' });
    const demoDataLoaded = config.demoData ? await seedDemoData(owner) : false;
    return { applied: applied.map((m) => m.name), demoDataLoaded };
  } finally {
    await owner.destroy();
  }
}
