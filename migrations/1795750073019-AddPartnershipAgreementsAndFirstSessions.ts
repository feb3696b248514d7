import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './support/tenant-table-security';

/** Partnership agreements with associations, and the first session an association confirms for a referral. */
export class AddPartnershipAgreementsAndFirstSessions1795750073019 implements MigrationInterface {
  name = 'AddPartnershipAgreementsAndFirstSessions1795750073019';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partnership_agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "association_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "scope" text NOT NULL, "commitments" text NOT NULL, "registered_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5bffd327f90baa9f4557a8fb10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c5292cc7a3764272fdca199999" ON "partnership_agreement"  ("municipality_id", "association_id", "starts_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_agreement" ADD CONSTRAINT "FK_c3080b667904211310d2b1396e4" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const statement of tenantTableSecurity('partnership_agreement').up) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "match" ADD "first_session_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "first_session_on"`);
    for (const statement of tenantTableSecurity('partnership_agreement').down) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "partnership_agreement" DROP CONSTRAINT "FK_c3080b667904211310d2b1396e4"`);
    await queryRunner.query(`DROP INDEX "IDX_c5292cc7a3764272fdca199999"`);
    await queryRunner.query(`DROP TABLE "partnership_agreement"`);
  }
}
