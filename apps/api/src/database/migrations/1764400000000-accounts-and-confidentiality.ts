import type { MigrationInterface, QueryRunner } from 'typeorm';

const TIERS = `'CO_CHAIRS', 'COORDINATING_COMMITTEE', 'STATES_PARTIES', 'OBSERVERS', 'PUBLIC'`;

/** Accounts, sessions and one-time links; who may see each matter, option and view. */
export class AccountsAndConfidentiality1764400000000 implements MigrationInterface {
  name = 'AccountsAndConfidentiality1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
        password_hash text,
        display_name text NOT NULL CHECK (btrim(display_name) <> ''),
        participant_id uuid REFERENCES participant (id),
        account_role text NOT NULL CHECK (account_role IN ('ADMINISTRATOR', 'DELEGATE')),
        disabled_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX account_email_key ON account (lower(email))`);
    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account (id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX session_account_idx ON session (account_id)`);
    await db.query(`
      CREATE TABLE one_time_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        account_id uuid NOT NULL REFERENCES account (id),
        created_by_account_id uuid REFERENCES account (id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    for (const table of ['matter', 'matter_option', 'participant_view']) {
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN confidentiality text NOT NULL DEFAULT 'STATES_PARTIES' CHECK (confidentiality IN (${TIERS}))`,
      );
    }
    await db.query(`ALTER TABLE matter ADD COLUMN observers_may_give_views boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matter DROP COLUMN observers_may_give_views`);
    for (const table of ['participant_view', 'matter_option', 'matter']) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN confidentiality`);
    }
    for (const table of ['one_time_token', 'session', 'account']) await db.query(`DROP TABLE ${table}`);
  }
}
