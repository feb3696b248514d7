import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, tenantTableSecurity } from './support/tenant-table-security';

const security = tenantTableSecurity('access_log_entry');

export class CreateAccessLog1795741874792 implements MigrationInterface {
  name = 'CreateAccessLog1795741874792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_log_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "account_id" uuid NOT NULL, "role" text NOT NULL, "action" text NOT NULL, "participant_id" uuid, "criteria" jsonb, "request_id" text NOT NULL, CONSTRAINT "PK_74f816949105fc3145ad45ca8cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_56939fc556260b6c3703d8a547" ON "access_log_entry"  ("at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_52dbd95d17a228bc92e9c4717d" ON "access_log_entry"  ("municipality_id", "participant_id", "at") `,
    );
    for (const statement of security.up) await queryRunner.query(statement);
    // Append-only for the app: entries are never changed; only the retention job (owner) deletes.
    await queryRunner.query(`GRANT SELECT, INSERT ON "access_log_entry" TO ${APP_ROLE}`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "access_log_entry" FROM ${APP_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of security.down) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "IDX_52dbd95d17a228bc92e9c4717d"`);
    await queryRunner.query(`DROP INDEX "IDX_56939fc556260b6c3703d8a547"`);
    await queryRunner.query(`DROP TABLE "access_log_entry"`);
  }
}
