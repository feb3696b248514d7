import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkVolunteersToTheirAccounts1795756765290 implements MigrationInterface {
  name = 'LinkVolunteersToTheirAccounts1795756765290';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A link to an account that no longer exists would block the constraint: unlink it first.
    await queryRunner.query(
      `UPDATE "volunteer" SET "account_id" = NULL WHERE "account_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "account" WHERE "account"."id" = "volunteer"."account_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_47050d362f7e63285406886e8b2" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_47050d362f7e63285406886e8b2"`);
  }
}
