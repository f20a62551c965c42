import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { visibleTiers, type Confidentiality } from '@prepcom/domain';
import type { ProcessSnapshot } from '../assessment/process-snapshot';
import type { Actor } from '../identity/actor';
import { groupBy } from '../common/group-by';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { MatterTransitionEntity } from '../matter/matter-transition.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { PersonEntity } from '../participant/person.entity';
import { ProcessEntity } from '../process/process.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import { LoadersRepository, type ByIdRecord, type ByIdRow } from './loaders.repository';

export interface SnapshotKey {
  processId: string;
  asOf: Date;
}

export interface ViewsKey {
  matterId: string;
  /** Views expressed by then. */
  asOf: Date;
  columns: readonly string[];
}

/** Batches and caches reads for one GraphQL request, so nested fields never query once per row. */
export interface Loaders {
  snapshot: DataLoader<SnapshotKey, ProcessSnapshot, string>;
  process: DataLoader<string, ProcessEntity | undefined>;
  matter: DataLoader<string, MatterEntity | undefined>;
  milestone: DataLoader<string, MilestoneEntity | undefined>;
  participant: DataLoader<string, ParticipantEntity | undefined>;
  /**
   * A participant at once, without a promise, when a snapshot of this request has read it (a dashboard's 900
   * owners and proposers: a promise each, and graphql-jit's wait on it, cost more than the rest of their fields;
   * decision 48), else through `participant`.
   */
  participantById(id: string): ParticipantEntity | undefined | Promise<ParticipantEntity | undefined>;
  /** Today's milestone at once when a snapshot of this request has read it (actions' due dates), else `milestone`. */
  milestoneById(id: string): MilestoneEntity | undefined | Promise<MilestoneEntity | undefined>;
  /** A matter's views the reader may see, by `asOf`, with only the given properties read (see viewColumnsFor). */
  viewsByMatter: DataLoader<ViewsKey, ParticipantViewEntity[], string>;
  transitionsByMatter: DataLoader<string, MatterTransitionEntity[]>;
  roleTermsByParticipant: DataLoader<string, RoleTermEntity[]>;
  peopleByParticipant: DataLoader<string, PersonEntity[]>;
  convenorsByMilestone: DataLoader<string, ParticipantEntity[]>;
  contactsByMilestone: DataLoader<string, PersonEntity[]>;
}

