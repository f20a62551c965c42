import type { MigrationInterface, QueryRunner } from 'typeorm';

const AUDIENCES = `'STATES_PARTIES', 'STATES_NOT_PARTIES', 'ORGANISATIONS'`;

/**
 * Invitations to meetings (the groups chosen, and one row per participant reached, which holds its reply), and
 * private calendar feeds, of which only a hash of the secret in the address is kept.
 */
export class InvitationsAndCalendarFeeds1764800000000 implements MigrationInterface {
  name = 'InvitationsAndCalendarFeeds1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        milestone_id uuid NOT NULL REFERENCES milestone (id),
        sent_by_account_id uuid NOT NULL REFERENCES account (id),
        sent_by_participant_id uuid REFERENCES participant (id),
        sent_at timestamptz NOT NULL,
        invited_audiences text[] NOT NULL CHECK (invited_audiences <@ ARRAY[${AUDIENCES}]),
        copied_audiences text[] NOT NULL CHECK (copied_audiences <@ ARRAY[${AUDIENCES}]),
        note text NOT NULL DEFAULT ''
      )`);
    await db.query(`CREATE INDEX meeting_invitation_milestone_idx ON meeting_invitation (milestone_id)`);
    await db.query(`
      CREATE TABLE meeting_invitation_recipient (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invitation_id uuid NOT NULL REFERENCES meeting_invitation (id),
        participant_id uuid NOT NULL REFERENCES participant (id),
        copied boolean NOT NULL,
        attending boolean,
        attendee_count integer NOT NULL DEFAULT 0 CHECK (attendee_count BETWEEN 0 AND 100),
        attendee_names text[] NOT NULL DEFAULT '{}',
        replied_by_account_id uuid REFERENCES account (id),
        replied_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (invitation_id, participant_id),
        CHECK ((attending IS NULL) = (replied_at IS NULL) AND (attending IS NULL) = (replied_by_account_id IS NULL)),
        CHECK (attending IS NOT FALSE OR (attendee_count = 0 AND cardinality(attendee_names) = 0)),
        CHECK (attending IS NOT TRUE OR attendee_count >= 1),
        CHECK (cardinality(attendee_names) <= attendee_count)
      )`);
    await db.query(
      `CREATE INDEX meeting_invitation_recipient_participant_idx ON meeting_invitation_recipient (participant_id)`,
    );
    await db.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account (id),
        token_hash bytea NOT NULL UNIQUE,
        label text NOT NULL CHECK (btrim(label) <> ''),
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX calendar_feed_account_idx ON calendar_feed (account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['calendar_feed', 'meeting_invitation_recipient', 'meeting_invitation']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
