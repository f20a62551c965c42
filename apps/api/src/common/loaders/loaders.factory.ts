import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { ProcessSnapshot } from '../../assessment/process-snapshot';
import { SnapshotRepository } from '../../assessment/snapshot.repository';
import { MatterTransitionEntity } from '../../matter/matter-transition.entity';
import { MatterEntity } from '../../matter/matter.entity';
import { MilestoneEntity } from '../../milestone/milestone.entity';
import { ParticipantEntity } from '../../participant/participant.entity';
import { PersonEntity } from '../../participant/person.entity';
import { ProcessEntity } from '../../process/process.entity';
import { RoleTermEntity } from '../../role-term/role-term.entity';
import { ParticipantViewEntity } from '../../view/view.entity';

export interface SnapshotKey {
  processId: string;
  asOf: Date;
}

/** Batches and caches reads for one GraphQL request, so nested fields never query once per row. */
export interface Loaders {
  snapshot: DataLoader<SnapshotKey, ProcessSnapshot, string>;
  process: DataLoader<string, ProcessEntity | undefined>;
  matter: DataLoader<string, MatterEntity | undefined>;
  milestone: DataLoader<string, MilestoneEntity | undefined>;
  milestonesByProcess: DataLoader<string, MilestoneEntity[]>;
  participant: DataLoader<string, ParticipantEntity | undefined>;
  viewsByMatter: DataLoader<string, ParticipantViewEntity[]>;
  transitionsByMatter: DataLoader<string, MatterTransitionEntity[]>;
  roleTermsByParticipant: DataLoader<string, RoleTermEntity[]>;
  peopleByParticipant: DataLoader<string, PersonEntity[]>;
  convenorsByMilestone: DataLoader<string, ParticipantEntity[]>;
  contactsByMilestone: DataLoader<string, PersonEntity[]>;
}

@Injectable()
export class LoadersFactory {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly snapshots: SnapshotRepository,
  ) {}

  create(): Loaders {
    const participant = this.byId(ParticipantEntity);
    const person = this.byId(PersonEntity);
    return {
      snapshot: new DataLoader(
        (keys) => Promise.all(keys.map((key) => this.snapshots.load(key.processId, key.asOf))),
        {
          cacheKeyFn: (key) => `${key.processId}@${key.asOf.toISOString()}`,
        },
      ),
      process: this.byId(ProcessEntity),
      matter: this.byId(MatterEntity),
      milestone: this.byId(MilestoneEntity),
      milestonesByProcess: this.grouped(MilestoneEntity, 'processId', { startsAt: 'ASC', title: 'ASC' }),
      participant,
      viewsByMatter: this.grouped(ParticipantViewEntity, 'matterId', { expressedAt: 'ASC' }),
      transitionsByMatter: this.grouped(MatterTransitionEntity, 'matterId', { at: 'ASC' }),
      roleTermsByParticipant: this.grouped(RoleTermEntity, 'participantId', { startsOn: 'ASC' }),
      peopleByParticipant: this.grouped(PersonEntity, 'participantId', { name: 'ASC' }),
      convenorsByMilestone: this.viaJoinTable('milestone_convenor', 'participant_id', participant),
      contactsByMilestone: this.viaJoinTable('milestone_contact', 'person_id', person),
    };
  }

  private byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
  ): DataLoader<string, T | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.db.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    });
  }

  private grouped<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    key: keyof T & string,
    order: Partial<Record<keyof T, 'ASC' | 'DESC'>>,
  ): DataLoader<string, T[]> {
    return new DataLoader(async (ids) => {
      const rows = await this.db
        .getRepository(entity)
        .find({ where: { [key]: In([...ids]) } as never, order: order as never });
      const groups = new Map<unknown, T[]>();
      for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  /** What a join table `(milestone_id, <column>)` links to each milestone, fetched through `target`'s loader. */
  private viaJoinTable<T extends { id: string }>(
    joinTable: string,
    column: string,
    target: DataLoader<string, T | undefined>,
  ): DataLoader<string, T[]> {
    return new DataLoader(async (milestoneIds) => {
      const links = await this.db.query<{ milestone_id: string; linked_id: string }[]>(
        `SELECT milestone_id, ${column} AS linked_id FROM ${joinTable} WHERE milestone_id = ANY($1)`,
        [[...milestoneIds]],
      );
      const linked = await target.loadMany([...new Set(links.map((link) => link.linked_id))]);
      const byId = new Map(
        linked.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row] as const] : [])),
      );
      return milestoneIds.map((id) =>
        links.flatMap((link) => {
          const row = link.milestone_id === id ? byId.get(link.linked_id) : undefined;
          return row ? [row] : [];
        }),
      );
    });
  }
}
