import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = [
  'process',
  'milestone',
  'participant',
  'person',
  'role_term',
  'matter',
  'matter_option',
  'action',
  'participant_view',
];

/**
 * The audit trail, append-only by the database's own rule, and a version on every editable record for optimistic
 * concurrency.
 */
export class AuditTrailAndVersions1764500000000 implements MigrationInterface {
  name = 'AuditTrailAndVersions1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        account_id uuid REFERENCES account (id),
        participant_id uuid REFERENCES participant (id),
        process_id uuid REFERENCES process (id),
        matter_id uuid,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'MOVE')),
        field text NOT NULL,
        old_value jsonb,
        new_value jsonb
      )`);
    await db.query(`CREATE INDEX audit_event_matter_idx ON audit_event (matter_id, at)`);
    await db.query(`CREATE INDEX audit_event_account_idx ON audit_event (account_id, at)`);
    await db.query(`CREATE INDEX audit_event_process_idx ON audit_event (process_id, at)`);
    await db.query(`CREATE INDEX audit_event_at_idx ON audit_event (at)`);
    await db.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
    for (const table of VERSIONED) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of VERSIONED) await db.query(`ALTER TABLE ${table} DROP COLUMN version`);
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION audit_event_is_append_only()`);
  }
}