/** Keys that one statement can answer together: the same instant and the same columns. */
const viewsQueryOf = (key: ViewsKey) => `${key.asOf.toISOString()}:${key.columns.join()}`;

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly reads: LoadersRepository,
    private readonly snapshots: SnapshotRepository,
  ) {}

  /** Loaders for one request; what they return is filtered to what `actor` may see. */
  create(actor: Actor, now: Date): Loaders {
    // What a snapshot has read anyway stands in for the by-id loaders' reads: every participant, and today's
    // milestones (a past snapshot's are rebuilt as they stood then; only today's may stand in for a fresh read).
    const knownParticipants = new Map<string, ParticipantEntity>();
    const knownMilestones = new Map<string, MilestoneEntity>();
    const participant = this.byId('participant', knownParticipants);
    const milestone = this.byId('milestone', knownMilestones);
    const loadSnapshot = async (key: SnapshotKey) => {
      const snapshot = await this.snapshots.load(key.processId, key.asOf, actor.clearance);
      if (key.asOf.getTime() === now.getTime())
        for (const row of snapshot.milestones) knownMilestones.set(row.id, row);
      for (const row of snapshot.participants) knownParticipants.set(row.id, row);
      return snapshot;
    };
    return {
      snapshot: new DataLoader((keys) => Promise.all(keys.map(loadSnapshot)), {
        cacheKeyFn: (key) => `${key.processId}@${key.asOf.toISOString()}`,
      }),
      process: this.byId('process'),
      matter: this.byId('matter'),
      milestone,
      participant,
      participantById: (id) => knownParticipants.get(id) ?? participant.load(id),
      milestoneById: (id) => knownMilestones.get(id) ?? milestone.load(id),
      viewsByMatter: new DataLoader(
        (keys) => this.viewsOf(keys, visibleTiers(actor.clearance), knownParticipants, participant),
        {
          cacheKeyFn: (key) => `${key.matterId}:${viewsQueryOf(key)}`,
        },
      ),
      transitionsByMatter: this.grouped((ids) => this.reads.transitionsOfMatters(ids), 'matterId'),
      roleTermsByParticipant: this.grouped((ids) => this.reads.roleTermsOfParticipants(ids), 'participantId'),
      peopleByParticipant: this.grouped((ids) => this.reads.peopleOfParticipants(ids), 'participantId'),
      convenorsByMilestone: this.linked((ids) => this.reads.convenorsOfMilestones(ids)),
      contactsByMilestone: this.linked((ids) => this.reads.contactsOfMilestones(ids)),
    };
  }

  /**
   * Views by matter, oldest first, each with its author: a dashboard reads thousands of them. Only the views the
   * reader may see by `asOf`, and only the columns the query needs (the views are partial), in one statement per
   * instant and set of columns (one, in practice). Authors come from the participants the matter's snapshot has
   * read, so each view's author is there without a query or a promise of its own; any other through the loader.
   * `View.participant` reads the author attached here as a plain property (view.entity.ts).
   */
  private async viewsOf(
    keys: readonly ViewsKey[],
    tiers: Confidentiality[],
    known: ReadonlyMap<string, ParticipantEntity>,
    participants: Loaders['participant'],
  ): Promise<ParticipantViewEntity[][]> {
    const groups = new Map<string, ParticipantViewEntity[]>();
    for (const [query, sameQuery] of groupBy(keys, viewsQueryOf)) {
      const { asOf, columns } = sameQuery[0]!;
      const views = await this.reads.views(
        sameQuery.map((key) => key.matterId),
        asOf,
        tiers,
        columns,
      );
      if (columns.includes('participantId')) {
        const unknown = [...new Set(views.map((view) => view.participantId))].filter((id) => !known.has(id));
        const loaded = new Map<string, ParticipantEntity>();
        for (const author of await participants.loadMany(unknown))
          if (author && !(author instanceof Error)) loaded.set(author.id, author);
        for (const view of views)
          view.participant = known.get(view.participantId) ?? loaded.get(view.participantId);
      }
      for (const view of views) view.readAsOf = asOf;
      for (const [matterId, ofMatter] of groupBy(views, (view) => view.matterId)) {
        groups.set(`${matterId}:${query}`, ofMatter);
      }
    }
    return keys.map((key) => groups.get(`${key.matterId}:${viewsQueryOf(key)}`) ?? []);
  }

  /** Rows by id, read only when `known` (what the request's snapshot read) does not hold them. */
  private byId<R extends ByIdRecord>(record: R, known: ReadonlyMap<string, ByIdRow<R>> = new Map()) {
    return new DataLoader(async (ids: readonly string[]) => {
      const missing = ids.filter((id) => !known.has(id));
      const rows = missing.length ? await this.reads.byIds(record, missing) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => known.get(id) ?? byId.get(id));
    });
  }

  /** Rows grouped by the key they are asked for, in the order `read` returns them. */
  private grouped<T, K extends keyof T & string>(
    read: (keys: readonly string[]) => Promise<T[]>,
    key: K,
  ): DataLoader<string, T[]> {
    return new DataLoader(async (ids) => {
      const rows = await read(ids);
      const groups = groupBy(rows, (row) => row[key] as string);
      return ids.map((id) => groups.get(id) ?? []);
    });
  }

  /** A milestone's linked participants or people, in the order `read` returns them. */
  private linked<T>(
    read: (milestoneIds: readonly string[]) => Promise<(T & { linkedTo: string })[]>,
  ): DataLoader<string, T[]> {
    return new DataLoader(async (milestoneIds) => {
      const rows = await read(milestoneIds);
      const groups = groupBy(rows, (row) => row.linkedTo);
      return milestoneIds.map((id) =>
        (groups.get(id) ?? []).map(({ linkedTo: _milestone, ...linked }) => linked as unknown as T),
      );
    });
  }
}
