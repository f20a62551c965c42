import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  connectionOf,
  cursorId,
  DEFAULT_PAGE_SIZE,
  notInList,
  type Connection,
  type PageArgs,
} from '../common/pagination/connection';
import { NotificationEntity } from './notification.entity';

/** Where a cursor's notification stands in the inbox's order (newest first, then by id), compared in SQL. */
const BEYOND = {
  after: `(n.createdAt < (SELECT created_at FROM notification WHERE id = :after)
           OR (n.createdAt = (SELECT created_at FROM notification WHERE id = :after) AND n.id > :after))`,
  before: `(n.createdAt > (SELECT created_at FROM notification WHERE id = :before)
            OR (n.createdAt = (SELECT created_at FROM notification WHERE id = :before) AND n.id < :before))`,
};

/**
 * A person's in-app notifications. An inbox grows without bound, so it pages in SQL (keyset on the inbox's own
 * order and index), and every statement names the account: nobody reads or marks another's.
 */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get notifications() {
    return this.db.getRepository(NotificationEntity);
  }

  async page(
    accountId: string,
    unreadOnly: boolean,
    args: PageArgs,
  ): Promise<Connection<NotificationEntity>> {
    const inbox = this.notifications.createQueryBuilder('n').where('n.accountId = :accountId', { accountId });
    if (unreadOnly) inbox.andWhere('n.readAt IS NULL');
    const totalCount = await inbox.getCount();
    const window = inbox.clone();
    for (const field of ['after', 'before'] as const) {
      const cursor = args[field];
      if (!cursor) continue;
      const id = cursorId(cursor, field);
      // A cursor read since its page was shown still marks a place in the unread list.
      if (!(await this.notifications.existsBy({ id, accountId }))) throw notInList(field);
      window.andWhere(BEYOND[field], { [field]: id });
    }
    // `last` alone walks back from the end of the window; otherwise pages run forward, `last` then trimming them.
    const backward = args.last != null && args.first == null;
    const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
    const rows = await ordered(window, backward)
      .limit(size + 1)
      .getMany();
    const more = rows.length > size;
    let nodes = rows.slice(0, size);
    if (backward) nodes.reverse();
    const trimmed = !backward && args.last != null && nodes.length > args.last;
    if (trimmed) nodes = nodes.slice(-args.last!);
    return connectionOf(nodes, {
      totalCount,
      hasPreviousPage: Boolean(args.after) || trimmed || (backward && more),
      hasNextPage: Boolean(args.before) || (!backward && more),
    });
  }

  countUnread(accountId: string): Promise<number> {
    return this.notifications.countBy({ accountId, readAt: IsNull() });
  }

  findOwn(accountId: string, id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ id, accountId });
  }

  async markRead(accountId: string, ids: string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.notifications.update(
      { id: In(ids), accountId, readAt: IsNull() },
      { readAt: now },
    );
    return result.affected ?? 0;
  }
}

const ordered = (query: SelectQueryBuilder<NotificationEntity>, backward: boolean) =>
  query.orderBy('n.createdAt', backward ? 'ASC' : 'DESC').addOrderBy('n.id', backward ? 'DESC' : 'ASC');
