import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { SignedIn } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { CurrentActor, RequestNow } from '../common/loaders/request-context';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { NotificationEntity } from './notification.entity';

const NotificationConnection = ConnectionType(NotificationEntity, 'Notification');

/** A person's in-app notifications: only their own, ever. */
@Resolver(() => NotificationEntity)
export class InboxResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async inbox(
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | undefined,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<NotificationEntity>> {
    const notifications = await this.db.getRepository(NotificationEntity).find({
      where: { accountId: actor.account!.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 1000,
    });
    return paginate(notifications, page);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotifications(@CurrentActor() actor: Actor): Promise<number> {
    return this.db
      .getRepository(NotificationEntity)
      .countBy({ accountId: actor.account!.id, readAt: IsNull() });
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  async markNotificationsRead(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.db
      .getRepository(NotificationEntity)
      .update({ id: In(ids), accountId: actor.account!.id, readAt: IsNull() }, { readAt: now });
    return result.affected ?? 0;
  }
}
