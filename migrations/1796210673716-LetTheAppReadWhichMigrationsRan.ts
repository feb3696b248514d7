import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `/health` reports the migrations applied. When the app runs as a login that is only a member of
 * `brobygger_app` (migrations run as the owner, README: Deploying), it may read that history but
 * never change it.
 */
export class LetTheAppReadWhichMigrationsRan1796210673716 implements MigrationInterface {
  name = 'LetTheAppReadWhichMigrationsRan1796210673716';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT ON "migrations" TO brobygger_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE SELECT ON "migrations" FROM brobygger_app`);
  }
}
