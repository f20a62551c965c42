import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { AccountEntity } from './account.entity';
import { SessionEntity } from './session.entity';

/** Signed-in browsers, known by the hash of their cookie's token. */
@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Opens a session, in `tx` when given. */
  async open(session: Omit<SessionEntity, 'id'>, tx?: Tx): Promise<void> {
    await (tx ? managerOf(tx) : this.db.manager).insert(SessionEntity, session);
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.db.getRepository(SessionEntity).update({ id }, { revokedAt: now });
  }

  /** The session with this token, unless it was signed out or has expired at `now`. */
  live(tokenHash: Buffer, now: Date): Promise<SessionEntity | null> {
    return this.db.getRepository(SessionEntity).findOneBy({
      tokenHash,
      revokedAt: IsNull(),
      expiresAt: MoreThan(now),
    });
  }

  /** Whether a session is live at `now` and its account not disabled. */
  isActive(id: string, now: Date): Promise<boolean> {
    return this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .innerJoin(AccountEntity, 'account', 'account.id = session.accountId AND account.disabledAt IS NULL')
      .where('session.id = :sessionId AND session.revokedAt IS NULL AND session.expiresAt > :now', {
        sessionId: id,
        now,
      })
      .getExists();
  }
}
