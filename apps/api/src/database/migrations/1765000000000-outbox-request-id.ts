import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The id of the HTTP request that caused each outbox event, so the workers log it with every job of the event.
 * Null for events the workers raise themselves (reminders, digests, health) and for events written before.
 */
export class OutboxRequestId1765000000000 implements MigrationInterface {
  name = 'OutboxRequestId1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outbox_event
        ADD COLUMN request_id text CHECK (request_id ~ '^[A-Za-z0-9._-]{1,64}$')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_event DROP COLUMN request_id`);
  }
}
