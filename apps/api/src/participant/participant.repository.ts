import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import type { IsoDate, ParticipantKind } from '@prepcom/domain';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { ParticipantEntity } from './participant.entity';
import { PersonEntity } from './person.entity';

/** Which participants to list: every condition given must hold (the GraphQL filter's shape). */
export interface ParticipantQuery {
  kinds?: ParticipantKind[];
  partiesOn?: IsoDate;
  observersOn?: IsoDate;
  /** Part of the name or the ISO code, any case. */
  search?: string;
}

/** Participants (States, organisations, the secretariat) and their people. */
@Injectable()
export class ParticipantRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By name, narrowed by every condition the filter gives. */
  list(filter: ParticipantQuery | undefined): Promise<ParticipantEntity[]> {
    const query = this.db.getRepository(ParticipantEntity).createQueryBuilder('p').orderBy('p.name');
    if (filter?.kinds?.length) query.andWhere('p.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.partiesOn) query.andWhere('p.became_party_on <= :partiesOn', { partiesOn: filter.partiesOn });
    if (filter?.observersOn) {
      query.andWhere(
        new Brackets((where) =>
          where
            .where('p.became_party_on IS NULL')
            .orWhere('p.became_party_on > :observersOn', { observersOn: filter.observersOn }),
        ),
      );
    }
    if (filter?.search?.trim()) {
      const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((where) => where.where('p.name ILIKE :pattern').orWhere('p.iso3 ILIKE :pattern')),
        {
          pattern,
        },
      );
    }
    return query.getMany();
  }

  /** Every participant, by name. */
  all(tx?: Tx): Promise<ParticipantEntity[]> {
    return (tx ? managerOf(tx) : this.db.manager).find(ParticipantEntity, { order: { name: 'ASC' } });
  }

  byId(id: string, tx?: Tx): Promise<ParticipantEntity | null> {
    return (tx ? managerOf(tx) : this.db.manager).findOneBy(ParticipantEntity, { id });
  }

  exists(id: string, tx?: Tx): Promise<boolean> {
    return (tx ? managerOf(tx) : this.db.manager).existsBy(ParticipantEntity, { id });
  }

  person(id: string): Promise<PersonEntity | null> {
    return this.db.getRepository(PersonEntity).findOneBy({ id });
  }
}
