import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Confidentiality } from '@prepcom/domain';
import { entityColumns } from '../common/database/entity-rows';
import { MatterTransitionEntity } from '../matter/matter-transition.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { PersonEntity } from '../participant/person.entity';
import { ProcessEntity } from '../process/process.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { ParticipantViewEntity } from '../view/view.entity';

/** The records the by-id loaders read, by the name a loader gives them. */
const BY_ID = {
  process: ProcessEntity,
  matter: MatterEntity,
  milestone: MilestoneEntity,
  participant: ParticipantEntity,
};
export type ByIdRecord = keyof typeof BY_ID;
/** The entity a by-id record names. */
export type ByIdRow<R extends ByIdRecord> = InstanceType<(typeof BY_ID)[R]>;

/**
 * The reads the per-request loaders batch. Their statements are composed here rather than kept as .sql files
 * (decision 37): the views' columns are those the query selects, and the by-id and grouped reads serve several
 * entities alike.
 */
@Injectable()
export class LoadersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The `record`s with these ids, in no order. */
  byIds<R extends ByIdRecord>(record: R, ids: readonly string[]): Promise<ByIdRow<R>[]> {
    return this.db.getRepository(BY_ID[record]).findBy({ id: In([...ids]) }) as never;
  }

  /** The workflow steps of these matters, oldest first. */
  transitionsOfMatters(matterIds: readonly string[]): Promise<MatterTransitionEntity[]> {
    return this.byKey(MatterTransitionEntity, 'matterId', matterIds, { at: 'ASC' });
  }

  /** The role terms of these participants, by their start. */
  roleTermsOfParticipants(participantIds: readonly string[]): Promise<RoleTermEntity[]> {
    return this.byKey(RoleTermEntity, 'participantId', participantIds, { startsOn: 'ASC' });
  }

  /** The people of these participants, by name. */
  peopleOfParticipants(participantIds: readonly string[]): Promise<PersonEntity[]> {
    return this.byKey(PersonEntity, 'participantId', participantIds, { name: 'ASC' });
  }

  /** The convenors of these milestones, by name, each with the milestone it convenes. */
  convenorsOfMilestones(
    milestoneIds: readonly string[],
  ): Promise<(ParticipantEntity & { linkedTo: string })[]> {
    return this.linkedToMilestones(ParticipantEntity, 'milestone_convenor', 'participant_id', milestoneIds);
  }

  /** The contacts of these milestones, by name, each with the milestone they are a contact for. */
  contactsOfMilestones(milestoneIds: readonly string[]): Promise<(PersonEntity & { linkedTo: string })[]> {
    return this.linkedToMilestones(PersonEntity, 'milestone_contact', 'person_id', milestoneIds);
  }

  /** The rows of `entity` whose `key` is one of `values`, in `order`. */
  private byKey<T extends ObjectLiteral>(
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
  private linkedToMilestones<T extends ObjectLiteral>(
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
