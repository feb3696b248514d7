import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log is append-only for the app's role (no UPDATE or DELETE), so its retention job, which
 * runs as that role, deletes through this function instead: it removes only the current tenant's
 * entries, only those older than the retention period, and never any younger than one month.
 * SECURITY DEFINER runs it as the owner, who is bound by the tenant policy too (FORCE).
 */
export class LetTheAppDeleteOnlyExpiredAccessLogEntries1796210673717 implements MigrationInterface {
  name = 'LetTheAppDeleteOnlyExpiredAccessLogEntries1796210673717';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION delete_expired_access_log(retention_months integer) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
      DECLARE
        tenant uuid := nullif(current_setting('app.municipality_id', true), '')::uuid;
        deleted integer;
      BEGIN
        IF retention_months IS NULL OR retention_months < 1 THEN
          RAISE EXCEPTION 'retention_months must be at least 1 (got %)', retention_months;
        END IF;
        IF tenant IS NULL THEN
          RAISE EXCEPTION 'no municipality is set for this transaction';
        END IF;
        DELETE FROM access_log_entry
         WHERE municipality_id = tenant AND at < now() - make_interval(months => retention_months);
        GET DIAGNOSTICS deleted = ROW_COUNT;
        RETURN deleted;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION delete_expired_access_log(integer) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION delete_expired_access_log(integer) TO brobygger_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION delete_expired_access_log(integer)`);
  }
}
