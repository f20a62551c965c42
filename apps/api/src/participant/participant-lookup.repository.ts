import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-error';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { ParticipantEntity } from './participant.entity';
import { PersonEntity } from './person.entity';

/** The participants and people that other records name (an owner, a proposer, a meeting's convenors and contacts). */
@Injectable()
export class ParticipantLookupRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the participant exists; outside a transaction when no `tx` is given. */
  participantExists(id: string, tx?: Tx): Promise<boolean> {
    return (tx ? managerOf(tx) : this.db.manager).existsBy(ParticipantEntity, { id });
  }

  /** The participants `ids`, every one of them; the first unknown answers NOT_FOUND naming `field`. */
  async participants(tx: Tx, ids: string[], field: string): Promise<ParticipantEntity[]> {
    return everyOne(
      await managerOf(tx).findBy(ParticipantEntity, { id: In(ids) }),
      ids,
      'participant',
      field,
    );
  }

  /** The people `ids`, every one of them; the first unknown answers NOT_FOUND naming `field`. */
  async people(tx: Tx, ids: string[], field: string): Promise<PersonEntity[]> {
    return everyOne(await managerOf(tx).findBy(PersonEntity, { id: In(ids) }), ids, 'person', field);
  }
}

function everyOne<T extends { id: string }>(rows: T[], ids: string[], what: string, field: string): T[] {
  const missing = ids.find((id) => !rows.some((row) => row.id === id));
  if (missing) throw notFound(what, missing, field);
  return rows;
}
