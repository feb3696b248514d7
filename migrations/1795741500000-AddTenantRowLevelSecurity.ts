import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantTableSecurity } from './support/tenant-table-security';

/** Case tables: each row belongs to one municipality, and only that municipality's requests see it. */
const TENANT_TABLES = ['locality', 'association', 'offer', 'volunteer', 'participant', 'outbox_email'];
/** Shared reference data the app reads but never changes. */
const READ_ONLY_TABLES = ['municipality', 'activity', 'language'];

/**
 * The app's queries run as `brobygger_app` (SET LOCAL ROLE in every transaction), which owns no
 * table, so the policies below bind it; the migrations run as the owner. The role is cluster-wide
 * and may already exist (another schema, another test run, or created by the administrator).
 */
export class AddTenantRowLevelSecurity1795741500000 implements MigrationInterface {
  name = 'AddTenantRowLevelSecurity1795741500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A production owner login may not create roles: there the administrator creates it beforehand
    // (README, Deploying), and this only checks that it is there.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN;
      END IF;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'The role ${APP_ROLE} does not exist and this login may not create it: run CREATE ROLE ${APP_ROLE} NOLOGIN as a database administrator first (README, Deploying).';
    END $$`);
    await queryRunner.query(`DO $$ BEGIN
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO ${APP_ROLE}', current_schema());
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO ${APP_ROLE}', current_schema());
      EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}', current_schema());
    END $$`);
    await queryRunner.query(`REVOKE ALL ON "migrations" FROM ${APP_ROLE}`);
    for (const table of READ_ONLY_TABLES) {
      await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON "${table}" FROM ${APP_ROLE}`);
    }
    for (const table of TENANT_TABLES) {
      for (const statement of tenantTableSecurity(table).up) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse()) {
      for (const statement of tenantTableSecurity(table).down) await queryRunner.query(statement);
    }
    await queryRunner.query(`DO $$ BEGIN
      EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}', current_schema());
      EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM ${APP_ROLE}', current_schema());
      EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM ${APP_ROLE}', current_schema());
    END $$`);
    // The role itself stays: it is shared by every schema of the cluster.
  }
}
