import {
  daysBetween,
  Health,
  isOpenMatter,
  localDate,
  MatterStatus,
  MilestoneStatus,
  rollUpReadiness,
  type MatterStatus as Status,
} from '@prepcom/domain';
import type { MatterState, ProcessSnapshot } from '../assessment/process-snapshot';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import type { ProcessEntity } from '../process/process.entity';
import type { Dashboard, MilestoneReadiness } from './dashboard.types';

const countable = (states: MatterState[]) =>
  states.filter((state) => state.status !== MatterStatus.WITHDRAWN);

/** Counts by status and health and the readiness roll-ups of some matters: the dashboard's and a report's. */
export function tallyMatters(matters: MatterState[]) {
  const open = matters.filter((state) => isOpenMatter(state.status));
  return {
    totalMatters: matters.length,
    openMatters: open.length,
    readiness: rollUpReadiness(countable(matters).map((state) => state.readiness.score)),
    openReadiness: rollUpReadiness(open.map((state) => state.readiness.score)),
    byStatus: (Object.values(MatterStatus) as Status[]).map((status) => ({
      status,
      count: matters.filter((state) => state.status === status).length,
    })),
    byHealth: Object.values(Health).map((health) => ({
      health,
      count: open.filter((state) => state.health?.level === health).length,
    })),
  };
}

/** Days from `asOf` to the start of `milestone`, in its time zone. */
export function daysUntil(asOf: Date, milestone: MilestoneEntity | null): number | null {
  if (!milestone) return null;
  return daysBetween(localDate(asOf, milestone.timeZone), localDate(milestone.startsAt, milestone.timeZone));
}

/** The dashboard's figures, all derived from one snapshot. */
export function summarise(process: ProcessEntity, snapshot: ProcessSnapshot): Dashboard {
  const { asOf, matters } = snapshot;
  const nextMilestone =
    snapshot.milestones.find(
      (milestone) => milestone.startsAt > asOf && milestone.status !== MilestoneStatus.CANCELLED,
    ) ?? null;
  const decisionDeadline = snapshot.milestone(process.decisionDeadlineMilestoneId ?? '') ?? null;
  return {
    asOf,
    ...tallyMatters(matters),
    nextMilestone,
    daysToNextMilestone: daysUntil(asOf, nextMilestone),
    decisionDeadline,
    daysToDecisionDeadline: daysUntil(asOf, decisionDeadline),
    milestones: milestoneReadiness(snapshot),
  };
}

/** Readiness of the matters due at each milestone that has any, in date order: the dashboard's and the series'. */
export function milestoneReadiness(snapshot: ProcessSnapshot): MilestoneReadiness[] {
  const byMilestone = new Map<string, MatterState[]>();
  for (const state of snapshot.matters) {
    byMilestone.set(state.decidingMilestone.id, [
      ...(byMilestone.get(state.decidingMilestone.id) ?? []),
      state,
    ]);
  }
  return snapshot.milestones.flatMap((milestone) => {
    const due = byMilestone.get(milestone.id);
    if (!due) return [];
    return [
      {
        milestone,
        readiness: rollUpReadiness(countable(due).map((state) => state.readiness.score)),
        matters: due.length,
        openMatters: due.filter((state) => isOpenMatter(state.status)).length,
      },
    ];
  });
}
