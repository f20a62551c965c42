import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
// Mercurius's types add `graphql` (and its pubsub) to FastifyInstance.
import type {} from 'mercurius';
import {
  CHANGES_INTERRUPTED_TOPIC,
  EVERY_PROCESS_TOPIC,
  parseChange,
  PROCESS_CHANGE_CHANNEL,
  processChangesTopic,
  type ProcessChangeSignal,
} from './process-change.signal';
import {
  INBOX_INTERRUPTED_TOPIC,
  inboxTopic,
  NOTIFICATION_CHANNEL,
  parseSignal,
  type InboxSignal,
} from './live-inbox.signal';
import { ListenConnectionRepository, type Listening } from './listen-connection.repository';

/** Reconnecting waits 0.5 s, then twice as long after each failure, at most 30 s. */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * Hears of every new in-app notification, whichever worker delivered it, and of every change to a process's records
 * (the audit trail's trigger, decision 34), whichever replica made it, and hands them to this process's subscribers
 * through Mercurius's pubsub. It holds one connection of its own (ListenConnectionRepository). When that connection drops it reconnects with backoff, listens again and tells every
 * subscriber that some announcements may have been missed meanwhile.
 */
@Injectable()
export class LiveInboxListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveInbox');
  private listening: Listening | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private interrupted = false;
  private stopped = false;

  constructor(
    private readonly connections: ListenConnectionRepository,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.connections.connected) await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.listening?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    let listening: Listening | null = null;
    listening = await this.connections.listen(
      [NOTIFICATION_CHANNEL, PROCESS_CHANGE_CHANNEL],
      (channel, payload) =>
        channel === PROCESS_CHANGE_CHANNEL ? this.relayChange(payload) : this.relay(payload),
      (error) => {
        if (listening && this.listening === listening) this.listening = null;
        this.reconnectLater(error);
      },
    );
    if (!listening) return;
    if (this.stopped) {
      await listening.end();
      return;
    }
    this.listening = listening;
    this.failures = 0;
    if (this.interrupted) {
      this.interrupted = false;
      this.logger.log(
        'Listening for new notifications and changes again; subscribers are told to read anew.',
      );
      this.publish(INBOX_INTERRUPTED_TOPIC, { notificationId: null });
      this.publish(CHANGES_INTERRUPTED_TOPIC, null);
    }
  }

  private reconnectLater(error: Error | undefined): void {
    if (this.stopped) return;
    this.interrupted = true;
    const delay = Math.min(FIRST_RETRY_MS * 2 ** this.failures, MAX_RETRY_MS);
    this.failures += 1;
    this.logger.warn(
      `No connection listens for new notifications and changes${error ? ` (${error.message})` : ''}; ` +
        `trying again in ${delay} ms.`,
    );
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
  }

  private relay(payload: string | undefined): void {
    const signal = parseSignal(payload);
    if (!signal) {
      this.logger.warn(`Ignored a message on ${NOTIFICATION_CHANNEL} that names no notification.`);
      return;
    }
    this.publish(inboxTopic(signal.accountId), { notificationId: signal.notificationId });
  }

  private relayChange(payload: string | undefined): void {
    const signal = parseChange(payload);
    if (!signal) {
      this.logger.warn(`Ignored a message on ${PROCESS_CHANGE_CHANNEL} that names no change.`);
      return;
    }
    this.publish(signal.processId ? processChangesTopic(signal.processId) : EVERY_PROCESS_TOPIC, signal);
  }

  private publish(topic: string, payload: InboxSignal | ProcessChangeSignal | null): void {
    this.adapterHost.httpAdapter.getInstance<FastifyInstance>().graphql.pubsub.publish({ topic, payload });
  }
}
