import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff register associations: one association per CVR number in a municipality. An invitation to
 * represent an association remembers which one, so accepting it links the person to it.
 */
export class AddAssociationRegistrationAndRepresentativeInvitations1795753114155 implements MigrationInterface {
  name = 'AddAssociationRegistrationAndRepresentativeInvitations1795753114155';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_token" ADD "association_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_association_municipality_cvr" ON "association"  ("municipality_id", "cvr") WHERE "cvr" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_association_municipality_cvr"`);
    await queryRunner.query(`ALTER TABLE "account_token" DROP COLUMN "association_id"`);
  }
}
