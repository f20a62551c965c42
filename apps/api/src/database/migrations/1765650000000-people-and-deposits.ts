import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the people-and-roles screens record beyond the first model: the day a State deposited its instrument of
 * ratification or accession (the entry into force follows it, by the Convention's article 17), and the language a
 * person is written to in (a contact person need not have an account, whose language is its own).
 */
export class PeopleAndDeposits1765650000000 implements MigrationInterface {
  name = 'PeopleAndDeposits1765650000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE participant ADD COLUMN deposited_on date`);
    await db.query(
      `ALTER TABLE participant ADD CONSTRAINT participant_deposit_before_entry_into_force
         CHECK (deposited_on IS NULL OR became_party_on IS NULL OR deposited_on <= became_party_on)`,
    );
    await db.query(
      `ALTER TABLE person ADD COLUMN language text CHECK (language IS NULL OR language IN ('en', 'fr', 'es'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE person DROP COLUMN language`);
    await db.query(`ALTER TABLE participant DROP COLUMN deposited_on`);
  }
}
