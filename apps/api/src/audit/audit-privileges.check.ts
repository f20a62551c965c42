import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AuditPrivilegesRepository, type ConnectedRole } from './audit-privileges.repository';

/**
 * Why the role a connection runs as could rewrite the audit trail (a superuser, or a member of `audit_event`'s
 * owner, who can switch its append-only trigger off), or null when it cannot.
 */
export function auditTrailRisk(role: ConnectedRole | null): string | null {
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

  constructor(private readonly privileges: AuditPrivilegesRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.privileges.connected) return;
    const risk = auditTrailRisk(await this.privileges.role());
    if (risk) this.log.warn(risk);
  }
}
