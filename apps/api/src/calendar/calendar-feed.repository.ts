import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, Not, type DataSource } from 'typeorm';
import { ActionStatus } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { AccountEntity } from '../auth/account.entity';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';

/** Private calendar feeds, and what the feeds show: every milestone, and the open actions. */
@Injectable()
export class CalendarFeedRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Locks the account's row, so two creations of a feed at once cannot both pass its limit. */
  async lockAccount(tx: Tx, accountId: string): Promise<void> {
    await managerOf(tx).findOne(AccountEntity, {
      select: { id: true },
      where: { id: accountId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  countActive(tx: Tx, accountId: string): Promise<number> {
    return managerOf(tx).countBy(CalendarFeedEntity, { accountId, revokedAt: IsNull() });
  }

  add(tx: Tx, feed: Omit<CalendarFeedEntity, 'id'>): Promise<CalendarFeedEntity> {
    const manager = managerOf(tx);
    return manager.save(manager.create(CalendarFeedEntity, feed));
  }

  /** The account's feed with this id, or null (another's feed answers as missing). */
  ownFeed(accountId: string, id: string): Promise<CalendarFeedEntity | null> {
    return this.db.getRepository(CalendarFeedEntity).findOneBy({ id, accountId });
  }

  /** Revokes the feed at `now` unless it was revoked already, and answers it as it is then. */
  async revoke(id: string, now: Date): Promise<CalendarFeedEntity> {
    const feeds = this.db.getRepository(CalendarFeedEntity);
    await feeds.update({ id, revokedAt: IsNull() }, { revokedAt: now });
    return feeds.findOneByOrFail({ id });
  }

  /** An account's feeds, newest first, revoked ones too. */
  feedsOf(accountId: string): Promise<CalendarFeedEntity[]> {
    return this.db.getRepository(CalendarFeedEntity).find({
      where: { accountId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** The feed a token opens, or null when it is unknown or revoked. */
  activeFeed(tokenHash: Buffer): Promise<CalendarFeedEntity | null> {
    return this.db.getRepository(CalendarFeedEntity).findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  /** Every milestone, in calendar order. */
  milestones(): Promise<MilestoneEntity[]> {
    return this.db.getRepository(MilestoneEntity).find({ order: { startsAt: 'ASC', title: 'ASC' } });
  }

  /** Every action neither done nor cancelled, oldest first. */
  openActions(): Promise<ActionEntity[]> {
    return this.db.getRepository(ActionEntity).find({
      where: { status: Not(In([ActionStatus.DONE, ActionStatus.CANCELLED])) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  matters(ids: string[]): Promise<MatterEntity[]> {
    return this.db.getRepository(MatterEntity).findBy({ id: In(ids) });
  }
}
