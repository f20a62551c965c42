import { Global, Module } from '@nestjs/common';
import { InboxResolver } from './inbox.resolver';
import { OutboxService } from './outbox.service';

/** The API side of notifications: writing events to the outbox, and reading one's inbox. */
@Global()
@Module({ providers: [OutboxService, InboxResolver], exports: [OutboxService] })
export class NotificationModule {}
