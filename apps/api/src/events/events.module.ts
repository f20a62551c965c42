import { Global, Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/**
 * Domain events: producers record them with `OutboxService.emit` in their own transaction; the notification
 * pipeline (notification/) relays and consumes them. This module imports no feature.
 */
@Global()
@Module({ providers: [OutboxService, OutboxRepository], exports: [OutboxService] })
export class EventsModule {}
