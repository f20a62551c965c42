import { Global, Module, type FactoryProvider } from '@nestjs/common';
import { DeliveryRepository } from './delivery.repository';
import { InboxRepository } from './inbox.repository';
import { InboxResolver } from './inbox.resolver';
import { ListenConnectionRepository } from './listen-connection.repository';
import { LiveInboxListener } from './live-inbox.listener';
import { NotificationJobsResolver } from './notification-jobs.resolver';
import { NotificationJobsService } from './notification-jobs.service';
import { NotificationQueue } from './notification-queue';
import { PreferencesRepository } from './preferences.repository';
import { PreferencesResolver } from './preferences.resolver';
import { NotificationPreferenceEntity } from './preference.entity';
import { PREFERENCES_CACHE, PreferencesService } from './preferences.service';
import { StampedCache } from './stamped-cache';
import { TableStampsRepository } from './table-stamps.repository';

/** PreferencesService's cache, in the API and in the worker: it asks the database whether the preferences changed. */
export const PREFERENCES_CACHE_PROVIDER: FactoryProvider = {
  provide: PREFERENCES_CACHE,
  useFactory: (stamps: TableStampsRepository) => new StampedCache(stamps.of([NotificationPreferenceEntity])),
  inject: [TableStampsRepository],
};

/**
 * The API side of notifications: reading one's inbox, choosing one's emails, and administrators' view of failed
 * jobs (events are written to the outbox by events/).
 */
@Global()
@Module({
  providers: [
    DeliveryRepository,
    InboxRepository,
    InboxResolver,
    LiveInboxListener,
    ListenConnectionRepository,
    PreferencesService,
    PreferencesRepository,
    PREFERENCES_CACHE_PROVIDER,
    TableStampsRepository,
    PreferencesResolver,
    NotificationQueue,
    NotificationJobsService,
    NotificationJobsResolver,
  ],
  exports: [PreferencesService],
})
export class NotificationModule {}
