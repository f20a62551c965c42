import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { visibleTiers, type Confidentiality, type MatterStatus, type OptionStage } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { type EarlierValue, undoChanges } from '../common/database/turn-back';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionEntity } from '../option/option.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { preparedStatement } from '../common/database/prepared-statements';
import { sqlFile } from '../common/database/sql-file';
import { EntityArrays, spellOutEntityArrays } from '../common/database/entity-arrays';
import { ProcessSnapshot } from './process-snapshot';

/** The snapshot's statement ($1 process, $2 asOf, $3 visible tiers), written out whole but for its entities' columns. */
const SNAPSHOT = sqlFile(__dirname, 'snapshot.sql');

/**
 * A statement that reads the snapshot's entities whole (snapshot.sql, history.sql), each `{{entity alias}}` spelt
 * out as that row's array of the entity's columns, with the arrays that revive its answer; prepared once per
 * connection (decision 47). Built on first use: the data source has no entity metadata before it connects (or
 * ever, printing the schema).
 */
export class EntitiesStatement {
  private built?: { text: string; arrays: ReturnType<typeof EntitiesStatement.arrays> };

  constructor(
    private readonly db: DataSource,
    private readonly sql: string,
  ) {}

  /** The entities, under the names the statements' placeholders use. */
  private static arrays(db: DataSource) {
    return {
      milestone: new EntityArrays(db, MilestoneEntity),
      matter: new EntityArrays(db, MatterEntity),
      option: new EntityArrays(db, OptionEntity),
      action: new EntityArrays(db, ActionEntity),
      participant: new EntityArrays(db, ParticipantEntity),
    };
  }

  get(): { text: string; arrays: ReturnType<typeof EntitiesStatement.arrays> } {
    if (!this.built) {
      const arrays = EntitiesStatement.arrays(this.db);
      this.built = { text: preparedStatement(spellOutEntityArrays(this.sql, arrays)), arrays };
    }
    return this.built;
  }
}

/**
 * Loads a process snapshot in one statement whatever the process's size (the statement-count test holds us to it):
 * each kind of row comes back as a JSON array of objects shaped as the entity (snapshot.sql). The SQL is written
 * out because this is the hot path of every screen; one round trip instead of ten, and no per-row ORM mapping, is
 * what let the dashboard keep up with hand-written SQL (docs/benchmarks.md, decision 14).
 */
@Injectable()
export class SnapshotRepository {
  private readonly statement: EntitiesStatement;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.statement = new EntitiesStatement(db, SNAPSHOT);
  }

  /** What `clearance` may not see is left out: hidden views in SQL, hidden matters and options when built. */
  async load(processId: string, asOf: Date, clearance: Confidentiality): Promise<ProcessSnapshot> {
    const { text, arrays } = this.statement.get();
    const [rows] = await this.db.query<SnapshotJson[]>(text, [processId, asOf, visibleTiers(clearance)]);
    const { transitions, option_stages, dependencies, tallies, later } = rows!;
    const milestones = arrays.milestone.revive(rows!.milestones);
    const matters = arrays.matter.revive(rows!.matters);
    const options = arrays.option.revive(rows!.options);
    undoChanges(milestones, later, INSTANT_FIELDS);
    undoChanges(matters, later, INSTANT_FIELDS);
    undoChanges(options, later, INSTANT_FIELDS);
    const stageByOption = new Map(option_stages.map((row) => [row.option_id, row.to_stage]));
    return ProcessSnapshot.build(
      processId,
      asOf,
      {
        milestones,
        matters,
        latestTransitions: new Map(
          transitions.map((row) => [
            row.matter_id,
            { status: row.to_status, decidingMilestoneId: row.deciding_milestone_id },
          ]),
        ),
        options: options.map((option) => {
          option.stage = stageByOption.get(option.id) ?? option.stage;
          return option;
        }),
        actions: arrays.action.revive(rows!.actions),
        dependencies: dependencies.map((row) => ({
          matterId: row.matter_id,
          dependsOnId: row.depends_on_id,
        })),
        viewTallies: new Map(
          tallies.map((row) => [
            row.matter_id,
            { statePartiesWithView: row.with_view, statePartiesObjecting: row.objecting },
          ]),
        ),
        participants: arrays.participant.revive(rows!.participants),
      },
      { clearance },
    );
  }
}

/** The snapshot's answer: one column per kind of row, each a JSON array (of arrays, for the entities). */
interface SnapshotJson {
  milestones: unknown[][];
  matters: unknown[][];
  transitions: { matter_id: string; to_status: MatterStatus; deciding_milestone_id: string }[];
  options: unknown[][];
  option_stages: { option_id: string; to_stage: OptionStage }[];
  actions: unknown[][];
  dependencies: { matter_id: string; depends_on_id: string }[];
  tallies: { matter_id: string; with_view: number; objecting: number }[];
  participants: unknown[][];
  later: EarlierValue[];
}

/** The snapshot's entities' instants, which the audit trail keeps as ISO text (for `undoChanges`). */
export const INSTANT_FIELDS = new Set(['startsAt', 'endsAt', 'createdAt', 'completedAt', 'tabledAt']);
