import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links are emailed through the outbox (decision 29): the worker needs the link's token to write the
 * email, and only its hash is kept for checking. The token waits in `mail_token` until its email is accepted, the
 * link is used or a newer one replaces it; an expired link's token opens nothing. Outbox payloads hold ids only.
 */
export class OneTimeLinkEmails1765640000000 implements MigrationInterface {
  name = 'OneTimeLinkEmails1765640000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE one_time_token ADD COLUMN mail_token text`);
    await db.query(
      `ALTER TABLE one_time_token ADD CONSTRAINT one_time_token_mail_token_unused CHECK (mail_token IS NULL OR used_at IS NULL)`,
    );
    // The accounts screen shows each account's last sign-in.
    await db.query(`CREATE INDEX session_account_created_idx ON session (account_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX session_account_created_idx`);
    await db.query(`ALTER TABLE one_time_token DROP COLUMN mail_token`);
  }
}
