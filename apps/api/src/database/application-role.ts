import { Client } from 'pg';
import { WRITER_ROLE } from './migrations/1765200000001-application-role';

/** The user and password in a postgres:// URL, as PostgreSQL will see them. */
function credentialsOf(url: string): { user: string; password: string } {
  const parsed = new URL(url);
  return { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

/** `url` with another user and password. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/**
 * Makes the login role of `appUrl` (creating it, or setting its password to the URL's) a member of the writer role,
 * owning nothing and with no power over roles, databases or replication; run as the owner that migrated the
 * database (`ownerUrl`), after migrating. The API and the workers then connect with `appUrl`.
 */
export async function ensureApplicationLogin(ownerUrl: string, appUrl: string): Promise<void> {
  const { user, password } = credentialsOf(appUrl);
  if (user === credentialsOf(ownerUrl).user) {
    throw new Error(
      `The API's database user (${user}) is the one that migrates: give it a login role of its own, which owns ` +
        'nothing (docs/operations.md, "Database roles").',
    );
  }
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const role = owner.escapeIdentifier(user);
    // A new role is no superuser and cannot replicate or bypass row security; saying so again takes a superuser.
    const attributes = `LOGIN PASSWORD ${owner.escapeLiteral(password)} NOCREATEDB NOCREATEROLE INHERIT`;
    const exists = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user]);
    if (exists.rowCount === 0) {
      // Two starts at once on one cluster may both find it missing.
      await owner.query(`CREATE ROLE ${role} ${attributes}`).catch((error: { code?: string }) => {
        if (error.code !== '42710' && error.code !== '23505') throw error;
      });
    }
    await owner.query(`ALTER ROLE ${role} ${attributes}`);
    await owner.query(`GRANT ${WRITER_ROLE} TO ${role}`);
    const powers = await owner.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [user],
    );
    if (powers.rows[0]?.rolsuper || powers.rows[0]?.rolbypassrls) {
      throw new Error(
        `The API's database user (${user}) is a superuser: it could switch the audit trigger off.`,
      );
    }
  } finally {
    await owner.end();
  }
}
