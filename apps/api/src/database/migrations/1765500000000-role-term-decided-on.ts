import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day a role term was decided (elected, designated), when known: a replay of the past shows a term from that
 * day, not from its start, so an incoming Presidency designated a year ahead is there, and one decided later is not.
 */
export class RoleTermDecidedOn1765500000000 implements MigrationInterface {
  name = 'RoleTermDecidedOn1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE role_term ADD COLUMN decided_on date`);
    await db.query(
      `ALTER TABLE role_term ADD CONSTRAINT role_term_decided_before_end CHECK (decided_on IS NULL OR ends_on IS NULL OR decided_on <= ends_on)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE role_term DROP COLUMN decided_on`);
  }
}
