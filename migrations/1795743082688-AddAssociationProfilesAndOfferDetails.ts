import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSecurity } from './support/tenant-table-security';

const security = tenantTableSecurity('association_representative');

export class AddAssociationProfilesAndOfferDetails1795743082688 implements MigrationInterface {
  name = 'AddAssociationProfilesAndOfferDetails1795743082688';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "association_representative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "association_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c7116d310ef01c244dd9b253f09" UNIQUE ("association_id", "account_id"), CONSTRAINT "PK_6563b9cba00bcd344c403dba631" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "association" ADD "contact_people" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "association" ADD "child_certificate_declared_on" date`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "schedule" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "place" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "trial_weeks" integer`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "season_fee_ore" integer`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "equipment_cost_ore" integer`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "target_group" text`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "event_kind" text`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "registration_deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "offer" ADD "first_published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "association_representative" ADD CONSTRAINT "FK_1f6475bc14df83cf9bb0570e0d7" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "association_representative" ADD CONSTRAINT "FK_5992586f565a62a73533dc6229e" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const statement of security.up) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of security.down) await queryRunner.query(statement);
    await queryRunner.query(
      `ALTER TABLE "association_representative" DROP CONSTRAINT "FK_5992586f565a62a73533dc6229e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "association_representative" DROP CONSTRAINT "FK_1f6475bc14df83cf9bb0570e0d7"`,
    );
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "first_published_at"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "registration_deadline"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "event_kind"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "target_group"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "equipment_cost_ore"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "season_fee_ore"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "trial_weeks"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "place"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "schedule"`);
    await queryRunner.query(`ALTER TABLE "association" DROP COLUMN "child_certificate_declared_on"`);
    await queryRunner.query(`ALTER TABLE "association" DROP COLUMN "contact_people"`);
    await queryRunner.query(`DROP TABLE "association_representative"`);
  }
}
