import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { SubscriptionContext } from 'mercurius';
import { SignedIn } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { ActorService } from '../identity/actor.service';
import { AppError } from '../common/errors/app-error';
import { clientError } from '../common/errors/error-formatter';
import { CurrentActor, RequestNow } from '../loaders/request-context';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination/connection';
import { InboxRepository } from './inbox.repository';
import { INBOX_INTERRUPTED_TOPIC, inboxTopic, type InboxSignal } from './live-inbox.signal';
import { NotificationAdded } from './notification-added.type';
import { NotificationEntity } from './notification.entity';

const NotificationConnection = ConnectionType(NotificationEntity, 'Notification');

/** A person's in-app notifications: only their own, ever. */
@Resolver(() => NotificationEntity)
export class InboxResolver {
  constructor(
    private readonly inboxes: InboxRepository,
    private readonly actors: ActorService,
  ) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  inbox(
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | undefined,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<NotificationEntity>> {
    return this.inboxes.page(actor.account!.id, actor.clearance, unreadOnly ?? false, page);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotifications(@CurrentActor() actor: Actor): Promise<number> {
    return this.inboxes.countUnread(actor.account!.id, actor.clearance);
  }

  @SignedIn()
  @Subscription(() => NotificationAdded, {
    description:
      'Your inbox as it changes, over a WebSocket: first the unread count as it stands, then each new ' +
      'notification with the new count. Ends with UNAUTHENTICATED once your session does (signing out).',
  })
  async notificationAdded(
    @CurrentActor() actor: Actor,
    @Context('pubsub') pubsub: SubscriptionContext,
  ): Promise<AsyncGenerator<{ notificationAdded: NotificationAdded }>> {
    // Subscribed before the first count is read, so nothing delivered in between goes unheard.
    const signals = await pubsub.subscribe<InboxSignal>([
      inboxTopic(actor.account!.id),
      INBOX_INTERRUPTED_TOPIC,
    ]);
    return this.inboxChanges(actor, signals);
  }

  /**
   * Each event is checked against the session that subscribed: one signed out (on any replica), expired or
   * disabled since then ends the subscription instead of receiving it.
   */
  private async *inboxChanges(
    actor: Actor,
    signals: AsyncIterable<InboxSignal>,
  ): AsyncGenerator<{ notificationAdded: NotificationAdded }> {
    try {
      yield { notificationAdded: await this.inboxChange(actor, null) };
      for await (const { notificationId } of signals) {
        const change = await this.inboxChange(actor, notificationId);
        // A signal for a notification that is not this account's (a forged NOTIFY) is ignored.
        if (notificationId === null || change.notification) yield { notificationAdded: change };
      }
    } catch (error) {
      throw clientError(error, 'Subscription.notificationAdded');
    }
  }

  private async inboxChange(actor: Actor, notificationId: string | null): Promise<NotificationAdded> {
    if (!(await this.actors.sessionActive(actor.sessionId, new Date()))) {
      throw new AppError(
        'UNAUTHENTICATED',
        'Your session has ended (signed out or expired): sign in again to hear of new notifications.',
      );
    }
    const notification = notificationId
      ? await this.inboxes.findOwn(actor.account!.id, actor.clearance, notificationId)
      : null;
    return { notification, unreadCount: await this.unreadNotifications(actor) };
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  markNotificationsRead(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<number> {
    return this.inboxes.markRead(actor.account!.id, ids, now);
  }
}
