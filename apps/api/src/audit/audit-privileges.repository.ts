import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { sqlFile } from '../common/database/sql-file';

const CONNECTED_ROLE = sqlFile(__dirname, 'connected-role.sql');

/** The PostgreSQL role a connection runs as, and the powers over the audit trail that matter. */
export interface ConnectedRole {
  name: string;
  superuser: boolean;
  /** Owns `audit_event`, or is a member of its owner. */
  owner: boolean;
}

/** The role behind `query`'s connection; null when the audit trail is not there (an unmigrated database). */
export async function connectedRole(
  query: (sql: string) => Promise<unknown[]>,
): Promise<ConnectedRole | null> {
  const [role] = (await query(CONNECTED_ROLE)) as ConnectedRole[];
  return role ?? null;
}

/** What the API's own connections may do to the audit trail. */
@Injectable()
export class AuditPrivilegesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** False when the app is built without a database (printing the schema). */
  get connected(): boolean {
    return this.db.isInitialized;
  }

  role(): Promise<ConnectedRole | null> {
    return connectedRole((sql) => this.db.query(sql));
  }
}
