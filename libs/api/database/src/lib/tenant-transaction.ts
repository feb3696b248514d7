import type { DataSource, EntityManager } from 'typeorm';

/** The role the app's queries run as: it owns no table, so row-level security applies to it. */
export const APP_ROLE = 'brobygger_app';

/** The setting that row-level security policies compare each row's municipality with. */
export const TENANT_SETTING = 'app.municipality_id';

/**
 * Runs `work` in one transaction as the app role with the tenant set for that transaction only
 * (`set_config(…, true)`, never a session-wide SET: PGlite shares one session between connections).
 * With no tenant, the policies let no tenant row through. Keep using the given manager inside:
 * awaiting another connection from inside a transaction deadlocks on PGlite.
 */
export async function inTenantTransaction<T>(
  dataSource: DataSource,
  municipalityId: string | null,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('${TENANT_SETTING}', $1, true)`, [municipalityId ?? '']);
    await manager.query(`SET LOCAL ROLE ${APP_ROLE}`);
    return work(manager);
  });
}
