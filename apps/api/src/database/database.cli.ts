/**
 * The database commands (npm run db:migrate | db:revert | db:generate -- <Intent> | db:check | db:reset).
 * They use the app's own data source. Without DATABASE_URL they open the embedded database folder,
 * which only one process may hold: stop the app first.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabaseConnection, startEmbeddedPostgres } from '@brobygger/api/database';
import { seedDemoData } from '@brobygger/api/demo-data';
import { loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';

const repoRoot = resolve(__dirname, '../../../..');
const migrationsDir = join(repoRoot, 'migrations');

async function withDataSource<T>(work: (dataSource: DataSource, kind: string) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const connection = await openDatabaseConnection(config);
  const dataSource = createDataSource(connection.url, undefined, connection.poolSize);
  try {
    await dataSource.initialize();
    return await work(dataSource, connection.kind);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await connection.close();
  }
}

/** SQL that would bring a freshly migrated, empty database in line with the entities. */
async function pendingSchemaChanges(url: string, schema?: string): Promise<{ up: string[]; down: string[] }> {
  const dataSource = createDataSource(url, schema);
  await dataSource.initialize();
  try {
    if (schema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    if (schema) await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.destroy();
  }
}

/** On a fresh in-memory embedded database, so the output never depends on local data. */
async function changesOnFreshDatabase(): Promise<{ up: string[]; down: string[] }> {
  const embedded = await startEmbeddedPostgres();
  try {
    return await pendingSchemaChanges(embedded.url);
  } finally {
    await embedded.close();
  }
}

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

async function generate(intent: string | undefined): Promise<void> {
  if (!intent || !/^[A-Z][A-Za-z0-9]+$/.test(intent)) {
    throw new Error('Name the migration by its intent in PascalCase, e.g. npm run db:generate -- AddOfferSchedule');
  }
  const { up, down } = await changesOnFreshDatabase();
  if (up.length === 0) {
    console.log('The entities and the migrations agree: there is nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${intent}${timestamp}`;
  const fileName = `${timestamp}-${intent}`;
  const body = (queries: string[]) =>
    queries
      .map((q) => q.replace(/"public"\./g, ''))
      .map((q) => `    await queryRunner.query(${quote(q)});`)
      .join('\n');
  writeFileSync(
    join(migrationsDir, `${fileName}.ts`),
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body(down)}
  }
}
`,
  );
  const indexPath = join(migrationsDir, 'index.ts');
  let index = readFileSync(indexPath, 'utf8');
  index = index.replace(/^(import type .*\n)/m, `$1import { ${className} } from './${fileName}';\n`);
  index = index.replace(/\[([^\]]*)\];\s*$/, (_, list: string) => {
    const names = list
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    return `[\n${[...names, className].map((n) => `  ${n},`).join('\n')}\n];\n`;
  });
  writeFileSync(indexPath, index);
  console.log(`Wrote migrations/${fileName}.ts (${up.length} statements) and listed it in migrations/index.ts.`);
  console.log('Read it before you commit: it is the change the database will get.');
}

async function check(): Promise<void> {
  const problems: string[] = [];
  const embedded = await changesOnFreshDatabase();
  if (embedded.up.length > 0) problems.push(`on embedded PostgreSQL:\n${embedded.up.join(';\n')}`);
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const onServer = await pendingSchemaChanges(serverUrl, `drift_check_${process.pid}`);
    if (onServer.up.length > 0) problems.push(`on the PostgreSQL server:\n${onServer.up.join(';\n')}`);
  }
  if (problems.length > 0) {
    console.error('The entities and the migrations disagree. A migration generated now would contain');
    for (const p of problems) console.error(p);
    console.error('Run npm run db:generate -- <Intent> and commit the result.');
    process.exitCode = 1;
    return;
  }
  console.log(`Entities and migrations agree (${serverUrl ? 'embedded and server' : 'embedded'}).`);
}

async function reset(args: string[]): Promise<void> {
  const config = loadConfig(process.env);
  if (config.databaseUrl) {
    if (!args.includes('--yes')) {
      throw new Error('This drops every table in the database at DATABASE_URL. Run again with --yes if you mean it.');
    }
    await withDataSource(async (dataSource) => {
      await dataSource.query('DROP SCHEMA public CASCADE');
      await dataSource.query('CREATE SCHEMA public');
    });
  } else if (existsSync(config.dataDir)) {
    // Opening it first makes sure no running app holds the folder.
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    await embedded.close();
    rmSync(config.dataDir, { recursive: true, force: true });
  }
  await withDataSource(async (dataSource) => {
    await dataSource.runMigrations({ transaction: 'each' });
    const seeded = await seedDemoData(dataSource);
    console.log(seeded ? 'Database reset: migrations applied and demo data loaded.' : 'Database reset.');
  });
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'migrate':
      await withDataSource(async (dataSource, kind) => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(
          `${kind} database: ${applied.length} migration(s) applied${applied.map((m) => `\n  ${m.name}`).join('')}`,
        );
      });
      break;
    case 'revert':
      await withDataSource(async (dataSource, kind) => {
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log(`${kind} database: the last migration was reverted.`);
      });
      break;
    case 'generate':
      await generate(args[0]);
      break;
    case 'check':
      await check();
      break;
    case 'reset':
      await reset(args);
      break;
    default:
      console.error('Usage: database.cli <migrate | revert | generate <Intent> | check | reset [--yes]>');
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
