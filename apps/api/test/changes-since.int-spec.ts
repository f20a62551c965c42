import { createRoleAccounts, PASSWORD, signIn, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const RECORD_VISIT = `mutation { recordVisit }`;
const CHANGES_SINCE = `
  query ($processId: ID, $since: DateTime!) {
    process(id: $processId) {
      changesSince(since: $since) { matterId title created statusFrom statusTo views options edited }
    }
  }`;

interface Changed {
  matterId: string;
  title: string;
  created: boolean;
  statusFrom: string | null;
  statusTo: string;
  views: number;
  options: number;
  edited: boolean;
}

describe('what changed since your last visit: kept per account, read from the audit trail within clearance', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;

  const recordVisit = async (cookie: string | null) => {
    const response = await t.gql<{ recordVisit: string | null }>(RECORD_VISIT, {}, { cookie });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.recordVisit;
  };
  const changesSince = async (since: string, cookie: string | null) => {
    const response = await t.gql<{ process: { changesSince: Changed[] } }>(
      CHANGES_SINCE,
      { processId: ids.processId, since },
      { cookie },
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.process.changesSince;
  };
  const createMatter = (title: string, confidentiality: string) =>
    mutate<{ id: string; version: number }>(
      t,
      `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id version } }`,
      { processId: ids.processId, decidingMilestoneId: ids.futureId, title, confidentiality },
      accounts.cookie.coChair,
    );

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
  });

  afterAll(() => t?.close());

  it('remembers the previous visit across devices, and lists only what the reader may see', async () => {
    const edited = await createMatter('Dates and venue', 'STATES_PARTIES');
    // The first visit has no previous one; the delegate then visits from a second device.
    expect(await recordVisit(accounts.cookie.stateParty)).toBeNull();
    const otherDevice = await signIn(t, 'party@test.example', PASSWORD);
    const previous = await recordVisit(otherDevice);
    expect(previous).not.toBeNull();

    await mutate(
      t,
      `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id } }`,
      { id: edited.id, expectedVersion: edited.version, description: 'Bangkok, September 2003.' },
      accounts.cookie.coChair,
    );
    await mutate(
      t,
      `mutation ($input: CreateViewInput!) { createView(input: $input) { id } }`,
      { participantId: accounts.participantId.stateParty, matterId: edited.id, position: 'SUPPORTS' },
      accounts.cookie.stateParty,
    );
    const added = await createMatter('Sponsorship programme', 'PUBLIC');
    const secret = await createMatter('Seating of the Co-Chairs', 'CO_CHAIRS');

    const seen = await changesSince(previous!, accounts.cookie.stateParty);
    // Created first (then by title), then the others; never the Co-Chairs' matter.
    expect(seen).toEqual([
      expect.objectContaining({ matterId: added.id, created: true, statusFrom: null, views: 0 }),
      expect.objectContaining({ matterId: edited.id, created: false, edited: true, views: 1 }),
    ]);
    expect((await changesSince(previous!, accounts.cookie.coChair)).map((m) => m.matterId)).toContain(
      secret.id,
    );
    // A visitor sees the public matter only.
    expect((await changesSince(previous!, null)).map((m) => m.matterId)).toEqual([added.id]);
    // The next visit, from the first device, starts from the second device's.
    expect(await recordVisit(accounts.cookie.stateParty)).not.toBe(previous);
  });

  it('refuses an instant still to come', async () => {
    const response = await t.gql(CHANGES_SINCE, { processId: ids.processId, since: '2999-01-01T00:00:00Z' });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'since',
      guards: [{ code: 'INSTANT_STILL_TO_COME' }],
    });
  });
});
