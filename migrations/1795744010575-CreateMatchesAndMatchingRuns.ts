import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './support/tenant-table-security';

const TABLES = ['match', 'matching_run'];

export class CreateMatchesAndMatchingRuns1795744010575 implements MigrationInterface {
  name = 'CreateMatchesAndMatchingRuns1795744010575';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" text NOT NULL, "participant_id" uuid NOT NULL, "volunteer_id" uuid, "offer_id" uuid, "status" text NOT NULL DEFAULT 'proposed', "score" double precision NOT NULL, "reasons" jsonb NOT NULL DEFAULT '[]', "matching_run_id" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "respond_by" TIMESTAMP WITH TIME ZONE, "provider_accepted_at" TIMESTAMP WITH TIME ZONE, "participant_accepted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "close_reason" text, "outcome" text, CONSTRAINT "PK_92b6c3a6631dd5b24a67c69f69d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b17562266bdfdb399ce825e2c6" ON "match"  ("offer_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_5b6c1050868dd9cb35e10dd519" ON "match"  ("volunteer_id", "status") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_be36593a3a1db59895df4c0c90" ON "match"  ("municipality_id", "kind", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "account_id" uuid NOT NULL, "kind" text NOT NULL, "weights" jsonb NOT NULL DEFAULT '{}', "participant_count" integer NOT NULL, "provider_count" integer NOT NULL, "proposal_count" integer NOT NULL, "objective" double precision NOT NULL, "duration_ms" integer NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68ac5fd0a1c9dd6f733c94bd4c4" PRIMARY KEY ("id"))`,
    );
    // A participant holds at most one slot of each kind: a backstop under the service's check.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_match_one_holding_per_kind" ON "match" ("participant_id", "kind") WHERE status IN ('approved', 'accepted', 'active')`,
    );
    for (const table of TABLES)
      for (const statement of tenantTableSecurity(table).up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse())
      for (const statement of tenantTableSecurity(table).down) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "UQ_match_one_holding_per_kind"`);
    await queryRunner.query(`DROP TABLE "matching_run"`);
    await queryRunner.query(`DROP INDEX "IDX_be36593a3a1db59895df4c0c90"`);
    await queryRunner.query(`DROP INDEX "IDX_5b6c1050868dd9cb35e10dd519"`);
    await queryRunner.query(`DROP INDEX "IDX_b17562266bdfdb399ce825e2c6"`);
    await queryRunner.query(`DROP TABLE "match"`);
  }
}
