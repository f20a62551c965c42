import { Global, Module } from '@nestjs/common';
import { InboxRepository } from './inbox.repository';
import { InboxResolver } from './inbox.resolver';
import { LiveInboxListener } from './live-inbox.listener';
import { NotificationJobsResolver } from './notification-jobs.resolver';
import { NotificationJobsService } from './notification-jobs.service';
import { NotificationQueue } from './notification-queue';
import { OutboxService } from './outbox.service';
import { PreferencesResolver } from './preferences.resolver';
import { PreferencesService } from './preferences.service';

/**
 * The API side of notifications: writing events to the outbox, reading one's inbox, choosing one's emails, and
 * administrators' view of failed jobs.
 */
@Global()
@Module({
  providers: [
    OutboxService,
    InboxRepository,
    InboxResolver,
    LiveInboxListener,
    PreferencesService,
    PreferencesResolver,
    NotificationQueue,
    NotificationJobsService,
    NotificationJobsResolver,
  ],
  exports: [OutboxService, PreferencesService],
})
export class NotificationModule {}
