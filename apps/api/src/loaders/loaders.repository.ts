import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Confidentiality } from '@prepcom/domain';
import { entityColumns } from '../common/database/entity-rows';
import { ParticipantViewEntity } from '../view/view.entity';

/**
 * The reads the per-request loaders batch. Their statements are composed here rather than kept as .sql files
 * (decision 37): the views' columns are those the query selects, and the by-id and grouped reads serve several
 * entities alike.
 */
@Injectable()
export class LoadersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The rows of `entity` with these ids, in no order. */
  byIds<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    ids: readonly string[],
  ): Promise<T[]> {
    return this.db.getRepository(entity).findBy({ id: In([...ids]) } as never);
  }

  /** The rows of `entity` whose `key` is one of `values`, in `order`. */
  byKey<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: keyof T & string,
    values: readonly string[],
    order: Partial<Record<keyof T, 'ASC' | 'DESC'>>,
  ): Promise<T[]> {
    return this.db.getRepository(entity).find({
      where: { [key]: In([...values]) } as never,
      order: order as never,
    });
  }

  /**
   * The views on `matterIds` expressed by `asOf` in `tiers`, oldest first, with only `columns` read: a dashboard
   * reads thousands of them, and the query rarely wants every column.
   */
  views(
    matterIds: readonly string[],
    asOf: Date,
    tiers: Confidentiality[],
    columns: readonly string[],
  ): Promise<ParticipantViewEntity[]> {
    return this.db.query<ParticipantViewEntity[]>(
      `SELECT ${entityColumns(this.db, ParticipantViewEntity, 'v', columns)} FROM participant_view v
        WHERE v.matter_id = ANY($1) AND v.expressed_at <= $2 AND v.confidentiality = ANY($3)
        ORDER BY v.expressed_at, v.id`,
      [matterIds, asOf, tiers],
    );
  }

  /**
   * The participants or people linked to `milestoneIds` (`link` names the table joining them, `linkedColumn` its
   * column naming them), by name, each with the milestone it is linked to.
   */
  linkedToMilestones<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    link: 'milestone_convenor' | 'milestone_contact',
    linkedColumn: string,
    milestoneIds: readonly string[],
  ): Promise<(T & { linkedTo: string })[]> {
    const table = this.db.getMetadata(entity).tablePath;
    return this.db.query<(T & { linkedTo: string })[]>(
      `SELECT l.milestone_id AS "linkedTo", ${entityColumns(this.db, entity, 't')}
         FROM ${link} l JOIN ${table} t ON t.id = l.${linkedColumn}
        WHERE l.milestone_id = ANY($1) ORDER BY t.name, t.id`,
      [milestoneIds],
    );
  }
}
