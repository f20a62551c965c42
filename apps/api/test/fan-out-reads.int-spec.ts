import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addDays, localDate, NotificationKind } from '@prepcom/domain';
import { AccountRepository } from '../src/auth/account.repository';
import { SessionRepository } from '../src/auth/session.repository';
import { loadConfig } from '../src/config/app-config';
import { ActorService } from '../src/identity/actor.service';
import { InvitationRepository } from '../src/invitation/invitation.repository';
import { MatterRepository } from '../src/matter/matter.repository';
import { MilestoneRepository } from '../src/milestone/milestone.repository';
import { dataSourceOptions } from '../src/database/data-source';
import { OutboxEventEntity } from '../src/events/outbox-event.entity';
import { storedEvent } from '../src/events/domain-event';
import type { DeliverBatchJob } from '../src/notification/pipeline-jobs';
import { NotificationPipeline, type PipelineServices } from '../src/notification/pipeline';
import { NoticeFactsRepository } from '../src/notification/notice-facts.repository';
import { NotificationPreferenceEntity } from '../src/notification/preference.entity';
import { PreferencesRepository } from '../src/notification/preferences.repository';
import { PreferencesService } from '../src/notification/preferences.service';
import { ParticipantRepository } from '../src/participant/participant.repository';
import { RecipientsService } from '../src/notification/recipients.service';
import { RoleTermRepository } from '../src/role-term/role-term.repository';
import { FanOutRepository } from '../src/notification/fan-out.repository';
import { OutboxRepository } from '../src/events/outbox.repository';
import { ReconcilerRepository } from '../src/notification/reconciler.repository';
import { ScheduleRunRepository } from '../src/notification/schedule-run.repository';
import { StampedCache } from '../src/notification/stamped-cache';
import { TableStampsRepository } from '../src/notification/table-stamps.repository';
import { CountingLogger } from './support/counting-logger';
import { announceMatterMove } from './support/graphql-fixtures';
import { startScene, type NotificationScene } from './support/notification-faults';

/**
 * Fan-out keeps what every event reads (everyone as an actor, every preference) between events: these check that
 * whatever changes in between, written by hand rather than through the API, is seen by the very next fan-out.
 */
