import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Screens that update themselves (decision 34). Every write records its audit events in its own transaction, so a
 * trigger on the trail announces every change of every write path: one NOTIFY per record changed (PostgreSQL folds
 * identical payloads of one transaction into one, and delivers them at commit, never on rollback), with ids only.
 * Each API replica already listens for the live inbox (decision 8) and relays these too. The person's last visit,
 * kept per account, answers "what changed since your last visit" on any device.
 */
export class LiveChangesAndLastVisit1765680000001 implements MigrationInterface {
  name = 'LiveChangesAndLastVisit1765680000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION public.prepcom_announce_changes() RETURNS trigger
        LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('prepcom_process_change', change)
           FROM (SELECT DISTINCT json_build_object(
                   'processId', process_id, 'matterId', matter_id, 'entityType', entity_type,
                   'entityId', entity_id, 'action', action, 'accountId', account_id,
                   'participantId', participant_id,
                   'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text AS change
                   FROM inserted) AS changes;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_announce AFTER INSERT ON audit_event
        REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION public.prepcom_announce_changes()`);
    await db.query(`ALTER TABLE account ADD COLUMN last_visit_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE account DROP COLUMN last_visit_at`);
    await db.query(`DROP TRIGGER audit_event_announce ON audit_event`);
    await db.query(`DROP FUNCTION public.prepcom_announce_changes()`);
  }
}
