import { Client } from 'pg';
import { auditTrailRisk } from '../src/audit/audit-privileges.check';
import { connectedRole } from '../src/audit/audit-privileges.repository';
import { createRoleAccounts } from './support/accounts';
import { createProcessWithMeetings } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The audit trail is append-only by privilege: the API connects as a login role that owns nothing, so it cannot
 * switch the trigger off nor set session_replication_role, and may only INSERT and SELECT audit events. Before,
 * the API connected as the tables' owner (a superuser in the sample set-up), for whom the trigger was a formality.
 */
describe("the application's database role", () => {
  let t: TestApp;
  let app: Client;

  beforeAll(async () => {
    t = await startTestApp();
    // Real API traffic as the application's role: its writes are audited.
    await createProcessWithMeetings(t, await createRoleAccounts(t));
    app = new Client({ connectionString: t.database.appUrl });
    await app.connect();
  });

  afterAll(async () => {
    await app.end();
    await t.close();
  });

  /** The SQLSTATE a statement fails with as the application's role; null when it succeeds. */
  async function refusal(sql: string): Promise<string | null> {
    try {
      await app.query(sql);
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'no code';
    }
  }

  it('is what the API connects as, and neither owns a table nor is a superuser', async () => {
    const { rows } = await app.query<{ superuser: boolean; owned: string }>(
      `SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
              (SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned`,
    );
    expect(rows[0]).toEqual({ superuser: false, owned: '0' });
    const { rows: sessions } = await app.query<{ usename: string }>(
      `SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
         AND application_name NOT LIKE 'psql%' AND usename IS NOT NULL`,
    );
    expect(sessions.map((session) => session.usename)).toEqual([new URL(t.database.appUrl).username]);
  });

  it('reads and appends audit events, and can change nothing already written', async () => {
    const { rows } = await app.query<{ count: string }>(`SELECT count(*) FROM audit_event`);
    expect(Number(rows[0]!.count)).toBeGreaterThan(0);
    expect(
      await refusal(
        `INSERT INTO audit_event (at, entity_type, entity_id, action, field, old_value, new_value)
         VALUES (now(), 'process', gen_random_uuid(), 'UPDATE', 'title', '"a"', '"b"')`,
      ),
    ).toBeNull();
    // 42501: insufficient_privilege, refused before the trigger is even asked.
    expect(await refusal(`UPDATE audit_event SET new_value = '"forged"'`)).toBe('42501');
    expect(await refusal(`DELETE FROM audit_event`)).toBe('42501');
    expect(await refusal(`TRUNCATE audit_event`)).toBe('42501');
  });

  it('cannot switch the trigger off, replicate past it, or take the table over', async () => {
    expect(await refusal(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`)).toBe(
      '42501',
    );
    expect(await refusal(`ALTER TABLE audit_event DISABLE TRIGGER ALL`)).toBe('42501');
    expect(await refusal(`SET session_replication_role = replica`)).toBe('42501');
    expect(await refusal(`DROP TABLE audit_event`)).toBe('42501');
    expect(await refusal(`CREATE TABLE audit_copy (id int)`)).toBe('42501');
    expect(await refusal(`DELETE FROM migrations`)).toBe('42501');
  });

  it("is told apart at start from the audit trail's owner, which the API warns about", async () => {
    expect(auditTrailRisk(await connectedRole(async (sql) => (await app.query(sql)).rows))).toBeNull();
    const owner = new Client({ connectionString: t.database.url });
    await owner.connect();
    try {
      expect(auditTrailRisk(await connectedRole(async (sql) => (await owner.query(sql)).rows))).toMatch(
        /^The API connects to PostgreSQL as \S+, (a superuser|the audit trail's owner): it could switch/,
      );
    } finally {
      await owner.end();
    }
  });

  it('does the ordinary writes of every other table', async () => {
    expect(await refusal(`UPDATE process SET description = description`)).toBeNull();
    expect(await refusal(`DELETE FROM session WHERE false`)).toBeNull();
  });
});
