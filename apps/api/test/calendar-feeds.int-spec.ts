import { type Client } from 'pg';
import { type RoleAccounts } from './support/accounts';
import { type createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { instant, parseCalendar } from './support/icalendar';
import { startScene } from './support/notification-faults';
import { type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://prepcom.example.org';
const CREATE_FEED = `mutation ($label: String) { createCalendarFeed(label: $label) { url feed { id label } } }`;
const REVOKE_FEED = `mutation ($id: ID!) { revokeCalendarFeed(id: $id) { id revokedAt } }`;
const CREATE_MATTER = `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`;
const CREATE_ACTION = `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`;

describe('calendar feeds: the public one and private ones behind a revocable token', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let db: Client;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let dialogueId: string;
  let action: { forParty: string; hidden: string; forCoChairs: string };

  const get = (url: string, cookie?: string | null) =>
    t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

  async function newFeed(role: 'stateParty' | 'coChair', label?: string) {
    const response = await t.gql<{
      createCalendarFeed: { url: string; feed: { id: string; label: string } };
    }>(CREATE_FEED, { label }, { cookie: accounts.cookie[role] });
    const { url, feed } = response.data!.createCalendarFeed;
    expect(url.startsWith(`${PUBLIC_URL}/calendar/private/`)).toBe(true);
    return { ...feed, path: url.slice(PUBLIC_URL.length) };
  }

  async function readFeed(path: string) {
    const response = await get(path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    return parseCalendar(response.body);
  }

  beforeAll(async () => {
    ({ t, accounts, ids, db } = await startScene({ PUBLIC_URL }));
    dialogueId = (
      await mutate<{ id: string }>(
        t,
        `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
        {
          processId: ids.processId,
          kind: 'INFORMAL_DIALOGUE',
          title: 'Informal dialogue',
          shortTitle: 'DIALOGUE',
          startsAt: '2002-06-27T15:00:00+02:00',
          endsAt: '2002-06-27T18:00:00+02:00',
          timeZone: 'Europe/Zurich',
          venue: 'Palais des Nations',
          room: 'Room VII',
        },
        accounts.cookie.coChair,
      )
    ).id;
    const matter = (title: string, confidentiality: string) =>
      mutate<{ id: string }>(
        t,
        CREATE_MATTER,
        { processId: ids.processId, title, decidingMilestoneId: ids.futureId, confidentiality },
        accounts.cookie.coChair,
      );
    const open = await matter('Dates and venue of the Review Conference', 'STATES_PARTIES');
    const closed = await matter('Candidates for the Presidency', 'CO_CHAIRS');
    const create = (input: Record<string, unknown>) =>
      mutate<{ id: string }>(t, CREATE_ACTION, input, accounts.cookie.coChair).then((created) => created.id);
    action = {
      forParty: await create({
        title: 'Circulate a paper on dates',
        ownerParticipantId: accounts.participantId.stateParty,
        dueDate: '2099-05-01',
        servesMatterId: open.id,
      }),
      // Owned by the State Party, but serving a matter only the Co-Chairs may see.
      hidden: await create({
        title: 'Sound out a candidate',
        ownerParticipantId: accounts.participantId.stateParty,
        dueDate: '2099-05-02',
        servesMatterId: closed.id,
      }),
      forCoChairs: await create({
        title: 'Consult on candidates',
        ownerRole: 'CO_CHAIRS',
        dueMilestoneId: ids.futureId,
        dueOffsetDays: -30,
        servesMatterId: closed.id,
      }),
    };
    await db.query(`UPDATE account SET language = 'es' WHERE id = $1`, [accounts.accountId.stateParty]);
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('publishes every milestone a visitor sees through GraphQL, at the right instants, and nothing else', async () => {
    const visible = await t.gql<{ process: { milestones: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { process(id: $id) { milestones { edges { node { id } } } } }`,
      { id: ids.processId },
    );
    const feed = await readFeed('/calendar/public.ics');
    expect(feed.method).toBe('PUBLISH');
    expect(feed.events.map((event) => event.uid).sort()).toEqual(
      visible.data!.process.milestones.edges.map(({ node }) => `milestone-${node.id}@prepcom`).sort(),
    );
    expect(feed.zoneIds.sort()).toEqual(['Asia/Bangkok', 'Europe/Zurich']);
    const dialogue = feed.event(`milestone-${dialogueId}@prepcom`);
    expect(instant(dialogue.startDate)).toBe('2002-06-27T13:00:00.000Z');
    expect(dialogue.component.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/milestones/${dialogueId}`);
    expect(dialogue.component.getFirstSubcomponent('valarm')).not.toBeNull();
    expect(instant(feed.event(`milestone-${ids.fifthId}@prepcom`).startDate)).toBe(
      '2003-09-15T03:00:00.000Z',
    );
    // A calendar program sends no cookie, but a browser might: the feed answers the same, no CSRF refusal.
    const withCookie = await get('/calendar/public.ics', accounts.cookie.coChair);
    expect(withCookie.statusCode).toBe(200);
  });

  it('gives each person their milestones and the due dates of the actions they own and may see', async () => {
    const party = await readFeed((await newFeed('stateParty', 'Phone')).path);
    expect(party.method).toBe('PUBLISH');
    expect(party.events.filter((event) => event.uid.startsWith('milestone-'))).toHaveLength(4);
    const due = party.event(`action-${action.forParty}@prepcom`);
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2099-05-01');
    expect(due.summary).toBe('Vence: Circulate a paper on dates');
    const partyUids = party.events.map((event) => event.uid);
    expect(partyUids).not.toContain(`action-${action.hidden}@prepcom`);
    expect(partyUids).not.toContain(`action-${action.forCoChairs}@prepcom`);

    const coChair = await readFeed((await newFeed('coChair')).path);
    // Thirty days before the meeting's first day in Bangkok (2099-09-14).
    expect(coChair.event(`action-${action.forCoChairs}@prepcom`).startDate.toString()).toBe('2099-08-15');
    expect(coChair.events.map((event) => event.uid)).not.toContain(`action-${action.forParty}@prepcom`);
  });

  it('keeps a moved meeting under the same UID with a higher SEQUENCE', async () => {
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM milestone WHERE id = $1`, [
      dialogueId,
    ]);
    const before = (await readFeed('/calendar/public.ics')).event(`milestone-${dialogueId}@prepcom`).sequence;
    await mutate(
      t,
      `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`,
      { id: dialogueId, expectedVersion: rows[0]!.version, startsAt: '2002-06-27T10:00:00+02:00' },
      accounts.cookie.coChair,
    );
    const moved = (await readFeed('/calendar/public.ics')).event(`milestone-${dialogueId}@prepcom`);
    expect(moved.sequence).toBe(before + 1);
    expect(instant(moved.startDate)).toBe('2002-06-27T08:00:00.000Z');
  });

  it('answers 404 once a feed is revoked, to an unknown token, and lets only its owner revoke it', async () => {
    const feed = await newFeed('stateParty', 'Laptop');
    expect((await get(feed.path)).statusCode).toBe(200);
    // Only a hash of the address's token is kept.
    const token = feed.path.slice('/calendar/private/'.length, -'.ics'.length);
    const { rows } = await db.query<{ token_hash: Buffer }>(
      `SELECT token_hash FROM calendar_feed WHERE id = $1`,
      [feed.id],
    );
    expect(rows[0]!.token_hash.toString('base64url')).not.toBe(token);

    const byOther = await t.gql(REVOKE_FEED, { id: feed.id }, { cookie: accounts.cookie.coChair });
    expect(byOther.errors![0]!.extensions.code).toBe('NOT_FOUND');
    expect((await get(feed.path)).statusCode).toBe(200);

    const revoked = await t.gql<{ revokeCalendarFeed: { revokedAt: string | null } }>(
      REVOKE_FEED,
      { id: feed.id },
      { cookie: accounts.cookie.stateParty },
    );
    expect(revoked.data!.revokeCalendarFeed.revokedAt).not.toBeNull();
    expect((await get(feed.path)).statusCode).toBe(404);
    expect((await get(`/calendar/private/${'x'.repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await get(`/calendar/private/${token}`)).statusCode).toBe(404);

    const listed = await t.gql<{ calendarFeeds: { label: string; revokedAt: string | null }[] }>(
      `{ calendarFeeds { label revokedAt } }`,
      {},
      { cookie: accounts.cookie.stateParty },
    );
    expect(listed.data!.calendarFeeds.map((row) => [row.label, row.revokedAt !== null])).toEqual([
      ['Laptop', true],
      ['Phone', false],
    ]);
  });

  it('stops a private feed when its account is disabled', async () => {
    const feed = await newFeed('coChair', 'Desk');
    await db.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [accounts.accountId.coChair]);
    expect((await get(feed.path)).statusCode).toBe(404);
  });
});
