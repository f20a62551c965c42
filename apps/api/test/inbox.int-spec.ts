import { Client } from 'pg';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const INBOX = `query ($unreadOnly: Boolean, $first: Int, $after: String, $last: Int, $before: String) {
  inbox(unreadOnly: $unreadOnly, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { subject } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { subject: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
}

/** More notifications than any page or former in-memory bound (1,000) holds. */
const COUNT = 1_205;
const subject = (i: number) => `Notification ${String(i).padStart(4, '0')}`;

describe('the inbox pages in the database, however many notifications a person has', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let db: Client;
  const inbox = async (variables: Record<string, unknown>, cookie = accounts.cookie.stateParty) =>
    t.gql<{ inbox: Page }>(INBOX, variables, { cookie });

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    // Numbered 1 (oldest) to COUNT (newest), every fifth read; pairs share an instant, so ties order by id.
    await db.query(
      `WITH events AS (
         INSERT INTO outbox_event (type, payload, occurred_at, relayed_at)
         SELECT 'MATTER_STATUS_CHANGED', jsonb_build_object('n', n), now(), now() FROM generate_series(1, $2) AS n
         RETURNING id, (payload->>'n')::int AS n)
       INSERT INTO notification (account_id, event_id, subject, body, created_at, read_at)
       SELECT $1, id, 'Notification ' || lpad(n::text, 4, '0'), '', timestamptz '2003-09-01' + (n / 2) * interval '1 minute',
              CASE WHEN n % 5 = 0 THEN now() END
         FROM events`,
      [accounts.accountId.stateParty, COUNT],
    );
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  /** The subjects newest first, as the inbox must order them: by instant, then by id within an instant. */
  const expectedOrder = async (unreadOnly: boolean) =>
    (
      await db.query<{ subject: string }>(
        `SELECT subject FROM notification WHERE account_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''}
          ORDER BY created_at DESC, id ASC`,
        [accounts.accountId.stateParty],
      )
    ).rows.map((row) => row.subject);

  it('walks forward to the oldest notification, past the thousandth, in order, without repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let page: Page;
    do {
      page = (await inbox({ first: 500, after })).data!.inbox;
      expect(page.totalCount).toBe(COUNT);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.edges.map((edge) => edge.node.subject));
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(seen).toEqual(await expectedOrder(false));
    expect(seen.at(-1)).toBe(subject(1));
  });

  it('walks back from the end with last and before, and pages the unread ones alone', async () => {
    const oldest = (await inbox({ last: 3 })).data!.inbox;
    expect(oldest.edges.map((edge) => edge.node.subject)).toEqual((await expectedOrder(false)).slice(-3));
    expect(oldest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const earlier = (await inbox({ last: 2, before: oldest.pageInfo.startCursor })).data!.inbox;
    expect(earlier.edges.map((edge) => edge.node.subject)).toEqual(
      (await expectedOrder(false)).slice(-5, -3),
    );
    expect(earlier.pageInfo.hasNextPage).toBe(true);

    const unread = await expectedOrder(true);
    const first = (await inbox({ unreadOnly: true, first: 10 })).data!.inbox;
    expect(first.totalCount).toBe(COUNT - Math.floor(COUNT / 5));
    expect(first.edges.map((edge) => edge.node.subject)).toEqual(unread.slice(0, 10));
    const next = (await inbox({ unreadOnly: true, first: 10, after: first.pageInfo.endCursor })).data!.inbox;
    expect(next.edges.map((edge) => edge.node.subject)).toEqual(unread.slice(10, 20));
  });

  it('refuses a cursor that names nothing in the person’s own inbox, as the client’s mistake', async () => {
    const own = (await inbox({ first: 1 })).data!.inbox.pageInfo.endCursor;
    for (const [cursor, cookie] of [
      ['not a cursor', accounts.cookie.stateParty],
      [
        Buffer.from('id:00000000-0000-0000-0000-000000000000').toString('base64url'),
        accounts.cookie.stateParty,
      ],
      [own, accounts.cookie.observer],
    ] as const) {
      const refused = await inbox({ first: 5, after: cursor }, cookie);
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
