import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A record's confidentiality over time is read back from the audit trail (its `confidentiality` changes), each time
 * the trail is shown to someone not cleared for everything: this index finds a record's few changes without
 * reading the whole trail.
 */
export class ConfidentialityHistoryIndex1765300000000 implements MigrationInterface {
  name = 'ConfidentialityHistoryIndex1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX audit_event_confidentiality_idx ON audit_event (entity_id, at) WHERE field = 'confidentiality'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_event_confidentiality_idx`);
  }
}
