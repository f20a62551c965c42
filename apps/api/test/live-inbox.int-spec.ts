import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client as SocketClient } from 'graphql-ws';
import { type Client } from 'pg';
import WebSocket from 'ws';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { LISTENER_APPLICATION_NAME } from '../src/notification/listen-connection.repository';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { signIn, type RoleAccounts } from './support/accounts';
import { announceMatterMove, type createProcessWithMeetings } from './support/graphql-fixtures';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { browserHeaders, listen, socketClient, Subscription } from './support/subscriptions';
import { startScene } from './support/notification-faults';
import { type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const NOTIFICATION_ADDED = `subscription { notificationAdded { unreadCount notification { id subject link } } }`;

interface Added {
  notificationAdded: {
    unreadCount: number;
    notification: { id: string; subject: string; link: string | null } | null;
  };
}

/**
 * Opens a WebSocket to /graphql and answers the handshake's HTTP status (101 when it opened) and body. A refused
 * handshake answers once the server has also closed the connection.
 */
function handshake(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers });
    socket.on('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.on('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.socket.on('close', () => resolve({ status: response.statusCode!, body }));
    });
    socket.on('error', reject);
  });
}

describe('the live inbox: each signed-in subscriber hears of its own new notifications, on any API replica', () => {
  let t: TestApp;
  let replicaB: NestFastifyApplication;
  let urlA: string;
  let urlB: string;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let db: Client;
  const clients: SocketClient[] = [];

  const client = (url: string, cookie: string | null) => {
    const opened = socketClient(url, cookie);
    clients.push(opened);
    return opened;
  };

  const unread = async (accountId: string) =>
    Number(
      (
        await db.query<{ n: string }>(
          'SELECT count(*) AS n FROM notification WHERE account_id = $1 AND read_at IS NULL',
          [accountId],
        )
      ).rows[0]!.n,
    );

  /** What a subscriber should have heard of an event: its own notification of it, and its unread count. */
  const ownNotification = async (eventId: string, accountId: string) => {
    const { rows } = await db.query<{ id: string; subject: string; link: string | null }>(
      'SELECT id, subject, link FROM notification WHERE event_id = $1 AND account_id = $2',
      [eventId, accountId],
    );
    expect(rows).toHaveLength(1);
    return { notification: rows[0], unreadCount: await unread(accountId) };
  };

  /** Waits until the worker is idle (every outbox event relayed, no job waiting or running), so tests start quiet. */
  const workerIdle = () =>
    eventually(
      async () => {
        const { waiting, active } = await worker.pipeline.queue.getJobCounts('waiting', 'active');
        const { rows } = await db.query<{ n: string }>(
          'SELECT count(*) AS n FROM outbox_event WHERE relayed_at IS NULL',
        );
        return { waiting, active, unrelayed: Number(rows[0]!.n) };
      },
      (counts) => Object.values(counts).every((n) => n === 0),
    );

  /**
   * A Co-Chair moves a new matter; the worker tells everyone who may see it in-app (`recipients` accounts: six for
   * States Parties' records, all seven for public ones). Answers the event's id once every notification is in.
   */
  async function announceMatter(title: string, confidentiality: string, recipients: number): Promise<string> {
    const { eventId } = await announceMatterMove(t, accounts, db, {
      processId: ids.processId,
      decidingMilestoneId: ids.fifthId,
      title,
      confidentiality,
    });
    // Every in-app delivery committed, so every announcement of this event has been made.
    await eventually(
      async () =>
        Number(
          (
            await db.query<{ n: string }>('SELECT count(*) AS n FROM notification WHERE event_id = $1', [
              eventId,
            ])
          ).rows[0]!.n,
        ),
      (n) => n === recipients,
    );
    return eventId;
  }

  beforeAll(async () => {
    ({ t, accounts, ids, db } = await startScene());
    smtp = await startSmtpCatcher();
    worker = await startWorker(
      loadConfig({
        REDIS_URL,
        QUEUE_PREFIX: `prepcom-test-${randomBytes(6).toString('hex')}`,
        SMTP_URL: smtp.url,
      }),
      t.database.url,
      { logger: false },
    );
    urlA = await listen(t.app);
    // A second replica on the same database, as behind a load balancer.
    replicaB = await createApp({
      config: loadConfig({
        PREPCOM_WEB_DIST: '/nonexistent',
        QUEUE_PREFIX: `test-app-${randomBytes(4).toString('hex')}`,
      }),
      databaseUrl: t.database.url,
      schemaFile: false,
      logger: false,
    });
    urlB = await listen(replicaB);
  });

  afterAll(async () => {
    await Promise.all(clients.map((opened) => opened.dispose()));
    await Promise.all(
      (worker?.pipeline.queues ?? []).map((queue) =>
        queue.obliterate({ force: true }).catch(() => undefined),
      ),
    );
    await worker?.stop();
    await replicaB?.close();
    await db?.end();
    await smtp?.close();
    await t?.close();
  });

  // The fixtures' own events (meetings scheduled) are delivered before any test subscribes.
  beforeEach(() => workerIdle());

  it('tells each subscriber of its own new notifications and nobody else’s, whichever replica it is on', async () => {
    const party = new Subscription<Added>(client(urlA, accounts.cookie.stateParty), NOTIFICATION_ADDED);
    const president = new Subscription<Added>(client(urlB, accounts.cookie.presidency), NOTIFICATION_ADDED);
    const observer = new Subscription<Added>(client(urlA, accounts.cookie.observer), NOTIFICATION_ADDED);
    // The first event is the unread count as it stands, read once the subscription listens.
    for (const [subscription, accountId] of [
      [party, accounts.accountId.stateParty],
      [president, accounts.accountId.presidency],
      [observer, accounts.accountId.observer],
    ] as const) {
      const [first] = await subscription.received(1);
      expect(first!.data!.notificationAdded).toEqual({
        notification: null,
        unreadCount: await unread(accountId),
      });
    }

    // States Parties' records: the observer is not told.
    const forStates = await announceMatter('Dates and venue', 'STATES_PARTIES', 6);
    const partyHeard = await ownNotification(forStates, accounts.accountId.stateParty);
    const presidentHeard = await ownNotification(forStates, accounts.accountId.presidency);
    // A public one reaches all three; it also shows that nothing else reached anyone in between.
    const forAll = await announceMatter('Date of the Review Conference', 'PUBLIC', 7);

    await party.received(3);
    await president.received(3);
    await observer.received(2);
    expect(party.results.slice(1).map((result) => result.data!.notificationAdded)).toEqual([
      partyHeard,
      await ownNotification(forAll, accounts.accountId.stateParty),
    ]);
    expect(president.results.slice(1).map((result) => result.data!.notificationAdded)).toEqual([
      presidentHeard,
      await ownNotification(forAll, accounts.accountId.presidency),
    ]);
    expect(observer.results.slice(1).map((result) => result.data!.notificationAdded)).toEqual([
      await ownNotification(forAll, accounts.accountId.observer),
    ]);
    expect(partyHeard.notification!.id).not.toBe(presidentHeard.notification!.id);
    for (const subscription of [party, president, observer]) subscription.stop();
  });

  it('refuses a visitor who is not signed in', async () => {
    const visitor = new Subscription<Added>(client(urlA, null), NOTIFICATION_ADDED);
    const errors = await visitor.refused();
    expect(errors[0]).toMatchObject({
      message: 'Sign in first: this needs an account.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(visitor.results).toEqual([]);
  });

  it('refuses a handshake that carries the cookie from another site’s page', async () => {
    const foreign = await handshake(
      urlA,
      browserHeaders(urlA, accounts.cookie.stateParty, 'https://elsewhere.example'),
    );
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ errors: [{ extensions: { code: 'CSRF_REFUSED' } }] });
    const own = await handshake(urlA, browserHeaders(urlA, accounts.cookie.stateParty));
    expect(own.status).toBe(101);
  });

  it('stops telling a session once it signs out, whichever replica it signed out on', async () => {
    const session = await signIn(t, 'party@test.example');
    const socket = client(urlB, session);
    const leaving = new Subscription<Added>(socket, NOTIFICATION_ADDED);
    const staying = new Subscription<Added>(client(urlA, accounts.cookie.stateParty), NOTIFICATION_ADDED);
    await leaving.received(1);
    await staying.received(1);

    const signedOut = await t.gql<{ signOut: boolean }>('mutation { signOut }', {}, { cookie: session });
    expect(signedOut.data!.signOut).toBe(true);
    // A new subscription on the socket the session opened is refused at once.
    const late = new Subscription<Added>(socket, NOTIFICATION_ADDED);
    expect((await late.refused())[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });

    const eventId = await announceMatter('Rules of procedure', 'STATES_PARTIES', 6);
    // The other session of the same person hears of it; the one that signed out is told it has ended instead.
    await staying.received(2);
    expect(staying.results[1]!.data!.notificationAdded).toEqual(
      await ownNotification(eventId, accounts.accountId.stateParty),
    );
    expect((await leaving.refused())[0]).toMatchObject({
      message: expect.stringMatching(/session has ended/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(leaving.results).toHaveLength(1);
    staying.stop();
  });

  it('refuses a subscription sent over HTTP, and subscription documents over the limits HTTP applies', async () => {
    const overHttp = await t.gql(NOTIFICATION_ADDED, {}, { cookie: accounts.cookie.stateParty });
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors![0]!.extensions.code).toBe('WEBSOCKET_REQUIRED');

    const socket = client(urlA, accounts.cookie.stateParty);
    const refusal = async (query: string) => (await new Subscription(socket, query).refused())[0];

    expect(await refusal('subscription { notificationAdded { unreadCount nope } }')).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: unreadCount`).join(' ');
    expect(await refusal(`subscription { notificationAdded { ${aliases} } }`)).toMatchObject({
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
    const longText = `subscription { notificationAdded { ${'unreadCount '.repeat(1_000)} } }`;
    expect(await refusal(longText)).toMatchObject({
      message: expect.stringMatching(/more that 1000 tokens/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('reconnects when its PostgreSQL connection is cut, and tells subscribers they may have missed some', async () => {
    const listeners = async () =>
      (
        await db.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
          [LISTENER_APPLICATION_NAME],
        )
      ).rows.map((row) => row.pid);
    const before = await listeners();
    expect(before).toHaveLength(2);
    const party = new Subscription<Added>(client(urlA, accounts.cookie.stateParty), NOTIFICATION_ADDED);
    const president = new Subscription<Added>(client(urlB, accounts.cookie.presidency), NOTIFICATION_ADDED);
    await party.received(1);
    await president.received(1);

    await db.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
    // Each replica listens again on a new connection, then tells its subscribers to read their inbox anew.
    await party.received(2);
    await president.received(2);
    expect(party.results[1]!.data!.notificationAdded).toEqual({
      notification: null,
      unreadCount: await unread(accounts.accountId.stateParty),
    });
    expect(president.results[1]!.data!.notificationAdded.notification).toBeNull();
    const after = await listeners();
    expect(after).toHaveLength(2);
    expect(after.filter((pid) => before.includes(pid))).toEqual([]);

    const eventId = await announceMatter('Costs of the preparatory meetings', 'STATES_PARTIES', 6);
    await party.received(3);
    await president.received(3);
    expect(party.results[2]!.data!.notificationAdded).toEqual(
      await ownNotification(eventId, accounts.accountId.stateParty),
    );
    expect(president.results[2]!.data!.notificationAdded).toEqual(
      await ownNotification(eventId, accounts.accountId.presidency),
    );
  });
});
