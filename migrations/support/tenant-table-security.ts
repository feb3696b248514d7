/**
 * Frozen for the migrations: the role and setting names and the row-level security DDL exactly as
 * the migrations that use them were written. A migration never imports live code (lint refuses
 * `@brobygger/*` here), so a later change in the app cannot change what an old migration runs.
 * Change nothing here; a new policy shape belongs in a new helper beside this one.
 */

/** The role the app's queries run as (`APP_ROLE` in @brobygger/api/database). */
export const APP_ROLE = 'brobygger_app';

/** The setting the policies compare each row's municipality with (`TENANT_SETTING` there). */
const TENANT_SETTING = 'app.municipality_id';

/** Row-level security DDL for one tenant table. */
export function tenantTableSecurity(table: string): { up: string[]; down: string[] } {
  const policy = `${table}_tenant_isolation`;
  return {
    up: [
      `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY "${policy}" ON "${table}" USING (municipality_id = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid) WITH CHECK (municipality_id = nullif(current_setting('${TENANT_SETTING}', true), '')::uuid)`,
    ],
    down: [
      `DROP POLICY "${policy}" ON "${table}"`,
      `ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`,
      `ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`,
    ],
  };
}
