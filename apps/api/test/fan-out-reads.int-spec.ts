import { DataSource } from 'typeorm';
import { addDays, localDate, NotificationKind } from '@prepcom/domain';
import { AccountRepository } from '../src/auth/account.repository';
import { SessionRepository } from '../src/auth/session.repository';
import { ActorService } from '../src/identity/actor.service';
import { dataSourceOptions } from '../src/database/data-source';
import { OutboxEventEntity } from '../src/events/outbox-event.entity';
import { storedEvent } from '../src/events/domain-event';
import { NotificationPreferenceEntity } from '../src/notification/preference.entity';
import { PreferencesRepository } from '../src/notification/preferences.repository';
import { PreferencesService } from '../src/notification/preferences.service';
import { ParticipantRepository } from '../src/participant/participant.repository';
import { RecipientsService } from '../src/notification/recipients.service';
import { RoleTermRepository } from '../src/role-term/role-term.repository';
import { StampedCache } from '../src/notification/stamped-cache';
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

  beforeAll(async () => {
    scene = await startScene();
    dataSource = new DataSource(dataSourceOptions(scene.t.database.url, { poolSize: 2 }));
    await dataSource.initialize();
    actors = new ActorService(
      new AccountRepository(dataSource),
      new SessionRepository(dataSource),
      new ParticipantRepository(dataSource),
      new RoleTermRepository(dataSource),
    );
    preferences = new PreferencesService(
      new PreferencesRepository(dataSource),
      new StampedCache(dataSource, [NotificationPreferenceEntity]),
    );
    recipients = new RecipientsService(dataSource, actors, preferences);
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
});
