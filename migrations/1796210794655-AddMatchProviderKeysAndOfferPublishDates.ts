import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Matches whose volunteer or offer no longer exists (an offer deleted before this migration). */
const ORPHANED_MATCHES = `SELECT "m"."id" FROM "match" "m"
  WHERE ("m"."volunteer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "volunteer" "v" WHERE "v"."id" = "m"."volunteer_id"))
     OR ("m"."offer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "offer" "o" WHERE "o"."id" = "m"."offer_id"))`;

/**
 * A match keeps its volunteer or offer: both keys RESTRICT, so an offer with referrals is closed,
 * never deleted, and a volunteer with matches stays (leaving is a status). Every match has exactly
 * one of the two. An offer in the catalogue carries its first publication date, which is what
 * OffersService.delete looks at (a draft may be closed without ever being published).
 */
export class AddMatchProviderKeysAndOfferPublishDates1796210794655 implements MigrationInterface {
  name = 'AddMatchProviderKeysAndOfferPublishDates1796210794655';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Offers published without a date (the demo data did so): the earliest they can have been
    // published. Closed ones too: whether they ever were is unknown, so they are kept from deletion.
    await queryRunner.query(
      `UPDATE "offer" SET "first_published_at" = "created_at" WHERE "status" <> 'draft' AND "first_published_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "CHK_offer_published_has_date" CHECK ("status" <> 'published' OR "first_published_at" IS NOT NULL)`,
    );
    // A match whose offer was deleted cannot be shown or answered by anyone (every page skips it);
    // it and its follow-up rows go, or the keys could not be added.
    await queryRunner.query(`DELETE FROM "follow_up" WHERE "match_id" IN (${ORPHANED_MATCHES})`);
    await queryRunner.query(`DELETE FROM "meeting_log_entry" WHERE "match_id" IN (${ORPHANED_MATCHES})`);
    await queryRunner.query(`DELETE FROM "match" WHERE "id" IN (${ORPHANED_MATCHES})`);
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "CHK_match_one_provider" CHECK (num_nonnulls("volunteer_id", "offer_id") = 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_2601ddcc5077d3b7110a6e31b85" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_04e4fcd63ff0a4800a4baf27893" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The backfilled dates and the removed orphans stay as they are: both were true to the data.
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_04e4fcd63ff0a4800a4baf27893"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_2601ddcc5077d3b7110a6e31b85"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "CHK_match_one_provider"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "CHK_offer_published_has_date"`);
  }
}
