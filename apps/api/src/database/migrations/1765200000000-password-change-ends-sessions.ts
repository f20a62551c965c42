import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A new password, or a disabled account, ends every open session of the account, whatever wrote it: an accepted
 * invitation or reset link, the sample accounts' fresh passwords at each local start, or an operator's SQL. Done in
 * the database so no write path can forget it (the local start changed passwords and left the old sessions valid).
 */
export class PasswordChangeEndsSessions1765200000000 implements MigrationInterface {
  name = 'PasswordChangeEndsSessions1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION account_credentials_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE session SET revoked_at = now() WHERE account_id = NEW.id AND revoked_at IS NULL;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER account_credentials_end_sessions AFTER UPDATE OF password_hash, disabled_at ON account
      FOR EACH ROW
      WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash
        OR (NEW.disabled_at IS NOT NULL AND OLD.disabled_at IS NULL))
      EXECUTE FUNCTION account_credentials_changed()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER account_credentials_end_sessions ON account`);
    await db.query(`DROP FUNCTION account_credentials_changed()`);
  }
}
