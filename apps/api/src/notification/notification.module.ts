import { Global, Module } from '@nestjs/common';
import { DeliveryRepository } from './delivery.repository';
import { InboxRepository } from './inbox.repository';
import { InboxResolver } from './inbox.resolver';
import { LiveInboxListener } from './live-inbox.listener';
import { NotificationJobsResolver } from './notification-jobs.resolver';
import { NotificationJobsService } from './notification-jobs.service';
import { NotificationQueue } from './notification-queue';
import { PreferencesResolver } from './preferences.resolver';
import { PreferencesService } from './preferences.service';

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
    PreferencesService,
    PreferencesResolver,
    NotificationQueue,
    NotificationJobsService,
    NotificationJobsResolver,
  ],
  exports: [PreferencesService],
})
export class NotificationModule {}
