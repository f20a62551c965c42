import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { visibleTiers, type Confidentiality, type MatterStatus, type OptionStage } from '@prepcom/domain';
import { sqlFile } from '../common/database/sql-file';
import type { OptionEntity } from '../option/option.entity';
import { ProcessSnapshot, type SnapshotRows, type ViewTally } from './process-snapshot';
import { undoChanges, type EarlierValue } from '../common/database/turn-back';
import { EntitiesStatement, INSTANT_FIELDS } from './snapshot.repository';

const HISTORY = sqlFile(__dirname, 'history.sql');

/**
 * A process at many instants from one statement: its history up to the last instant is read once, and each
 * instant's rows are cut from it in memory, as the snapshot's statement cuts them in SQL (same filters, same
 * order), then assessed by `ProcessSnapshot.build`. For series (the readiness chart): twelve snapshots cost twelve
 * statements of ~30 ms of PostgreSQL each, where this costs one. The snapshots carry no participants: they serve
 * figures, never nested fields.
 */
@Injectable()
export class HistoryRepository {
  private readonly statement: EntitiesStatement;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.statement = new EntitiesStatement(db, HISTORY);
  }

  /** One snapshot per instant (ascending), each with what `clearance` may see, as `SnapshotRepository.load`. */
  async snapshots(
    processId: string,
    instants: Date[],
    clearance: Confidentiality,
  ): Promise<ProcessSnapshot[]> {
    if (instants.length === 0) return [];
    const [first, last] = [instants[0]!, instants.at(-1)!];
    const { text, arrays } = this.statement.get();
    const [rows] = await this.db.query<HistoryJson[]>(text, [
      processId,
      first,
      last,
      visibleTiers(clearance),
    ]);
    const history = rows!;
    const milestones = arrays.milestone.revive(history.milestones);
    const matters = arrays.matter.revive(history.matters);
    const options = arrays.option.revive(history.options);
    const actions = arrays.action.revive(history.actions);
    const dependencies = history.dependencies.map(([matterId, dependsOnId]) => ({ matterId, dependsOnId }));
    return instants.map((asOf) => {
      const at = asOf.getTime();
      const cut: Micros = at * 1000;
      const later = laterThan(history.later, cut);
      const rowsThen: SnapshotRows = {
        milestones: copiesAsOf(milestones, later),
        matters: copiesAsOf(matters, later),
        latestTransitions: new Map(
          [...latestBy(history.transitions, cut)].map(([matterId, [, , status, decidingMilestoneId]]) => [
            matterId,
            { status, decidingMilestoneId },
          ]),
        ),
        options: withStages(
          copiesAsOf(
            options.filter((option) => option.tabledAt.getTime() <= at),
            later,
          ),
          latestBy(history.option_stages, cut),
        ),
        actions: actions.filter((action) => action.createdAt.getTime() <= at),
        dependencies,
        viewTallies: tallies(history.views, cut, asOf.toISOString().slice(0, 10)),
        participants: [],
      };
      return ProcessSnapshot.build(processId, asOf, rowsThen, { clearance });
    });
  }
}

/** Epoch microseconds: the database's precision, so that "by then" cuts exactly where SQL's `<=` would. */
type Micros = number;

/** The history's answer: entities as the snapshot reads them (arrays of their columns), events as compact arrays. */
interface HistoryJson {
  milestones: unknown[][];
  matters: unknown[][];
  /** Ordered by matter, instant, sequence. */
  transitions: [matterId: string, at: Micros, status: MatterStatus, decidingMilestoneId: string][];
  options: unknown[][];
  /** Ordered by option, instant, sequence. */
  option_stages: [optionId: string, at: Micros, stage: OptionStage][];
  actions: unknown[][];
  dependencies: [matterId: string, dependsOnId: string][];
  /** States Parties' visible views, ordered by matter, participant and instant. */
  views: [
    matterId: string,
    participantId: string,
    at: Micros,
    onMatter: boolean,
    objects: boolean,
    partySince: string,
  ][];
  /** Edits after the first instant, in the order they were made. */
  later: [entityId: string, field: string, oldValue: unknown, at: Micros][];
}

/** For each field edited after `at`, its value before the first such edit (the snapshot's `later`). */
function laterThan(edits: HistoryJson['later'], at: Micros): EarlierValue[] {
  const seen = new Set<string>();
  const earlier: EarlierValue[] = [];
  for (const [entity_id, field, old_value, editedAt] of edits) {
    const key = `${entity_id}\u0000${field}`;
    if (editedAt <= at || seen.has(key)) continue;
    seen.add(key);
    earlier.push({ entity_id, field, old_value });
  }
  return earlier;
}

/** Copies of today's rows, turned back to what they were before the later edits (the rows serve every instant). */
function copiesAsOf<T extends { id: string }>(rows: T[], later: EarlierValue[]): T[] {
  const copies = rows.map((row) => ({ ...row }));
  undoChanges(copies, later, INSTANT_FIELDS);
  return copies;
}

/** The latest event by `at` of each key, from events ordered by key then instant. */
function latestBy<T extends [key: string, at: Micros, ...rest: unknown[]]>(
  events: T[],
  at: Micros,
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const event of events) if (event[1] <= at) latest.set(event[0], event);
  return latest;
}

function withStages(options: OptionEntity[], stages: Map<string, HistoryJson['option_stages'][number]>) {
  for (const option of options) option.stage = stages.get(option.id)?.[2] ?? option.stage;
  return options;
}

/**
 * Per matter, States Parties by `day` with any view by `at`, and those whose latest view on the matter as a whole
 * by then objects (the snapshot's tallies). Views come grouped by matter and party, oldest first.
 */
function tallies(views: HistoryJson['views'], at: Micros, day: string): Map<string, ViewTally> {
  const byMatter = new Map<string, ViewTally>();
  for (let start = 0, end = 0; start < views.length; start = end) {
    const [matterId, participantId, , , , partySince] = views[start]!;
    let seen = false;
    let objects = false;
    for (
      end = start;
      end < views.length && views[end]![0] === matterId && views[end]![1] === participantId;
      end += 1
    ) {
      const [, , expressedAt, onMatter, objecting] = views[end]!;
      if (expressedAt > at) continue;
      seen = true;
      if (onMatter) objects = objecting;
    }
    if (!seen || partySince > day) continue;
    const tally = byMatter.get(matterId) ?? { statePartiesWithView: 0, statePartiesObjecting: 0 };
    tally.statePartiesWithView += 1;
    if (objects) tally.statePartiesObjecting += 1;
    byMatter.set(matterId, tally);
  }
  return byMatter;
}
