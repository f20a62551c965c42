import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IsoDate, RoleKind } from '@prepcom/domain';
import { findForUpdate } from '../common/database/transaction';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { RoleTermEntity } from './role-term.entity';

/** Role terms: who holds which role, from when to when. */
@Injectable()
export class RoleTermRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * By role then start; only `roles` when given, and only the terms known on `knownOn` when given (decided or begun
   * by then, or entered by its end).
   */
  list(roles: RoleKind[] | undefined, knownOn: IsoDate | undefined): Promise<RoleTermEntity[]> {
    const query = this.db
      .getRepository(RoleTermEntity)
      .createQueryBuilder('t')
      .orderBy('t.role')
      .addOrderBy('t.starts_on');
    if (roles?.length) query.andWhere('t.role IN (:...roles)', { roles });
    if (knownOn)
      query.andWhere(
        `(COALESCE(t.decided_on, t.starts_on) <= :knownOn OR t.created_at < (:knownOn::date + 1)::timestamp AT TIME ZONE 'UTC')`,
        { knownOn },
      );
    return query.getMany();
  }

  all(): Promise<RoleTermEntity[]> {
    return this.db.getRepository(RoleTermEntity).find();
  }

  byId(id: string): Promise<RoleTermEntity | null> {
    return this.db.getRepository(RoleTermEntity).findOneBy({ id });
  }

  /** Every term of a role, of one participant's when given. */
  withRole(role: RoleKind, participantId?: string, tx?: Tx): Promise<RoleTermEntity[]> {
    return (tx ? managerOf(tx) : this.db.manager).findBy(
      RoleTermEntity,
      participantId ? { role, participantId } : { role },
    );
  }

  /** Locks a term for the rest of `tx`; an unknown id answers NOT_FOUND naming `field`. */
  lockForUpdate(tx: Tx, id: string, field: string): Promise<RoleTermEntity> {
    return findForUpdate(managerOf(tx), RoleTermEntity, id, 'role term', field);
  }

  /** Whether the meeting a term may be tied to exists. */
  milestoneExists(id: string): Promise<boolean> {
    return this.db.getRepository(MilestoneEntity).existsBy({ id });
  }
}
