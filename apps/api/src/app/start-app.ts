import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { openDatabaseConnection, type DatabaseConnection } from '@brobygger/api/database';
import { seedDemoData } from '@brobygger/api/demo-data';
import type { AppConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { AppModule } from './app.module';

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
  } = {},
): Promise<StartedApp> {
  const database = await openDatabaseConnection(config);
  const dataSource = createDataSource(database.url, options.databaseSchema, database.poolSize);
  let app: NestExpressApplication | undefined;
  try {
    await dataSource.initialize();
    if (options.databaseSchema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.databaseSchema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    const demoDataLoaded = config.demoData ? await seedDemoData(dataSource) : false;

    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, dataSource, databaseKind: database.kind, schemaFile: options.schemaFile }),
      { bufferLogs: true },
    );
    app.useLogger(app.get(Logger));
    app.disable('x-powered-by');
    // The client address (sign-in limits) comes from X-Forwarded-For only through trusted proxies.
    app.set('trust proxy', config.trustProxy);
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
      migrationsApplied: applied.map((m) => m.name),
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

/** The built Angular app at `/`; any other page path gets index.html so deep links work. */
function serveWebApp(app: NestExpressApplication, webDistDir: string): void {
  const indexHtml = join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.get(Logger).warn(`No web app at ${webDistDir}: build it with "npx nx build web" (npm start does).`);
    return;
  }
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage =
      req.method === 'GET' && !['/graphql', '/health', '/ical/'].some((prefix) => req.path.startsWith(prefix));
    if (isPage && req.accepts('html')) res.sendFile(indexHtml);
    else next();
  });
}
