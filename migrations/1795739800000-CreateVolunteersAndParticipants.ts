import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVolunteersAndParticipants1795739800000 implements MigrationInterface {
  name = 'CreateVolunteersAndParticipants1795739800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "birth_year" integer NOT NULL, "gender" text, "locality_id" uuid NOT NULL, "languages" jsonb NOT NULL DEFAULT '[]', "interpreter_needed" boolean NOT NULL DEFAULT false, "interests" text array NOT NULL DEFAULT '{}', "needs" text array NOT NULL DEFAULT '{}', "arrival_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "volunteer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "roles" text array NOT NULL, "status" text NOT NULL DEFAULT 'applied', "birth_year" integer, "gender" text, "locality_id" uuid NOT NULL, "max_distance_km" integer NOT NULL DEFAULT '10', "capacity" integer NOT NULL DEFAULT '1', "languages" jsonb NOT NULL DEFAULT '[]', "interests" text array NOT NULL DEFAULT '{}', "availability" text array NOT NULL DEFAULT '{}', "introduction" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76924da1998b3e07025e04c4d3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_1a5faeb85d2f969104f58a5a241" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "FK_3a732f9062f1cab5ab7de3ca267" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_bad47bb902c43f85891289faf87" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "FK_c2e2b5d3dc1152b9e9ae8be130f" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_c2e2b5d3dc1152b9e9ae8be130f"`);
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "FK_bad47bb902c43f85891289faf87"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "FK_3a732f9062f1cab5ab7de3ca267"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "FK_1a5faeb85d2f969104f58a5a241"`);
    await queryRunner.query(`DROP TABLE "volunteer"`);
    await queryRunner.query(`DROP TABLE "participant"`);
  }
}
