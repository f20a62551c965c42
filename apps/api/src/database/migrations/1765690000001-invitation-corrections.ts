import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sent invitation can be corrected (its words) or withdrawn (with the reason) until its meeting begins; the
 * version lets a correction be refused when someone else changed it meanwhile.
 */
export class InvitationCorrections1765690000001 implements MigrationInterface {
  name = 'InvitationCorrections1765690000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE meeting_invitation
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN corrected_at timestamptz,
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawal_reason text,
        ADD CONSTRAINT meeting_invitation_withdrawal_has_reason
          CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE meeting_invitation
        DROP CONSTRAINT meeting_invitation_withdrawal_has_reason,
        DROP COLUMN withdrawal_reason,
        DROP COLUMN withdrawn_at,
        DROP COLUMN corrected_at,
        DROP COLUMN version`);
  }
}
