import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Why the role a connection runs as could rewrite the audit trail (a superuser, or a member of `audit_event`'s
 * owner, who can switch its append-only trigger off), or null when it cannot.
 */
export async function auditTrailRisk(query: (sql: string) => Promise<unknown[]>): Promise<string | null> {
  const [role] = (await query(
    `SELECT current_user AS name, r.rolsuper AS superuser,
            pg_has_role(current_user, t.tableowner, 'USAGE') AS owner
       FROM pg_roles r, pg_tables t
      WHERE r.rolname = current_user AND t.schemaname = 'public' AND t.tablename = 'audit_event'`,
  )) as { name: string; superuser: boolean; owner: boolean }[];
  if (!role || (!role.superuser && !role.owner)) return null;
  return (
    `The API connects to PostgreSQL as ${role.name}, ${role.superuser ? 'a superuser' : "the audit trail's owner"}: ` +
    'it could switch the append-only trigger off. Connect as a role that owns nothing (DATABASE_URL) and migrate ' +
    'as the owner (DATABASE_MIGRATION_URL); see docs/operations.md, "Database roles".'
  );
}

/**
 * Says at start when the API connects as a role that could rewrite the audit trail. It warns rather than refuses,
 * so an installation that has not split its database roles yet still starts.
 */
@Injectable()
export class AuditPrivilegesCheck implements OnApplicationBootstrap {
  private readonly log = new Logger('Audit');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.db.isInitialized) return;
    const risk = await auditTrailRisk((sql) => this.db.query(sql));
    if (risk) this.log.warn(risk);
  }
}
