import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The group role whose members the API and the workers connect as (database/application-role.ts). */
export const WRITER_ROLE = 'prepcom_writer';

/**
 * The audit trail is append-only by privilege, not only by trigger: the API and the workers connect as a login role
 * that owns nothing and is a member of `prepcom_writer`, which may read and write the tables but only INSERT and
 * SELECT audit events, and only read the migrations table. Only a table's owner (the role that runs migrations) can
 * disable its triggers, and only a superuser can set session_replication_role, so neither is open to the application.
 * Tables made by later migrations get the same rights through default privileges of the owner.
 */
export class ApplicationRole1765200000001 implements MigrationInterface {
  name = 'ApplicationRole1765200000001';

  async up(db: QueryRunner): Promise<void> {
    // Roles belong to the whole cluster; another database of it may have made this one already.
    await db.query(`
      DO $$ BEGIN
        CREATE ROLE ${WRITER_ROLE} NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA public TO ${WRITER_ROLE}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${WRITER_ROLE}`);
    await db.query(`REVOKE UPDATE, DELETE ON audit_event FROM ${WRITER_ROLE}`);
    await db.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${WRITER_ROLE}`);
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${WRITER_ROLE}`);
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${WRITER_ROLE}`,
    );
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${WRITER_ROLE}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${WRITER_ROLE}`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${WRITER_ROLE}`);
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${WRITER_ROLE}`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${WRITER_ROLE}`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM ${WRITER_ROLE}`);
  }
}
