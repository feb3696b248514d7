import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './support/tenant-table-security';

const TABLES = ['fritidspas_budget', 'fritidspas_grant'];

export class CreateFritidspasBudgetsAndGrants1795744773915 implements MigrationInterface {
  name = 'CreateFritidspasBudgetsAndGrants1795744773915';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "fritidspas_budget" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "year" integer NOT NULL, "amount_ore" bigint NOT NULL, CONSTRAINT "UQ_6bd2d901a2053a1508d2e1fa11e" UNIQUE ("municipality_id", "year"), CONSTRAINT "PK_eeeb49de00fede0964c0ab2248f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "fritidspas_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "year" integer NOT NULL, "participant_id" uuid NOT NULL, "child_first_name" text NOT NULL, "child_birth_year" integer NOT NULL, "offer_id" uuid NOT NULL, "fee_ore" integer NOT NULL, "equipment_ore" integer NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "still_active" boolean, "retention_checked_on" date, "granted_by" uuid NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3f1f93aede91c0fca832e0faf7e" PRIMARY KEY ("id"))`,
    );
    for (const table of TABLES)
      for (const statement of tenantTableSecurity(table).up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse())
      for (const statement of tenantTableSecurity(table).down) await queryRunner.query(statement);
    await queryRunner.query(`DROP TABLE "fritidspas_grant"`);
    await queryRunner.query(`DROP TABLE "fritidspas_budget"`);
  }
}
