import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './support/tenant-table-security';

/**
 * The transactional mail outbox: every email is written in the transaction of the change it tells
 * about and sent afterwards by the api's worker, with retries. Every email belongs to a
 * municipality (sign-up confirmations too: the account does), so the table is tenant-scoped.
 */
export class CreateMailOutbox1795756833315 implements MigrationInterface {
  name = 'CreateMailOutbox1795756833315';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "recipient" text NOT NULL, "language" text NOT NULL, "template" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_mail_outbox_due" ON "mail_outbox"  ("status", "next_attempt_at") `);
    for (const statement of tenantTableSecurity('mail_outbox').up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of tenantTableSecurity('mail_outbox').down) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "IDX_mail_outbox_due"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
