import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An action can be cancelled: given up on with the reason, kept on record rather than deleted. The instant says
 * from when it no longer counted as work to do ("as of" reads); both go when it is reinstated.
 */
export class ActionCancelled1765720000000 implements MigrationInterface {
  name = 'ActionCancelled1765720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE action
        DROP CONSTRAINT action_status_check,
        ADD CONSTRAINT action_status_check
          CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED')),
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancellation_reason text CHECK (btrim(cancellation_reason) <> ''),
        ADD CONSTRAINT action_cancelled_with_reason
          CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)
             AND (cancelled_at IS NULL) = (cancellation_reason IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE action
        DROP CONSTRAINT action_cancelled_with_reason,
        DROP COLUMN cancellation_reason,
        DROP COLUMN cancelled_at,
        DROP CONSTRAINT action_status_check,
        ADD CONSTRAINT action_status_check CHECK (status IN ('TODO', 'IN_PROGRESS', 'DONE', 'BLOCKED'))`);
  }
}
