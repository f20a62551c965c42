import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who caused an event, so that person is not told of their own action. No foreign key: an account's deletion must
 * not wait on the outbox, and an unknown id only means nobody is left out.
 */
export class OutboxActor1765690000000 implements MigrationInterface {
  name = 'OutboxActor1765690000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_event ADD COLUMN actor_account_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_event DROP COLUMN actor_account_id`);
  }
}