describe('fan-out reads: kept between events, never past a change', () => {
  let scene: NotificationScene;
  let dataSource: DataSource;
  let actors: ActorService;
  let preferences: PreferencesService;
  let recipients: RecipientsService;
  const logger = new CountingLogger();

  beforeAll(async () => {
    scene = await startScene();
    dataSource = new DataSource(dataSourceOptions(scene.t.database.url, { poolSize: 2, logger }));
    await dataSource.initialize();
    actors = new ActorService(
      new AccountRepository(dataSource),
      new SessionRepository(dataSource),
      new ParticipantRepository(dataSource),
      new RoleTermRepository(dataSource),
    );
    const stamps = new TableStampsRepository(dataSource);
    preferences = new PreferencesService(
      new PreferencesRepository(dataSource),
      new StampedCache(stamps.of([NotificationPreferenceEntity])),
    );
    const records = new NoticeFactsRepository(
      dataSource,
      new AccountRepository(dataSource),
      new InvitationRepository(dataSource),
      new MatterRepository(dataSource),
      new MilestoneRepository(dataSource),
      new ParticipantRepository(dataSource),
      new RoleTermRepository(dataSource),
    );
    recipients = new RecipientsService(
      actors,
      preferences,
      records,
      new FanOutRepository(dataSource),
      stamps,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await scene?.db.end();
    await scene?.t.close();
  });

  it('sees role terms, days and accounts as they are at each fan-out', async () => {
    const { t, accounts, ids, db } = scene;
    const { eventId } = await announceMatterMove(t, accounts, db, {
      processId: ids.processId,
      decidingMilestoneId: ids.fifthId,
      title: 'For the Co-Chairs only',
      confidentiality: 'CO_CHAIRS',
    });
    const event = storedEvent(
      await dataSource.getRepository(OutboxEventEntity).findOneByOrFail({ id: eventId }),
    );
    const { administrator, coChair } = accounts.accountId;
    const now = new Date();
    const today = localDate(now, 'UTC');
    const of = async (at: Date) => (await recipients.of(event, at)).sort();
    const reads = jest.spyOn(actors, 'everyone');

    expect(await of(now)).toEqual([administrator, coChair].sort());
    expect(await of(now)).toEqual([administrator, coChair].sort());
    expect(reads).toHaveBeenCalledTimes(1);

    await db.query(`UPDATE role_term SET ends_on = $2 WHERE participant_id = $1`, [
      accounts.participantId.coChair,
      addDays(today, -1),
    ]);
    expect(await of(now)).toEqual([administrator]);

    await db.query(`UPDATE role_term SET ends_on = $2 WHERE participant_id = $1`, [
      accounts.participantId.coChair,
      today,
    ]);
    expect(await of(now)).toEqual([administrator, coChair].sort());
    expect(await of(new Date(now.getTime() + 86_400_000))).toEqual([administrator]);

    await db.query(`UPDATE account SET disabled_at = now() WHERE id = $1`, [administrator]);
    expect(await of(now)).toEqual([coChair]);
  });

  it('routes email by the preferences as they are at each fan-out', async () => {
    const { presidency, stateParty } = scene.accounts.accountId;
    const route = () => preferences.routeEmail(NotificationKind.MATTERS, [presidency, stateParty]);

    expect(await route()).toEqual({ immediately: [presidency, stateParty], digest: [] });

    await scene.db.query(
      `INSERT INTO notification_preference (account_id, kind, frequency, updated_at) VALUES ($1, $2, 'NEVER', now())`,
      [stateParty, NotificationKind.MATTERS],
    );
    expect(await route()).toEqual({ immediately: [presidency], digest: [] });

    await scene.db.query(`UPDATE notification_preference SET frequency = 'DAILY' WHERE account_id = $1`, [
      stateParty,
    ]);
    expect(await route()).toEqual({
      immediately: [presidency],
      digest: [{ accountId: stateParty, frequency: 'DAILY' }],
    });

    await scene.db.query(`DELETE FROM notification_preference WHERE account_id = $1`, [stateParty]);
    expect(await route()).toEqual({ immediately: [presidency, stateParty], digest: [] });
  });

  it('relays in one statement, and fans an event out in two: what it decides by, then what it owes', async () => {
    const { t, accounts, ids, db } = scene;
    const { presidency, stateParty } = accounts.accountId;
    const move = (title: string) =>
      announceMatterMove(t, accounts, db, {
        processId: ids.processId,
        decidingMilestoneId: ids.fifthId,
        title,
        confidentiality: 'STATES_PARTIES',
      });
    const events = [
      await move('Told at once'),
      await move('Told at once again'),
      await move('Told in a digest'),
    ];
    await db.query(`DELETE FROM notification_preference`);
    // Only the fan-out's own services: it calls no other (the worker's deliveries are not started here).
    const pipeline = new NotificationPipeline(
      loadConfig({
        REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: `prepcom-test-${randomBytes(6).toString('hex')}`,
        SMTP_URL: 'smtp://127.0.0.1:9',
      }),
      {
        outbox: new OutboxRepository(dataSource),
        fanOuts: new FanOutRepository(dataSource),
        reconciler: new ReconcilerRepository(dataSource),
        scheduleRuns: new ScheduleRunRepository(dataSource),
      },
      { recipients, preferences } as PipelineServices,
    );
    try {
      const statements = async (work: () => Promise<unknown>) => {
        logger.reset();
        await work();
        return logger.statements.filter((sql) => !/^(START TRANSACTION|COMMIT|ROLLBACK)$/.test(sql));
      };
      expect(await statements(() => pipeline.relayOnce())).toHaveLength(1);
      const relayed = await pipeline.queue.getJobs(['wait']);
      for (const { eventId } of events) {
        expect(relayed.map((job) => job.id)).toContain(`event-${eventId}`);
      }
      expect(await statements(() => pipeline.relayOnce())).toHaveLength(1);

      await pipeline.fanOut({ eventId: events[0]!.eventId });
      // Nothing changed since: the caches' checks and the matter come with the event, then one write.
      expect(await statements(() => pipeline.fanOut({ eventId: events[1]!.eventId }))).toHaveLength(2);
      const told = (eventId: string) =>
        db.query(`SELECT 1 FROM delivery WHERE event_id = $1 AND account_id = $2`, [eventId, stateParty]);
      expect((await told(events[1]!.eventId)).rowCount).toBe(2);

      // A preference written by hand is seen by the next fan-out, which reads the preferences again (a third).
      await db.query(
        `INSERT INTO notification_preference (account_id, kind, frequency, updated_at) VALUES ($1, $2, 'DAILY', now())`,
        [stateParty, NotificationKind.MATTERS],
      );
      const digestEvent = events[2]!.eventId;
      expect(await statements(() => pipeline.fanOut({ eventId: digestEvent }))).toHaveLength(3);
      const owed = await db.query<{ account_id: string; channel: string }>(
        `SELECT account_id, channel FROM delivery WHERE event_id = $1 AND account_id = ANY($2)`,
        [digestEvent, [presidency, stateParty]],
      );
      expect(owed.rows.map((row) => `${row.account_id} ${row.channel}`).sort()).toEqual(
        [`${presidency} EMAIL`, `${presidency} IN_APP`, `${stateParty} IN_APP`].sort(),
      );
      const held = await db.query<{ account_id: string; frequency: string }>(
        `SELECT account_id, frequency FROM digest_item WHERE event_id = $1`,
        [digestEvent],
      );
      expect(held.rows).toEqual([{ account_id: stateParty, frequency: 'DAILY' }]);
      // Its immediate emails go in the event's batch (decision 43); the digest's reader is not in it.
      const emailed = (await pipeline.emailQueue.getJobs(['wait']))
        .filter((job) => job.id?.startsWith(`batch-${digestEvent}-EMAIL-`))
        .flatMap((job) => (job.data as DeliverBatchJob).accountIds);
      expect(emailed).toContain(presidency);
      expect(emailed).not.toContain(stateParty);

      // A matter closed to States Parties after its event, or gone, tells them nothing.
      const closed = await move('Closed after its move');
      await db.query(`UPDATE matter SET confidentiality = 'CO_CHAIRS' WHERE id = $1`, [closed.matterId]);
      await pipeline.fanOut({ eventId: closed.eventId });
      expect((await told(closed.eventId)).rowCount).toBe(0);
      const gone = await move('Gone after its move');
      await db.query(
        `UPDATE outbox_event SET payload = payload || '{"matterId": "${randomUUID()}"}' WHERE id = $1`,
        [gone.eventId],
      );
      await pipeline.fanOut({ eventId: gone.eventId });
      expect((await told(gone.eventId)).rowCount).toBe(0);
    } finally {
      await db.query(`DELETE FROM notification_preference`);
      for (const queue of pipeline.queues) await queue.obliterate({ force: true });
      await pipeline.stop();
    }
  });
});
