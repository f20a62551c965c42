import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox, in-app notifications and one delivery record per (event, recipient, channel). */
export class Notifications1764600000000 implements MigrationInterface {
  name = 'Notifications1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        type text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        relayed_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_event_unrelayed_idx ON outbox_event (id) WHERE relayed_at IS NULL`);
    await db.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id bigint NOT NULL REFERENCES outbox_event (id),
        account_id uuid NOT NULL REFERENCES account (id),
        channel text NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL')),
        status text NOT NULL CHECK (status IN ('SENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (event_id, account_id, channel)
      )`);
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id),
        event_id bigint NOT NULL REFERENCES outbox_event (id),
        subject text NOT NULL,
        body text NOT NULL,
        link text,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (event_id, account_id)
      )`);
    await db.query(`CREATE INDEX notification_inbox_idx ON notification (account_id, created_at DESC)`);
    await db.query(
      `ALTER TABLE account ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'es'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP COLUMN language`);
    for (const table of ['notification', 'delivery', 'outbox_event']) await db.query(`DROP TABLE ${table}`);
  }
}
