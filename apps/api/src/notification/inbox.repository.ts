import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { visibleTiers, type Confidentiality } from '@prepcom/domain';
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
 * A notification is a text rendered when it was delivered: once the record it is about (a matter, the matter an
 * action serves, a view and its option) is closed to the reader, it is no longer shown, as the record itself is not
 * (the narrower of its tier then and now). Notifications about no tiered record (meetings, role terms) always are.
 */
const STILL_READABLE = `NOT EXISTS (
  SELECT 1 FROM outbox_event e
    LEFT JOIN participant_view v ON v.id = (e.payload->>'viewId')::uuid
    LEFT JOIN action a ON a.id = (e.payload->>'actionId')::uuid
    LEFT JOIN matter_option o ON o.id = v.option_id
    JOIN matter m ON m.id = coalesce((e.payload->>'matterId')::uuid, v.matter_id, a.serves_matter_id)
   WHERE e.id = n.event_id
     AND (m.confidentiality <> ALL(:tiers) OR v.confidentiality <> ALL(:tiers) OR o.confidentiality <> ALL(:tiers)))`;

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

  /** One reader's notifications they may still read, as a query to narrow further. */
  private readable(accountId: string, clearance: Confidentiality) {
    return this.notifications
      .createQueryBuilder('n')
      .where('n.accountId = :accountId', { accountId })
      .andWhere(STILL_READABLE, { tiers: visibleTiers(clearance) });
  }

  async page(
    accountId: string,
    clearance: Confidentiality,
    unreadOnly: boolean,
    args: PageArgs,
  ): Promise<Connection<NotificationEntity>> {
    const inbox = this.readable(accountId, clearance);
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

  countUnread(accountId: string, clearance: Confidentiality): Promise<number> {
    return this.readable(accountId, clearance).andWhere('n.readAt IS NULL').getCount();
  }

  findOwn(accountId: string, clearance: Confidentiality, id: string): Promise<NotificationEntity | null> {
    return this.readable(accountId, clearance).andWhere('n.id = :id', { id }).getOne();
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
