import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  narrowest,
  visibleTiers,
  type Confidentiality,
  type MatterStatus,
  type OptionStage,
} from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionEntity } from '../option/option.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { entityJson, reviveEntities, type EntityJsonRow } from '../common/database/entity-rows';
import { ProcessSnapshot } from './process-snapshot';

/**
 * Loads a process snapshot in one statement whatever the process's size (the statement-count test holds us to it):
 * each kind of row comes back as a JSON array of objects shaped as the entity. The SQL is written out because this
 * is the hot path of every screen; one round trip instead of ten, and no per-row ORM mapping, is what let the
 * dashboard keep up with hand-written SQL (docs/benchmarks.md, decision 14).
 */
@Injectable()
export class SnapshotRepository {
  private statement: string | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** What `clearance` may not see is left out: hidden views in SQL, hidden matters and options when built. */
  async load(processId: string, asOf: Date, clearance: Confidentiality): Promise<ProcessSnapshot> {
    this.statement ??= snapshotSql(this.db);
    const [rows] = await this.db.query<SnapshotJson[]>(this.statement, [
      processId,
      asOf,
      visibleTiers(clearance),
    ]);
    const { transitions, option_stages, dependencies, tallies, later } = rows!;
    const milestones = reviveEntities(this.db, MilestoneEntity, rows!.milestones);
    const matters = reviveEntities(this.db, MatterEntity, rows!.matters);
    const options = reviveEntities(this.db, OptionEntity, rows!.options);
    undoChanges(milestones, later);
    undoChanges(matters, later);
    undoChanges(options, later);
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
        actions: reviveEntities(this.db, ActionEntity, rows!.actions),
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
        participants: reviveEntities(this.db, ParticipantEntity, rows!.participants),
      },
      { clearance },
    );
  }
}

/** The snapshot's answer: one column per kind of row, each a JSON array. */
interface SnapshotJson {
  milestones: EntityJsonRow[];
  matters: EntityJsonRow[];
  transitions: { matter_id: string; to_status: MatterStatus; deciding_milestone_id: string }[];
  options: EntityJsonRow[];
  option_stages: { option_id: string; to_stage: OptionStage }[];
  actions: EntityJsonRow[];
  dependencies: { matter_id: string; depends_on_id: string }[];
  tallies: { matter_id: string; with_view: number; objecting: number }[];
  participants: EntityJsonRow[];
  later: EarlierValue[];
}

