import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which reminders went out (once each, whatever the number of workers), and how far the sweep has looked. */
export class Reminders1764700000000 implements MigrationInterface {
  name = 'Reminders1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reminder_sent (
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        step text NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (kind, subject_id, step)
      )`);
    await db.query(
      `CREATE TABLE reminder_sweep (id integer PRIMARY KEY CHECK (id = 1), swept_to timestamptz NOT NULL)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reminder_sweep`);
    await db.query(`DROP TABLE reminder_sent`);
  }
}
