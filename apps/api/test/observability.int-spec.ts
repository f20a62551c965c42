import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import type { LogSettings } from '../src/observability/logging';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { createRoleAccounts, PASSWORD, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings } from './support/graphql-fixtures';
import { eventually } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type LogLine = Record<string, unknown> & { msg?: string; requestId?: string };

/** Where a process's log lines land in these tests instead of stdout. */
function captureLogs(): { lines: string[]; settings: Partial<LogSettings> } {
  const lines: string[] = [];
  return { lines, settings: { level: 'info', destination: { write: (line: string) => lines.push(line) } } };
}
const parsed = (lines: string[]) => lines.map((line) => JSON.parse(line) as LogLine);

describe('logs, request ids and metrics', () => {
  const api = captureLogs();
  const workerLogs = captureLogs();
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let worker: RunningWorker | undefined;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp({ logs: api.settings });
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all(
      (worker?.pipeline.queues ?? []).map((queue) =>
        queue.obliterate({ force: true }).catch(() => undefined),
      ),
    );
    await worker?.stop();
    await db?.end();
    await t?.close();
  });

  const graphql = (
    query: string,
    options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...options.headers },
      payload: { query, variables: options.variables },
    });

  it('logs one JSON line per request, without passwords, session cookies, emails or feed tokens', async () => {
    // Seven sign-ins happened in createRoleAccounts; add a refused one, a signed-in read and a private feed's URL.
    const refused = await graphql(
      `
        mutation ($input: SignInInput!) {
          signIn(input: $input) {
            capacities
          }
        }
      `,
      {
        variables: { input: { email: 'cochair@test.example', password: `${PASSWORD}!` } },
      },
    );
    expect(refused.json().errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    const me = await graphql(
      `
        {
          me {
            account {
              email
            }
          }
        }
      `,
      {
        headers: { cookie: accounts.cookie.coChair! },
      },
    );
    expect(me.json().data.me.account.email).toBe('cochair@test.example');
    const feedToken = randomBytes(32).toString('base64url');
    expect((await t.app.inject({ url: `/calendar/private/${feedToken}.ics?x=1` })).statusCode).toBe(404);

    const requests = parsed(api.lines).filter((line) => line.msg === 'request completed');
    expect(requests.length).toBeGreaterThanOrEqual(10);
    expect(requests.at(-1)).toMatchObject({
      level: 'info',
      name: 'prepcom-api',
      req: { method: 'GET', url: '/calendar/private/[token]' },
      res: { statusCode: 404 },
    });
    const everything = api.lines.join('\n');
    const sessionTokens = Object.values(accounts.cookie)
      .filter((cookie): cookie is string => cookie !== null)
      .map((cookie) => cookie.split('=')[1]!);
    expect(sessionTokens).toHaveLength(7);
    for (const secret of [PASSWORD, '@test.example', feedToken, ...sessionTokens])
      expect(everything).not.toContain(secret);
  });

  it("takes the caller's x-request-id when it is safe, tells it back and logs it", async () => {
    const given = await graphql(
      `
        {
          process {
            title
          }
        }
      `,
      { headers: { 'x-request-id': 'edge-7f3a.1_b' } },
    );
    expect(given.headers['x-request-id']).toBe('edge-7f3a.1_b');
    expect(parsed(api.lines).find((line) => line.requestId === 'edge-7f3a.1_b')).toMatchObject({
      msg: 'request completed',
      req: { url: '/graphql' },
    });

    for (const unsafe of ['two words', 'x'.repeat(65), 'semi;colon', '']) {
      const answer = await graphql(
        `
          {
            process {
              title
            }
          }
        `,
        { headers: { 'x-request-id': unsafe } },
      );
      expect(answer.headers['x-request-id']).toMatch(UUID);
    }
    const fresh = await graphql(`
      {
        process {
          title
        }
      }
    `);
    expect(fresh.headers['x-request-id']).toMatch(UUID);
    // Health probes and scrapes carry ids too, but are not logged.
    const probe = await t.app.inject({ url: '/health/live' });
    expect(probe.headers['x-request-id']).toMatch(UUID);
    expect(api.lines.join('\n')).not.toContain(String(probe.headers['x-request-id']));
  });

  it("stores the request's id with the event it caused, and the worker logs it with every job of that event", async () => {
    const response = await graphql(
      `
        mutation ($input: CreateMilestoneInput!) {
          createMilestone(input: $input) {
            id
          }
        }
      `,
      {
        headers: { cookie: accounts.cookie.coChair!, 'x-request-id': 'trace-meeting-42' },
        variables: {
          input: {
            processId: ids.processId,
            kind: 'INFORMAL_DIALOGUE',
            title: 'An informal meeting',
            shortTitle: 'INF',
            startsAt: '2099-03-01T09:00:00Z',
            endsAt: '2099-03-01T12:00:00Z',
            timeZone: 'Europe/Zurich',
            venue: 'Geneva',
          },
        },
      },
    );
    expect(response.json().errors).toBeUndefined();
    const { rows } = await db.query<{ id: string; request_id: string | null }>(
      `SELECT id, request_id FROM outbox_event ORDER BY id`,
    );
    const event = rows.at(-1)!;
    expect(event.request_id).toBe('trace-meeting-42');
    // Events of requests that named no id got the one the API made up.
    for (const earlier of rows.slice(0, -1)) expect(earlier.request_id).toMatch(UUID);

    worker = await startWorker(
      loadConfig({ REDIS_URL, QUEUE_PREFIX: `prepcom-test-${randomBytes(6).toString('hex')}` }),
      t.database.url,
      { logs: workerLogs.settings },
    );
    const recipients = await eventually(
      async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT count(*) AS n FROM delivery WHERE event_id = $1 AND status = 'SENT'`,
              [event.id],
            )
          ).rows[0]!.n,
        ),
      (sent) => sent > 0,
    );
    const jobs = await eventually(
      () => parsed(workerLogs.lines).filter((line) => line.eventId === event.id && line.msg === 'job done'),
      (done) => done.length === 2,
    );
    // A line per job, not per delivery: the fan-out, and one batch carrying every recipient's in-app delivery.
    expect(jobs.map((line) => line.job).sort()).toEqual(['deliver-batch', 'fan-out']);
    expect(jobs.find((line) => line.job === 'deliver-batch')).toMatchObject({
      result: { sent: recipients, skipped: 0, handedOff: 0 },
    });
    for (const line of jobs)
      expect(line).toMatchObject({ requestId: 'trace-meeting-42', name: 'prepcom-worker', level: 'info' });
    expect(workerLogs.lines.join('\n')).not.toContain('@test.example');

    const metrics = await worker.probes.metrics.registry.metrics();
    expect(metrics).toMatch(/prepcom_jobs_total\{job="fan-out",outcome="completed"\} [1-9]/);
    expect(metrics).toMatch(/prepcom_notification_delivery_seconds_count\{channel="IN_APP"\} [1-9]/);
  });

  it('measures GraphQL latency by operation (nameless and unexecuted ones grouped) and counts errors by code', async () => {
    await graphql(`
      query Timeline {
        process {
          title
        }
      }
    `);
    await graphql(`
      {
        process {
          title
        }
      }
    `);
    await graphql(
      `
        query One {
          process {
            title
          }
        }
        query Two {
          process {
            id
          }
        }
      `,
      {
        variables: {},
      },
    );
    await graphql(`
      {
        process {
          nonsense
        }
      }
    `);
    await graphql(
      `
        query ($id: ID!) {
          matter(id: $id) {
            title
          }
        }
      `,
      {
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      },
    );

    const scrape = await t.app.inject({ url: '/metrics' });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = scrape.body;
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/prepcom_graphql_request_duration_seconds_count\{operation="Timeline"\} 1$/m);
    expect(text).toMatch(/prepcom_graphql_request_duration_seconds_count\{operation="anonymous"\} \d+$/m);
    // Refused before execution (invalid; two operations and none chosen): no operation ran.
    expect(text).toMatch(/prepcom_graphql_request_duration_seconds_count\{operation="unknown"\} 2$/m);
    expect(text).toMatch(/prepcom_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/prepcom_graphql_errors_total\{code="NOT_FOUND"\} 1$/m);
    expect(text).toMatch(/prepcom_graphql_errors_total\{code="INVALID_CREDENTIALS"\} 1$/m);
  });
});
