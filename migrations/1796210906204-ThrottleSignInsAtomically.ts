import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in and reset throttling as one counter row per subject (account + client, client, account,
 * reset address), updated under a row lock before the password is checked, so concurrent guesses
 * cannot slip past the limit. Replaces sign_in_attempt (one row per failure, counted without a lock);
 * its rows are short-lived counts and are not carried over. Not tenant data: no row-level security.
 */
export class ThrottleSignInsAtomically1796210906204 implements MigrationInterface {
  name = 'ThrottleSignInsAtomically1796210906204';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "auth_throttle" ("subject" text NOT NULL, "count" integer NOT NULL DEFAULT '0', "first_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "next_allowed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "known_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d05d90098b1700ec24036c1a49" PRIMARY KEY ("subject"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7ab8ecd24ecd09ab9eff21693d" ON "auth_throttle"  ("last_at") `);
    await queryRunner.query(`DROP INDEX "IDX_4e6f71d0772b9dfc4e383e79c6"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject" text NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4e6f71d0772b9dfc4e383e79c6" ON "sign_in_attempt"  ("subject", "attempted_at") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7ab8ecd24ecd09ab9eff21693d"`);
    await queryRunner.query(`DROP TABLE "auth_throttle"`);
  }
}
