import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './support/tenant-table-security';

/** New case tables: the coordinators' check-ins and the volunteers' meeting logs. */
const TABLES = ['follow_up', 'meeting_log_entry'];

export class AddFollowUpsMeetingLogAndVolunteerPauses1795750144558 implements MigrationInterface {
  name = 'AddFollowUpsMeetingLogAndVolunteerPauses1795750144558';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "match_id" uuid NOT NULL, "milestone_months" integer NOT NULL, "due_on" date NOT NULL, "note" text NOT NULL DEFAULT '', "outcome" text NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a4a3def48b6e371952ef27b3e8" ON "follow_up"  ("match_id", "milestone_months") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_log_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "match_id" uuid NOT NULL, "met_on" date NOT NULL, "duration_minutes" integer NOT NULL, "note" text NOT NULL DEFAULT '', "logged_by" uuid NOT NULL, "logged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07f4c42dfb7ac284da0e14575a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7b51c07f3dba76e67e9afee02c" ON "meeting_log_entry"  ("match_id", "met_on") `,
    );
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "child_certificate_reminder_sent_for" date`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "paused_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "paused_until" date`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "left_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "match" ADD "reminder_sent_at" TIMESTAMP WITH TIME ZONE`);
    for (const table of TABLES)
      for (const statement of tenantTableSecurity(table).up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse())
      for (const statement of tenantTableSecurity(table).down) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "reminder_sent_at"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "left_at"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "paused_until"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "paused_at"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "child_certificate_reminder_sent_for"`);
    await queryRunner.query(`DROP INDEX "IDX_7b51c07f3dba76e67e9afee02c"`);
    await queryRunner.query(`DROP TABLE "meeting_log_entry"`);
    await queryRunner.query(`DROP INDEX "IDX_a4a3def48b6e371952ef27b3e8"`);
    await queryRunner.query(`DROP TABLE "follow_up"`);
  }
}
