import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import {
  assessMatter,
  clearanceOf,
  daysBetween,
  formatInZone,
  Health,
  isOpenMatter,
  localDate,
  MatterStatus,
  MilestoneStatus,
  resolveDueDate,
  rollUpReadiness,
  visibleTiers,
  type ActionStatus,
  type IsoDate,
  type OptionStage,
  type Position,
} from '@prepcom/domain';
import { DASHBOARD_PAGE } from './dashboard-query';

/** The path of the baseline arm of R2: the dashboard's data through hand-written SQL, as JSON. */
export const HANDWRITTEN_DASHBOARD_PATH = '/bench/dashboard/:processId';

interface MilestoneRow {
  id: string;
  title: string;
  short_title: string;
  starts_at: Date;
  time_zone: string;
  status: string;
  convenors: string[];
  contacts: string[];
}
interface MatterRow {
  id: string;
  title: string;
  status: MatterStatus;
  deciding_milestone_id: string;
  depends_on: string[];
}
interface OptionRow {
  matter_id: string;
  text: string;
  stage: OptionStage;
  proposer: string | null;
}
interface ActionRow {
  serves_matter_id: string;
  title: string;
  status: ActionStatus;
  blocks_decision: boolean;
  due_date: IsoDate | null;
  due_milestone_id: string | null;
  due_offset_days: number | null;
  owner: string | null;
}
interface ViewRow {
  matter_id: string;
  participant_id: string;
  position: Position;
  on_matter: boolean;
  party: boolean;
  name: string;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** States Parties with a view on the matter, and those whose latest view on the matter as a whole objects. */
function tally(views: ViewRow[]) {
  const withView = new Set<string>();
  const latestOnMatter = new Map<string, Position>();
  for (const view of views) {
    if (!view.party) continue;
    withView.add(view.participant_id);
    if (view.on_matter) latestOnMatter.set(view.participant_id, view.position);
  }
  const objecting = [...latestOnMatter.values()].filter((position) => position === 'OBJECTS').length;
  return { statePartiesWithView: withView.size, statePartiesObjecting: objecting };
}

/**
 * The dashboard a visitor sees now, written by hand as a developer without GraphQL would: six statements, one per
 * kind of rows, names joined in, then the same domain rules (readiness, health, roll-ups) and JSON. It reads today's
 * rows rather than replaying history, which "now" does not need. Returns exactly what the GraphQL dashboard query
 * of apps/bench (dashboard-query.ts) returns.
 */
export async function handwrittenDashboard(db: DataSource, processId: string, now: Date) {
  const tiers = visibleTiers(clearanceOf([]));
  const today = localDate(now, 'UTC');
  const [[process], milestones, matterRows, options, actions, views] = await Promise.all([
    db.query<{ title: string }[]>(`SELECT title FROM process WHERE id = $1`, [processId]),
    db.query<MilestoneRow[]>(
      `SELECT m.id, m.title, m.short_title, m.starts_at, m.time_zone, m.status,
              ARRAY(SELECT p.name FROM milestone_convenor c JOIN participant p ON p.id = c.participant_id
                     WHERE c.milestone_id = m.id) AS convenors,
              ARRAY(SELECT p.name FROM milestone_contact c JOIN person p ON p.id = c.person_id
                     WHERE c.milestone_id = m.id) AS contacts
         FROM milestone m WHERE m.process_id = $1 ORDER BY m.starts_at, m.title`,
      [processId],
    ),
    db.query<MatterRow[]>(
      `SELECT m.id, m.title, m.status, m.deciding_milestone_id,
              ARRAY(SELECT d.depends_on_id::text FROM matter_dependency d WHERE d.matter_id = m.id) AS depends_on
         FROM matter m WHERE m.process_id = $1 AND m.confidentiality = ANY($2) AND m.created_at <= $3`,
      [processId, tiers, now],
    ),
    db.query<OptionRow[]>(
      `SELECT o.matter_id, o.text, o.stage, p.name AS proposer
         FROM matter_option o JOIN matter m ON m.id = o.matter_id LEFT JOIN participant p ON p.id = o.proposer_id
        WHERE m.process_id = $1 AND o.confidentiality = ANY($2) AND o.tabled_at <= $3
        ORDER BY o.tabled_at, o.id`,
      [processId, tiers, now],
    ),
    db.query<ActionRow[]>(
      `SELECT a.serves_matter_id, a.title, a.status, a.blocks_decision, a.due_date::text AS due_date,
              a.due_milestone_id, a.due_offset_days, p.name AS owner
         FROM action a LEFT JOIN participant p ON p.id = a.owner_participant_id
        WHERE a.process_id = $1 AND a.serves_matter_id IS NOT NULL AND a.created_at <= $2
        ORDER BY a.created_at, a.id`,
      [processId, now],
    ),
    // Views by the process's matters' ids, which the views' index leads with: joined to matter instead, the
    // planner scanned every view of every process (300 ms at 100×), which no one tuning this page would keep.
    db.query<ViewRow[]>(
      `SELECT v.matter_id, v.participant_id, v.position, v.option_id IS NULL AS on_matter, p.name,
              p.kind = 'STATE' AND coalesce(p.became_party_on <= $3::date, false) AS party
         FROM participant_view v JOIN participant p ON p.id = v.participant_id
        WHERE v.matter_id = ANY(ARRAY(SELECT id FROM matter WHERE process_id = $1))
          AND v.confidentiality = ANY($2) AND v.expressed_at <= $4
        ORDER BY v.expressed_at`,
      [processId, tiers, today, now],
    ),
  ]);
  if (!process) return null;

  const milestoneById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const optionsByMatter = groupBy(options, (option) => option.matter_id);
  const actionsByMatter = groupBy(actions, (action) => action.serves_matter_id);
  const viewsByMatter = groupBy(views, (view) => view.matter_id);
  const present = matterRows.filter((matter) => milestoneById.has(matter.deciding_milestone_id));
  const presentById = new Map(present.map((matter) => [matter.id, matter]));
  const dueDate = (action: ActionRow): IsoDate => {
    if (action.due_date !== null) return action.due_date;
    const anchor = milestoneById.get(action.due_milestone_id!)!;
    const milestone = { startsAt: anchor.starts_at, timeZone: anchor.time_zone };
    return resolveDueDate({ kind: 'RELATIVE', offsetDays: action.due_offset_days ?? 0, milestone });
  };

  const matters = present
    .map((matter) => {
      const deciding = milestoneById.get(matter.deciding_milestone_id)!;
      const matterOptions = optionsByMatter.get(matter.id) ?? [];
      const matterActions = actionsByMatter.get(matter.id) ?? [];
      const matterViews = viewsByMatter.get(matter.id) ?? [];
      const dependencies = matter.depends_on.flatMap((id) => presentById.get(id) ?? []);
      const viewTally = tally(matterViews);
      const { readiness, health } = assessMatter(
        {
          status: matter.status,
          options: matterOptions,
          actions: matterActions.map((action) => ({
            title: action.title,
            status: action.status,
            blocksDecision: action.blocks_decision,
            dueDate: dueDate(action),
          })),
          dependencies: dependencies.map((dependency) => ({
            title: dependency.title,
            status: dependency.status,
            decidingMilestoneStartsAt: milestoneById.get(dependency.deciding_milestone_id)!.starts_at,
          })),
          views: viewTally,
          decidingMilestone: {
            title: deciding.title,
            startsAt: deciding.starts_at,
            timeZone: deciding.time_zone,
          },
        },
        now,
      );
      return {
        deciding,
        node: {
          title: matter.title,
          status: matter.status,
          decidingMilestone: { shortTitle: deciding.short_title },
          readiness: {
            score: readiness.score,
            reasons: readiness.reasons.map(({ code, message }) => ({ code, message })),
          },
          health: health && {
            level: health.level,
            reasons: health.reasons.map(({ message }) => ({ message })),
          },
          options: matterOptions.map((option) => ({
            text: option.text,
            stage: option.stage,
            proposer: option.proposer === null ? null : { name: option.proposer },
          })),
          actions: matterActions.map((action) => ({
            title: action.title,
            status: action.status,
            due: dueDate(action),
            owner: action.owner === null ? null : { name: action.owner },
          })),
          dependencies: dependencies.map(({ title, status }) => ({ title, status })),
          views: matterViews.map((view) => ({ position: view.position, participant: { name: view.name } })),
          viewTally,
        },
      };
    })
    .sort(
      (a, b) =>
        a.deciding.starts_at.getTime() - b.deciding.starts_at.getTime() ||
        a.node.title.localeCompare(b.node.title),
    );

  const countable = (due: typeof matters) =>
    due.filter(({ node }) => node.status !== MatterStatus.WITHDRAWN).map(({ node }) => node.readiness.score);
  const open = matters.filter(({ node }) => isOpenMatter(node.status));
  const next = milestones.find(
    (milestone) => milestone.starts_at > now && milestone.status !== MilestoneStatus.CANCELLED,
  );
  const dueAt = groupBy(matters, (matter) => matter.deciding.id);
  return {
    data: {
      process: {
        title: process.title,
        dashboard: {
          openMatters: open.length,
          readiness: rollUpReadiness(countable(matters)),
          daysToNextMilestone: next
            ? daysBetween(localDate(now, next.time_zone), localDate(next.starts_at, next.time_zone))
            : null,
          nextMilestone: next ? { title: next.title } : null,
          byHealth: Object.values(Health).map((level) => ({
            health: level,
            count: open.filter(({ node }) => node.health?.level === level).length,
          })),
          milestones: milestones.flatMap((milestone) => {
            const due = dueAt.get(milestone.id);
            if (!due) return [];
            return [
              {
                milestone: { shortTitle: milestone.short_title },
                readiness: rollUpReadiness(countable(due)),
                openMatters: due.filter(({ node }) => isOpenMatter(node.status)).length,
              },
            ];
          }),
        },
        milestones: {
          edges: milestones.slice(0, DASHBOARD_PAGE).map((milestone) => ({
            node: {
              title: milestone.title,
              startsAtLocal: formatInZone(milestone.starts_at, milestone.time_zone),
              convenors: milestone.convenors.map((name) => ({ name })),
              contacts: milestone.contacts.map((name) => ({ name })),
            },
          })),
        },
        matters: {
          totalCount: matters.length,
          edges: matters.slice(0, DASHBOARD_PAGE).map(({ node }) => ({ node })),
        },
      },
    },
  };
}

/** Serves the baseline on the API's own Fastify instance and connection pool. */
export function registerHandwrittenDashboard(fastify: FastifyInstance, db: DataSource): void {
  fastify.get<{ Params: { processId: string } }>(HANDWRITTEN_DASHBOARD_PATH, async (request, reply) => {
    const body = await handwrittenDashboard(db, request.params.processId, new Date());
    if (!body) return reply.code(404).send({ message: 'No such process.' });
    return body;
  });
}
