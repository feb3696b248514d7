import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddVolunteerVetting1795743750195 implements MigrationInterface {
  name = 'AddVolunteerVetting1795743750195';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "account_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "UQ_47050d362f7e63285406886e8b2" UNIQUE ("account_id")`,
    );
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "works_with_children" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "screening_note" text`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "rejection_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD "child_certificate_status" text NOT NULL DEFAULT 'not-needed'`,
    );
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "child_certificate_requested_on" date`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "child_certificate_checked_on" date`);
    await queryRunner.query(`ALTER TABLE "volunteer" ADD "trainings" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_c2e2b5d3dc1152b9e9ae8be130f"`);
    await queryRunner.query(`ALTER TABLE "volunteer" ALTER COLUMN "locality_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_c2e2b5d3dc1152b9e9ae8be130f" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_c2e2b5d3dc1152b9e9ae8be130f"`);
    await queryRunner.query(`ALTER TABLE "volunteer" ALTER COLUMN "locality_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_c2e2b5d3dc1152b9e9ae8be130f" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "trainings"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "child_certificate_checked_on"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "child_certificate_requested_on"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "child_certificate_status"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "rejection_reason"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "screening_note"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "works_with_children"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "UQ_47050d362f7e63285406886e8b2"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP COLUMN "account_id"`);
  }
}
