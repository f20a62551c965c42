import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { freePort } from '../src/database/embedded-postgres';
import { startRedisServer, type RedisServer } from '../src/worker/local-redis';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { eventually, startSmtpCatcher } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

describe('notifications under faults: each recipient still gets one in-app notification and one email per event', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let db: Client;
  let redis: RedisServer;
  let redisPort: number;
  const redisDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-redis-'));
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
    smtp = await startSmtpCatcher();
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    redisPort = await freePort();
    redis = await startRedisServer(redisDir, redisPort);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop().catch(() => undefined);
    await redis.stop();
    fs.rmSync(redisDir, { recursive: true, force: true });
    await db.end();
    await smtp.close();
    await t.close();
  });

  const config = () =>
    loadConfig({
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `faults-${randomBytes(4).toString('hex')}`,
      SMTP_URL: smtp.url,
    });

  /** Creates matters and moves each once: one event apiece, seen by the six accounts cleared for States Parties. */
  async function moveMatters(count: number): Promise<string[]> {
    const eventIds: string[] = [];
    for (let i = 0; i < count; i++) {
      const matter = await mutate<{ id: string }>(
        t,
        `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`,
        {
          processId: ids.processId,
          title: `Matter ${randomBytes(3).toString('hex')}`,
          decidingMilestoneId: ids.fifthId,
        },
        accounts.cookie.coChair,
      );
      await mutate(
        t,
        `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id } }`,
        { matterId: matter.id, text: 'An option' },
        accounts.cookie.coChair,
      );
      await mutate(
        t,
        `mutation ($input: MoveMatterInput!) { moveMatter(input: $input) { status } }`,
        { matterId: matter.id, to: 'OPTIONS_DEVELOPING' },
        accounts.cookie.coChair,
      );
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM outbox_event WHERE payload->>'matterId' = $1`,
        [matter.id],
      );
      eventIds.push(rows[0]!.id);
    }
    return eventIds;
  }

  async function expectEachOnce(eventIds: string[]) {
    const recipients = 6;
    await eventually(
      async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT count(*) AS n FROM delivery WHERE event_id = ANY($1) AND status = 'SENT'`,
              [eventIds],
            )
          ).rows[0]!.n,
        ),
      (n) => n === eventIds.length * recipients * 2,
      60_000,
    );
    const notifications = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM notification WHERE event_id = ANY($1)`,
      [eventIds],
    );
    expect(Number(notifications.rows[0]!.n)).toBe(eventIds.length * recipients);
    const emails = smtp.received.filter((mail) =>
      eventIds.some((id) => mail.messageId.startsWith(`<event-${id}.`)),
    );
    expect(emails).toHaveLength(eventIds.length * recipients);
  }

  it('with two workers racing over the same events', async () => {
    const settings = config();
    workers.push(await startWorker(settings, t.database.url, { logger: false }));
    workers.push(await startWorker(settings, t.database.url, { logger: false }));
    const eventIds = await moveMatters(4);
    await expectEachOnce(eventIds);
    for (const worker of workers.splice(0)) await worker.stop();
  });

  it('with Redis stopped and restarted while events wait to be relayed', async () => {
    const settings = config();
    const worker = await startWorker(settings, t.database.url, { logger: false });
    workers.push(worker);
    await redis.stop();
    // Changes go on while Redis is down: they wait in the outbox.
    const eventIds = await moveMatters(3);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const waiting = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM outbox_event WHERE id = ANY($1) AND relayed_at IS NULL`,
      [eventIds],
    );
    expect(Number(waiting.rows[0]!.n)).toBe(3);
    redis = await startRedisServer(redisDir, redisPort);
    await expectEachOnce(eventIds);
  });
});
