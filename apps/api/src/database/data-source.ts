import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@brobygger/api/database';
import { accountEntities } from '@brobygger/api/accounts';
import { associationEntities } from '@brobygger/api/associations';
import { followUpEntities } from '@brobygger/api/follow-up';
import { fritidspasEntities } from '@brobygger/api/fritidspas';
import { mailEntities } from '@brobygger/api/mail';
import { matchEntities } from '@brobygger/api/matches';
import { participantEntities } from '@brobygger/api/participants';
import { referenceDataEntities } from '@brobygger/api/reference-data';
import { volunteerEntities } from '@brobygger/api/volunteers';
import { migrations } from '@brobygger/migrations';

/** Every entity of the app, listed explicitly (globs do not survive bundling). */
export const entities = [
  ...referenceDataEntities,
  ...accountEntities,
  ...mailEntities,
  ...associationEntities,
  ...volunteerEntities,
  ...participantEntities,
  ...matchEntities,
  ...fritidspasEntities,
  ...followUpEntities,
];

/** The one data source: used by the app, the migration CLI and the integration tests. */
export function createDataSource(url: string, schema?: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions({ url, entities, migrations, schema, poolSize }));
}
