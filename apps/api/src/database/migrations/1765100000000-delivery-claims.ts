import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL as the truth of what is owed (docs/decisions/0017): a fan-out records each delivery it queues as
 * PENDING and marks its event fanned out, so a reconciler can requeue whatever Redis lost; an email claim names its
 * holder (a fencing token) and its deadline; every delivery ends SENT, SKIPPED or FAILED; each schedule notes when
 * it last ran, for readiness and the sweep-age metric.
 */
export class DeliveryClaims1765100000000 implements MigrationInterface {
  name = 'DeliveryClaims1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_event ADD COLUMN fanned_out_at timestamptz`);
    // Events relayed before this migration are taken as fanned out: their deliveries were never recorded ahead.
    await db.query(`UPDATE outbox_event SET fanned_out_at = relayed_at WHERE relayed_at IS NOT NULL`);
    await db.query(
      `CREATE INDEX outbox_event_unfanned_idx ON outbox_event (relayed_at) WHERE relayed_at IS NOT NULL AND fanned_out_at IS NULL`,
    );
    await db.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await db.query(`
      ALTER TABLE delivery
        ADD CONSTRAINT delivery_status_check CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'SKIPPED', 'FAILED')),
        ADD COLUMN claim_token uuid,
        ADD COLUMN claim_expires_at timestamptz`);
    await db.query(
      `CREATE INDEX delivery_open_idx ON delivery (updated_at) WHERE status IN ('PENDING', 'SENDING')`,
    );
    await db.query(`
      CREATE TABLE schedule_run (
        name text PRIMARY KEY,
        ran_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE schedule_run`);
    await db.query(`DROP INDEX delivery_open_idx`);
    await db.query(`DELETE FROM delivery WHERE status IN ('PENDING', 'SKIPPED')`);
    await db.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await db.query(`
      ALTER TABLE delivery
        ADD CONSTRAINT delivery_status_check CHECK (status IN ('SENDING', 'SENT', 'FAILED')),
        DROP COLUMN claim_token,
        DROP COLUMN claim_expires_at`);
    await db.query(`DROP INDEX outbox_event_unfanned_idx`);
    await db.query(`ALTER TABLE outbox_event DROP COLUMN fanned_out_at`);
  }
}
