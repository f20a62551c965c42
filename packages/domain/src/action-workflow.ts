// The life of an action: to do, in progress, blocked, done (and reopened when done too soon).
import { type GuardFailure } from './guard-failure';
import { ActionStatus, type IsoDate } from './model';
import { refuseActionMove } from './transition';

const ACTION_MOVES: Record<ActionStatus, readonly ActionStatus[]> = {
  TODO: [ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.BLOCKED],
  IN_PROGRESS: [ActionStatus.TODO, ActionStatus.DONE, ActionStatus.BLOCKED],
  // A blocked action must be picked up again before it can be called done.
  BLOCKED: [ActionStatus.TODO, ActionStatus.IN_PROGRESS],
  DONE: [ActionStatus.IN_PROGRESS],
};

export function allowedActionMoves(from: ActionStatus): ActionStatus[] {
  return [...ACTION_MOVES[from]];
}

export function checkActionMove(from: ActionStatus, to: ActionStatus): GuardFailure[] {
  return ACTION_MOVES[from].includes(to) ? [] : [refuseActionMove(from, to, ACTION_MOVES[from])];
}

export function isActionOpen(status: ActionStatus): boolean {
  return status !== ActionStatus.DONE;
}

/** Open and due before `today`; an action due today is not yet overdue. */
export function isOverdue(action: { status: ActionStatus; dueDate: IsoDate }, today: IsoDate): boolean {
  return isActionOpen(action.status) && action.dueDate < today;
}
