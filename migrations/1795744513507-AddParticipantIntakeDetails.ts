import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddParticipantIntakeDetails1795744513507 implements MigrationInterface {
  name = 'AddParticipantIntakeDetails1795744513507';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participant" ADD "danish_level" text`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "household" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "preferred_volunteer_gender" text`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "contact_coordinator_id" uuid`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "legal_basis" text NOT NULL DEFAULT 'public-task'`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "consents" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "notes" text NOT NULL DEFAULT ''`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "notes"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "consents"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "legal_basis"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "contact_coordinator_id"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "preferred_volunteer_gender"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "household"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "danish_level"`);
  }
}