/** The snapshot's statement ($1 process, $2 asOf, $3 visible tiers); entity columns come from their metadata. */
const snapshotSql = (db: DataSource) => `
  WITH process_matter AS (SELECT id FROM matter WHERE process_id = $1)
  SELECT
    (SELECT coalesce(json_agg(${entityJson(db, MilestoneEntity, 'm')} ORDER BY m.starts_at, m.title), '[]')
       FROM milestone m WHERE m.process_id = $1)
      AS milestones,
    (SELECT coalesce(json_agg(${entityJson(db, MatterEntity, 'm')}), '[]') FROM matter m WHERE m.process_id = $1)
      AS matters,
    (SELECT coalesce(json_agg(t), '[]') FROM (
       SELECT DISTINCT ON (t.matter_id) t.matter_id, t.to_status, t.deciding_milestone_id
         FROM matter_transition t JOIN process_matter m ON m.id = t.matter_id
        WHERE t.at <= $2
        ORDER BY t.matter_id, t.at DESC, t.seq DESC) t) AS transitions,
    (SELECT coalesce(json_agg(${entityJson(db, OptionEntity, 'o')} ORDER BY o.tabled_at, o.id), '[]')
       FROM matter_option o JOIN process_matter m ON m.id = o.matter_id
      WHERE o.tabled_at <= $2) AS options,
    (SELECT coalesce(json_agg(c), '[]') FROM (
       SELECT DISTINCT ON (c.option_id) c.option_id, c.to_stage
         FROM option_stage_change c JOIN matter_option o ON o.id = c.option_id JOIN process_matter m ON m.id = o.matter_id
        WHERE c.at <= $2
        ORDER BY c.option_id, c.at DESC, c.seq DESC) c) AS option_stages,
    (SELECT coalesce(json_agg(${entityJson(db, ActionEntity, 'a')} ORDER BY a.created_at, a.id), '[]')
       FROM action a WHERE a.process_id = $1 AND a.created_at <= $2) AS actions,
    (SELECT coalesce(json_agg(d), '[]') FROM (
       SELECT d.matter_id, d.depends_on_id FROM matter_dependency d JOIN process_matter m ON m.id = d.matter_id) d)
      AS dependencies,
    -- Per matter: States Parties (at asOf) with any view by then, and those whose latest view on the matter as a
    -- whole objects (a view on one option is not an objection to the matter). One sort: each party's latest view
    -- on the matter as a whole comes first, or else some view on an option.
    (SELECT coalesce(json_agg(t), '[]') FROM (
       SELECT matter_id, count(*) AS with_view, count(*) FILTER (WHERE position_on_matter = 'OBJECTS') AS objecting
         FROM (SELECT DISTINCT ON (v.matter_id, v.participant_id) v.matter_id,
                      CASE WHEN v.option_id IS NULL THEN v.position END AS position_on_matter
                 FROM participant_view v
                 JOIN process_matter m ON m.id = v.matter_id
                 JOIN participant p ON p.id = v.participant_id
                WHERE v.expressed_at <= $2 AND v.confidentiality = ANY($3::text[])
                  -- A view on an option the reader may not see is hidden with it.
                  AND (v.option_id IS NULL OR EXISTS (SELECT 1 FROM matter_option o
                        WHERE o.id = v.option_id AND o.confidentiality = ANY($3::text[])))
                  AND p.kind = 'STATE' AND p.became_party_on <= ($2::timestamptz AT TIME ZONE 'UTC')::date
                ORDER BY v.matter_id, v.participant_id, v.option_id IS NULL DESC, v.expressed_at DESC) party
        GROUP BY matter_id) t) AS tallies,
    -- Every participant, so nested proposers, owners and views' authors need no query: States and organisations
    -- are a few hundred at most, cheaper to read whole than to find among the process's thousands of views.
    (SELECT coalesce(json_agg(${entityJson(db, ParticipantEntity, 'p')}), '[]') FROM participant p) AS participants,
    -- For each field of its matters, options and milestones edited after asOf, its value before the first such
    -- edit: the audit trail turns today's rows back into the rows of that day. Status, deciding milestone and stage
    -- come from the workflow history instead. The confidentiality of then is read too: a record's past is shown
    -- only to those cleared for the narrower of its tier then and now (undoChanges).
    (SELECT coalesce(json_agg(e), '[]') FROM (
       SELECT DISTINCT ON (entity_id, field) entity_id, field, old_value
         FROM audit_event
        WHERE process_id = $1 AND at > $2 AND action = 'UPDATE'
          AND entity_type IN ('matter', 'matter_option', 'milestone')
          AND field NOT IN ('status', 'decidingMilestoneId', 'stage')
        ORDER BY entity_id, field, at, id) e) AS later`;

export interface EarlierValue {
  entity_id: string;
  field: string;
  old_value: unknown;
}

const INSTANT_FIELDS = new Set(['startsAt', 'endsAt', 'createdAt', 'completedAt', 'tabledAt']);

/**
 * Puts back the values rows had before later edits (instants come back from the audit trail as ISO text). A
 * confidentiality becomes the narrower of then and now: a past text closed then stays closed to those it was closed
 * to, and one closed since is not re-opened by looking back.
 */
export function undoChanges(rows: { id: string }[], earlier: EarlierValue[]): void {
  const byId = new Map(rows.map((row) => [row.id, row as Record<string, unknown>]));
  for (const { entity_id, field, old_value } of earlier) {
    const row = byId.get(entity_id);
    if (!row || !(field in row)) continue;
    if (field === 'confidentiality') {
      row[field] = narrowest(row[field] as Confidentiality, old_value as Confidentiality);
      continue;
    }
    row[field] = INSTANT_FIELDS.has(field) && typeof old_value === 'string' ? new Date(old_value) : old_value;
  }
}
