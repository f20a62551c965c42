import { Client } from 'pg';
import { resetSampleAccounts } from '../src/seed/sample-accounts';
import { seedSampleData } from '../src/seed/seed-sample-data';
import { signIn } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const ME = `{ me { account { email } } }`;

/** A new password, however it is written, ends the sessions opened with the old one. */
describe('sessions end with the password', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedSampleData(t.database.url);
  });

  afterAll(() => t.close());

  async function signedIn(cookie: string): Promise<boolean> {
    const me = await t.gql<{ me: { account: { email: string } | null } }>(ME, {}, { cookie });
    return me.data!.me.account !== null;
  }

  it("ends the sample accounts' sessions when a local start gives them new passwords", async () => {
    const first = await resetSampleAccounts(t.database.url);
    const sessions = await Promise.all(first.map((account) => signIn(t, account.email, account.password)));
    for (const session of sessions) expect(await signedIn(session)).toBe(true);

    const second = await resetSampleAccounts(t.database.url);
    for (const session of sessions) expect(await signedIn(session)).toBe(false);
    const fresh = await signIn(t, second[0]!.email, second[0]!.password);
    expect(await signedIn(fresh)).toBe(true);
  });

  it('ends them whatever writes the password or disables the account, an operator’s SQL included', async () => {
    const [admin] = await resetSampleAccounts(t.database.url);
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    try {
      const byPassword = await signIn(t, admin!.email, admin!.password);
      await db.query(`UPDATE account SET password_hash = 'x' || password_hash WHERE email = $1`, [
        admin!.email,
      ]);
      expect(await signedIn(byPassword)).toBe(false);

      const [again] = await resetSampleAccounts(t.database.url);
      const byDisabling = await signIn(t, again!.email, again!.password);
      await db.query(`UPDATE account SET disabled_at = now() WHERE email = $1`, [again!.email]);
      await db.query(`UPDATE account SET disabled_at = NULL WHERE email = $1`, [again!.email]);
      expect(await signedIn(byDisabling)).toBe(false);

      const [kept] = await resetSampleAccounts(t.database.url);
      const unrelated = await signIn(t, kept!.email, kept!.password);
      await db.query(`UPDATE account SET display_name = 'Renamed' WHERE email = $1`, [kept!.email]);
      expect(await signedIn(unrelated)).toBe(true);
    } finally {
      await db.end();
    }
  });
});
