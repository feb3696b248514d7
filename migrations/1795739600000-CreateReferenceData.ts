import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferenceData1795739600000 implements MigrationInterface {
  name = 'CreateReferenceData1795739600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f01eb47e7b81481ca5a146a786d" UNIQUE ("code"), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "locality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "name" text NOT NULL, "postcode" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, CONSTRAINT "UQ_070b9f4e73fae53870177d54362" UNIQUE ("municipality_id", "name"), CONSTRAINT "PK_c0445d9b8706ac2d31be91c9b6b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "activity" ("key" text NOT NULL, "category" text NOT NULL, "name_da" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT "PK_52e2c65f649c102c81c4b4facc9" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "language" ("code" text NOT NULL, "name_da" text NOT NULL, "name_en" text NOT NULL, "native_name" text NOT NULL, "direction" text NOT NULL, CONSTRAINT "PK_465b3173cdddf0ac2d3fe73a33c" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "locality" ADD CONSTRAINT "FK_1381e70599f441e568cac6ac98a" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "locality" DROP CONSTRAINT "FK_1381e70599f441e568cac6ac98a"`);
    await queryRunner.query(`DROP TABLE "language"`);
    await queryRunner.query(`DROP TABLE "activity"`);
    await queryRunner.query(`DROP TABLE "locality"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
