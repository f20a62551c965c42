import {
  actionStatusAsOf,
  assessMatter,
  canSee,
  type Confidentiality,
  type Health,
  type IsoDate,
  type MatterFacts,
  type MatterStatus,
  type Reason,
} from '@prepcom/domain';
import { actionDueDate } from './action-due-date';
import { groupBy } from '../common/group-by';
import type { ActionEntity } from '../action/action.entity';
import type { MatterEntity } from '../matter/matter.entity';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import type { OptionEntity } from '../option/option.entity';
import type { ParticipantEntity } from '../participant/participant.entity';

export interface ViewTally {
  statePartiesWithView: number;
  statePartiesObjecting: number;
}

/** A matter as it stood at the snapshot's instant, with its derived readiness and health. */
export interface MatterState {
  matter: MatterEntity;
  status: MatterStatus;
  decidingMilestone: MilestoneEntity;
  /** Options tabled by then, each at the stage it had then. */
  options: OptionEntity[];
  /** Actions created by then, each with the status it had then. */
  actions: ActionEntity[];
  dependencyIds: string[];
  views: ViewTally;
  readiness: { score: number; reasons: Reason[] };
  health: { level: Health; reasons: Reason[] } | null;
}

/** Raw rows for one process as of one instant; `ProcessSnapshot.build` derives everything else from them. */
export interface SnapshotRows {
  milestones: MilestoneEntity[];
  matters: MatterEntity[];
  latestTransitions: Map<string, { status: MatterStatus; decidingMilestoneId: string }>;
  options: OptionEntity[];
  actions: ActionEntity[];
  dependencies: { matterId: string; dependsOnId: string }[];
  viewTallies: Map<string, ViewTally>;
  /** Every participant (a few hundred at most): those its options, actions and views name among them. */
  participants: ParticipantEntity[];
}

/** What the reader may see; everything else is left out before anything is derived. */
export interface Audience {
  clearance: Confidentiality;
}

const NO_VIEWS: ViewTally = { statePartiesWithView: 0, statePartiesObjecting: 0 };

/**
 * Everything a process's screens need, as of one instant, loaded in a fixed number of statements and assessed once
 * per request: matters lists, the dashboard, milestones' roll-ups and nested options/actions all read from it.
 */
export class ProcessSnapshot {
  private readonly milestonesById: Map<string, MilestoneEntity>;
  private readonly mattersById: Map<string, MatterState>;
  private readonly actionsByMilestone: Map<string, ActionEntity[]>;

  private constructor(
    readonly processId: string,
    readonly asOf: Date,
    readonly milestones: MilestoneEntity[],
    /** Matters that existed at `asOf`, ordered by deciding milestone then title (and so are their dependencies). */
    readonly matters: MatterState[],
    /** Actions created by then, each with the status it had then. */
    readonly actions: ActionEntity[],
    readonly participants: ParticipantEntity[],
    readonly clearance: Confidentiality,
  ) {
    this.milestonesById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
    this.mattersById = new Map(matters.map((state) => [state.matter.id, state]));
    this.actionsByMilestone = groupBy(actions, (action) => action.servesMilestoneId);
  }

  matter(id: string): MatterState | undefined {
    return this.mattersById.get(id);
  }

  milestone(id: string): MilestoneEntity | undefined {
    return this.milestonesById.get(id);
  }

  actionsServingMilestone(milestoneId: string): ActionEntity[] {
    return this.actionsByMilestone.get(milestoneId) ?? [];
  }

  dueDate(action: ActionEntity): IsoDate {
    return actionDueDate(action, this.milestone(action.dueMilestoneId ?? ''));
  }

  /**
   * Derives every matter's state as of `asOf` from what `audience` may see: hidden matters, hidden options and the
   * actions serving hidden matters are dropped first, so readiness, health and counts never reveal them.
   */
  static build(processId: string, asOf: Date, rows: SnapshotRows, audience: Audience): ProcessSnapshot {
    const visible = (tier: Confidentiality) => canSee(tier, audience.clearance);
    const milestonesById = new Map(rows.milestones.map((milestone) => [milestone.id, milestone]));
    const visibleMatters = rows.matters.filter((matter) => visible(matter.confidentiality));
    const visibleMatterIds = new Set(visibleMatters.map((matter) => matter.id));
    const actions = rows.actions
      .filter((action) => action.servesMatterId === null || visibleMatterIds.has(action.servesMatterId))
      .map((action) => actionAsOf(action, asOf));
    const optionsByMatter = groupBy(
      rows.options.filter((option) => visible(option.confidentiality)),
      (option) => option.matterId,
    );
    const actionsByMatter = groupBy(actions, (action) => action.servesMatterId);
    const dependenciesByMatter = groupBy(rows.dependencies, (dependency) => dependency.matterId);

    const base = visibleMatters
      .flatMap((matter) => {
        const latest = rows.latestTransitions.get(matter.id);
        const decidingMilestone = latest && milestonesById.get(latest.decidingMilestoneId);
        return latest && decidingMilestone ? [{ matter, status: latest.status, decidingMilestone }] : [];
      })
      .sort(
        (a, b) =>
          a.decidingMilestone.startsAt.getTime() - b.decidingMilestone.startsAt.getTime() ||
          a.matter.title.localeCompare(b.matter.title),
      );
    const baseById = new Map(base.map((entry) => [entry.matter.id, entry]));
    const position = new Map(base.map((entry, index) => [entry.matter.id, index]));
    const milestone = (id: string) => milestonesById.get(id);

    const states = base.map(({ matter, status, decidingMilestone }): MatterState => {
      const options = optionsByMatter.get(matter.id) ?? [];
      const matterActions = actionsByMatter.get(matter.id) ?? [];
      // A dependency that did not exist yet at asOf is not a dependency then.
      const dependencyIds = (dependenciesByMatter.get(matter.id) ?? [])
        .map((dependency) => dependency.dependsOnId)
        .filter((id) => baseById.has(id))
        .sort((a, b) => position.get(a)! - position.get(b)!);
      const views = rows.viewTallies.get(matter.id) ?? NO_VIEWS;
      const facts: MatterFacts = {
        status,
        options,
        actions: matterActions.map((action) => ({
          title: action.title,
          status: action.status,
          blocksDecision: action.blocksDecision,
          dueDate: actionDueDate(action, milestone(action.dueMilestoneId ?? '')),
        })),
        dependencies: dependencyIds.map((id) => {
          const dependency = baseById.get(id)!;
          return {
            title: dependency.matter.title,
            status: dependency.status,
            decidingMilestoneStartsAt: dependency.decidingMilestone.startsAt,
          };
        }),
        views,
        decidingMilestone,
      };
      const { readiness, health } = assessMatter(facts, asOf);
      return {
        matter,
        status,
        decidingMilestone,
        options,
        actions: matterActions,
        dependencyIds,
        views,
        readiness,
        health,
      };
    });
    return new ProcessSnapshot(
      processId,
      asOf,
      rows.milestones,
      states,
      actions,
      rows.participants,
      audience.clearance,
    );
  }
}

/** The action as it stood at asOf (`actionStatusAsOf`): one done or cancelled later was still open then. */
function actionAsOf(action: ActionEntity, asOf: Date): ActionEntity {
  const status = actionStatusAsOf(action, asOf);
  if (status === action.status) return action;
  return { ...action, status, completedAt: null, cancelledAt: null, cancellationReason: null };
}
