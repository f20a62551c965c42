import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { OneTimeTokenEntity } from './one-time-token.entity';

/** Invitation and password reset links, stored as the hashes of their tokens. */
@Injectable()
export class OneTimeTokenRepository {
  /** Stores a new link; answers its id. */
  async insert(tx: Tx, link: Omit<OneTimeTokenEntity, 'id'>): Promise<string> {
    const inserted = await managerOf(tx).insert(OneTimeTokenEntity, link);
    return (inserted.identifiers[0] as { id: string }).id;
  }

  /** The link with this token if it is unused and unexpired at `now`, locked for the rest of `tx`. */
  lockUsable(tx: Tx, tokenHash: Buffer, now: Date): Promise<OneTimeTokenEntity | null> {
    return managerOf(tx).findOne(OneTimeTokenEntity, {
      where: { tokenHash, usedAt: IsNull(), expiresAt: MoreThan(now) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Uses a link up, and forgets its token if its email was still waiting. */
  async markUsed(tx: Tx, id: string, now: Date): Promise<void> {
    await managerOf(tx).update(OneTimeTokenEntity, { id }, { usedAt: now, mailToken: null });
  }

  /** Ends an account's unused links at `now`, and forgets the tokens still waiting for their email. */
  async endUnused(tx: Tx, accountId: string, now: Date): Promise<void> {
    await managerOf(tx).update(
      OneTimeTokenEntity,
      { accountId, usedAt: IsNull(), expiresAt: MoreThan(now) },
      { expiresAt: now, mailToken: null },
    );
  }
}
