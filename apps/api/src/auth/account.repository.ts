import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { AccountEntity } from './account.entity';

/** Accounts, as those who sign in and those who manage them need them. */
@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The account with this address, in any case. */
  byEmail(email: string): Promise<AccountEntity | null> {
    return withEmail(this.db.manager, email).getOne();
  }

  /** The account with this address, in any case, locked for the rest of `tx`. */
  lockByEmail(tx: Tx, email: string): Promise<AccountEntity | null> {
    return withEmail(managerOf(tx), email).setLock('pessimistic_write').getOne();
  }

  /** Locks an account for the rest of `tx`; an unknown id answers NOT_FOUND. */
  lockForUpdate(tx: Tx, id: string): Promise<AccountEntity> {
    return findForUpdate(managerOf(tx), AccountEntity, id, 'account', 'accountId');
  }

  /** An account known to exist (a session's, an invitation's sender). */
  byId(id: string, tx?: Tx): Promise<AccountEntity> {
    return (tx ? managerOf(tx) : this.db.manager).findOneByOrFail(AccountEntity, { id });
  }

  /** The account unless it is disabled. */
  enabled(id: string, tx?: Tx): Promise<AccountEntity | null> {
    return (tx ? managerOf(tx) : this.db.manager).findOneBy(AccountEntity, { id, disabledAt: IsNull() });
  }

  everyEnabled(): Promise<AccountEntity[]> {
    return this.db.getRepository(AccountEntity).findBy({ disabledAt: IsNull() });
  }

  async setPasswordHash(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await managerOf(tx).update(AccountEntity, { id }, { passwordHash });
  }
}

const withEmail = (manager: EntityManager, email: string) =>
  manager
    .getRepository(AccountEntity)
    .createQueryBuilder('a')
    .where('lower(a.email) = lower(:email)', { email: email.trim() });
