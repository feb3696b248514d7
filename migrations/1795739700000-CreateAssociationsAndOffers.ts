import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssociationsAndOffers1795739700000 implements MigrationInterface {
  name = 'CreateAssociationsAndOffers1795739700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "association" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "cvr" character(8), "kind" text NOT NULL, "locality_id" uuid NOT NULL, "address" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c770cfef7a1f66da23be411699" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "association_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "activity_key" text, "locality_id" uuid NOT NULL, "age_min" integer, "age_max" integer, "women_only" boolean NOT NULL DEFAULT false, "language_codes" text array NOT NULL DEFAULT '{}', "capacity" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7f2210260642e894f8a8137b10" ON "offer"  ("municipality_id", "status") `);
    await queryRunner.query(
      `ALTER TABLE "association" ADD CONSTRAINT "FK_48340f058a6918694dd28e8fdba" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "association" ADD CONSTRAINT "FK_af3e056eaa5ce517494b2b2f144" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "FK_190a445a318579f55147bf74770" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "FK_0e41442ef48c11fa40c2dfb1e7e" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "FK_63c8bd61406ef6e503d0a01f61d" FOREIGN KEY ("activity_key") REFERENCES "activity"("key") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "FK_e431cf090cc9be449c821e5d17a" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_e431cf090cc9be449c821e5d17a"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_63c8bd61406ef6e503d0a01f61d"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_0e41442ef48c11fa40c2dfb1e7e"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_190a445a318579f55147bf74770"`);
    await queryRunner.query(`ALTER TABLE "association" DROP CONSTRAINT "FK_af3e056eaa5ce517494b2b2f144"`);
    await queryRunner.query(`ALTER TABLE "association" DROP CONSTRAINT "FK_48340f058a6918694dd28e8fdba"`);
    await queryRunner.query(`DROP INDEX "IDX_7f2210260642e894f8a8137b10"`);
    await queryRunner.query(`DROP TABLE "offer"`);
    await queryRunner.query(`DROP TABLE "association"`);
  }
}
