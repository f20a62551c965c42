import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'MEETINGS', 'INVITATIONS', 'MATTERS', 'ACTIONS', 'VIEWS', 'ROLE_TERMS', 'READINESS_REPORT'`;

/**
 * Per-person email preferences, the events waiting for a digest, the digest periods already announced (once each,
 * whatever the number of workers), and the last health seen of each matter (to tell when it worsens).
 */
export class PreferencesDigestsHealth1764900000000 implements MigrationInterface {
  name = 'PreferencesDigestsHealth1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification_preference (
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        frequency text NOT NULL CHECK (frequency IN ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER')),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, kind),
        CHECK (kind <> 'READINESS_REPORT' OR frequency <> 'IMMEDIATELY')
      )`);
    await db.query(`
      CREATE TABLE digest_period (
        frequency text NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
        ends_on date NOT NULL,
        PRIMARY KEY (frequency, ends_on)
      )`);
    await db.query(`
      CREATE TABLE digest_item (
        account_id uuid NOT NULL REFERENCES account (id) ON DELETE CASCADE,
        event_id bigint NOT NULL REFERENCES outbox_event (id),
        frequency text NOT NULL CHECK (frequency IN ('DAILY', 'WEEKLY')),
        -- The DIGEST_DUE event whose email carried it; null while it waits.
        digest_event_id bigint REFERENCES outbox_event (id),
        PRIMARY KEY (account_id, event_id)
      )`);
    await db.query(
      `CREATE INDEX digest_item_waiting_idx ON digest_item (frequency, account_id) WHERE digest_event_id IS NULL`,
    );
    await db.query(`
      CREATE TABLE matter_health_seen (
        matter_id uuid PRIMARY KEY REFERENCES matter (id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
        seen_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE matter_health_seen`);
    await db.query(`DROP TABLE digest_item`);
    await db.query(`DROP TABLE digest_period`);
    await db.query(`DROP TABLE notification_preference`);
  }
}
