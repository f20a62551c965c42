import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One record's own changes are read when an edit meets a newer version (the dashboard then says who changed what):
 * this index finds them without reading the whole trail.
 */
export class AuditEntityIndex1765620000000 implements MigrationInterface {
  name = 'AuditEntityIndex1765620000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_event_entity_idx`);
  }
}
