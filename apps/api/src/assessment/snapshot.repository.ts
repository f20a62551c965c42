import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { visibleTiers, type Confidentiality, type MatterStatus, type OptionStage } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionEntity } from '../option/option.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { ProcessSnapshot, type ViewTally } from './process-snapshot';

/**
 * Loads a process snapshot in ten statements whatever the process's size (the statement-count test holds us to
 * it). The SQL is written out because this is the hot path of every screen.
 */
@Injectable()
export class SnapshotRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** What `clearance` may not see is left out: hidden views in SQL, hidden matters and options when built. */
  async load(processId: string, asOf: Date, clearance: Confidentiality): Promise<ProcessSnapshot> {
    const tiers = visibleTiers(clearance);
    const [
      milestones,
      matters,
      transitions,
      options,
      optionStages,
      actions,
      dependencies,
      tallies,
      participants,
      later,
    ] = await Promise.all([
      this.db
        .getRepository(MilestoneEntity)
        .find({ where: { processId }, order: { startsAt: 'ASC', title: 'ASC' } }),
      this.db.getRepository(MatterEntity).find({ where: { processId } }),
      this.db.query<{ matter_id: string; to_status: MatterStatus; deciding_milestone_id: string }[]>(
        `SELECT DISTINCT ON (t.matter_id) t.matter_id, t.to_status, t.deciding_milestone_id
           FROM matter_transition t JOIN matter m ON m.id = t.matter_id
          WHERE m.process_id = $1 AND t.at <= $2
          ORDER BY t.matter_id, t.at DESC, t.seq DESC`,
        [processId, asOf],
      ),
      this.db
        .getRepository(OptionEntity)
        .createQueryBuilder('o')
        .innerJoin(MatterEntity, 'm', 'm.id = o.matter_id')
        .where('m.process_id = :processId AND o.tabled_at <= :asOf', { processId, asOf })
        .orderBy('o.tabled_at')
        .addOrderBy('o.id')
        .getMany(),
      this.db.query<{ option_id: string; to_stage: OptionStage }[]>(
        `SELECT DISTINCT ON (c.option_id) c.option_id, c.to_stage
           FROM option_stage_change c JOIN matter_option o ON o.id = c.option_id JOIN matter m ON m.id = o.matter_id
          WHERE m.process_id = $1 AND c.at <= $2
          ORDER BY c.option_id, c.at DESC, c.seq DESC`,
        [processId, asOf],
      ),
      this.db
        .getRepository(ActionEntity)
        .createQueryBuilder('a')
        .where('a.process_id = :processId AND a.created_at <= :asOf', { processId, asOf })
        .orderBy('a.created_at')
        .addOrderBy('a.id')
        .getMany(),
      this.db.query<{ matter_id: string; depends_on_id: string }[]>(
        `SELECT d.matter_id, d.depends_on_id FROM matter_dependency d JOIN matter m ON m.id = d.matter_id
          WHERE m.process_id = $1`,
        [processId],
      ),
      this.viewTallies(processId, asOf, tiers),
      // Everyone its options and actions name, so nested proposer and owner fields need no query of their own.
      this.db
        .getRepository(ParticipantEntity)
        .createQueryBuilder('p')
        .where(
          `p.id IN (SELECT o.proposer_id FROM matter_option o JOIN matter m ON m.id = o.matter_id WHERE m.process_id = :processId
                      UNION SELECT a.owner_participant_id FROM action a WHERE a.process_id = :processId)`,
          { processId },
        )
        .getMany(),
      this.changesAfter(processId, asOf),
    ]);
    undoChanges(milestones, later);
    undoChanges(matters, later);
    const stageByOption = new Map(optionStages.map((row) => [row.option_id, row.to_stage]));
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
        options: options.map((option) => ({
          ...option,
          stage: stageByOption.get(option.id) ?? option.stage,
        })),
        actions,
        dependencies: dependencies.map((row) => ({
          matterId: row.matter_id,
          dependsOnId: row.depends_on_id,
        })),
        viewTallies: tallies,
        participants,
      },
      { clearance },
    );
  }

  /**
   * For each field of the process's matters and milestones edited after asOf, its value before the first such edit:
   * the audit trail turns today's rows back into the rows of that day. Status and deciding milestone come from the
   * workflow history instead, and visibility always follows today's confidentiality (never re-opens what is closed).
   */
  private changesAfter(processId: string, asOf: Date): Promise<EarlierValue[]> {
    return this.db.query<EarlierValue[]>(
      `SELECT DISTINCT ON (entity_id, field) entity_id, field, old_value
         FROM audit_event
        WHERE process_id = $1 AND at > $2 AND action = 'UPDATE' AND entity_type IN ('matter', 'milestone')
          AND field NOT IN ('confidentiality', 'status', 'decidingMilestoneId')
        ORDER BY entity_id, field, at, id`,
      [processId, asOf],
    );
  }

  /**
   * Per matter: how many States that were parties at asOf had given any view by then, and how many of them
   * objected in their latest view on the matter as a whole (a view on one option is not an objection to the matter).
   */
  private async viewTallies(
    processId: string,
    asOf: Date,
    tiers: Confidentiality[],
  ): Promise<Map<string, ViewTally>> {
    const rows = await this.db.query<{ matter_id: string; with_view: string; objecting: string }[]>(
      `WITH party_views AS (
         SELECT v.matter_id, v.participant_id, v.option_id, v.position, v.expressed_at
           FROM participant_view v
           JOIN matter m ON m.id = v.matter_id
           JOIN participant p ON p.id = v.participant_id
          WHERE m.process_id = $1 AND v.expressed_at <= $2 AND v.confidentiality = ANY($3)
            AND p.kind = 'STATE' AND p.became_party_on <= ($2::timestamptz AT TIME ZONE 'UTC')::date
       ), latest_on_matter AS (
         SELECT DISTINCT ON (matter_id, participant_id) matter_id, position
           FROM party_views WHERE option_id IS NULL
          ORDER BY matter_id, participant_id, expressed_at DESC
       )
       SELECT w.matter_id, w.with_view, coalesce(o.objecting, 0) AS objecting
         FROM (SELECT matter_id, count(DISTINCT participant_id) AS with_view FROM party_views GROUP BY matter_id) w
         LEFT JOIN (SELECT matter_id, count(*) AS objecting FROM latest_on_matter WHERE position = 'OBJECTS' GROUP BY matter_id) o
           USING (matter_id)`,
      [processId, asOf, tiers],
    );
    return new Map(
      rows.map((row) => [
        row.matter_id,
        { statePartiesWithView: Number(row.with_view), statePartiesObjecting: Number(row.objecting) },
      ]),
    );
  }
}

interface EarlierValue {
  entity_id: string;
  field: string;
  old_value: unknown;
}

const INSTANT_FIELDS = new Set(['startsAt', 'endsAt', 'createdAt', 'completedAt']);

/** Puts back the values rows had before later edits (instants come back from the audit trail as ISO text). */
function undoChanges(rows: { id: string }[], earlier: EarlierValue[]): void {
  const byId = new Map(rows.map((row) => [row.id, row as Record<string, unknown>]));
  for (const { entity_id, field, old_value } of earlier) {
    const row = byId.get(entity_id);
    if (!row || !(field in row)) continue;
    row[field] = INSTANT_FIELDS.has(field) && typeof old_value === 'string' ? new Date(old_value) : old_value;
  }
}
