import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceParts {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Schema to work in (tests give each run its own); default `public`. */
  schema?: string;
  poolSize?: number;
}

/** The one set of options behind every DataSource: the app, the migration CLI and the tests. */
export function dataSourceOptions(parts: DataSourceParts): DataSourceOptions {
  return {
    type: 'postgres',
    url: parts.url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'migrations',
    // Never: the schema changes only through reviewed migrations.
    synchronize: false,
    migrationsRun: false,
    // PGlite has no uuid-ossp; ids come from gen_random_uuid() (core since PostgreSQL 13).
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: parts.poolSize ?? 10,
    ...(parts.schema ? { schema: parts.schema, extra: { options: `-c search_path=${parts.schema}` } } : {}),
  };
}
