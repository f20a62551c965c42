// The life of an action: to do, in progress, blocked, done (and reopened when done too soon); cancelled when the
// work is no longer wanted, with the reason, and reinstated from the start if it is wanted again.
import { refusal, type GuardFailure } from './guard-failure';
import { ActionStatus, type IsoDate } from './model';
import { refused, refuseActionMove, trimmedOrNull, type MovePlan } from './transition';

const ACTION_MOVES: Record<ActionStatus, readonly ActionStatus[]> = {
  TODO: [ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.BLOCKED, ActionStatus.CANCELLED],
  IN_PROGRESS: [ActionStatus.TODO, ActionStatus.DONE, ActionStatus.BLOCKED, ActionStatus.CANCELLED],
  // A blocked action must be picked up again before it can be called done; it may be given up on.
  BLOCKED: [ActionStatus.TODO, ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED],
  // Work done stays done: if it was done too soon it is reopened, and only then could it be cancelled.
  DONE: [ActionStatus.IN_PROGRESS],
  // Reinstated work starts over, as a re-tabled option does, rather than restoring how far it had come.
  CANCELLED: [ActionStatus.TODO],
};

export function allowedActionMoves(from: ActionStatus): ActionStatus[] {
  return [...ACTION_MOVES[from]];
}

export function checkActionMove(from: ActionStatus, to: ActionStatus, note?: string | null): GuardFailure[] {
  if (!ACTION_MOVES[from].includes(to)) return [refuseActionMove(from, to, ACTION_MOVES[from])];
  if (to === ActionStatus.CANCELLED && trimmedOrNull(note) === null) {
    return [refusal('REASON_REQUIRED', 'note', 'ACTION_CANCEL_REASON_REQUIRED', {})];
  }
  return [];
}

/**
 * Whether an action's owner may make this move on their own: they start, block, complete and reopen their work,
 * but dropping it, or taking up again what was dropped, is for those who assign actions (`action.write`).
 */
export function ownerMayMakeActionMove(from: ActionStatus, to: ActionStatus): boolean {
  return from !== ActionStatus.CANCELLED && to !== ActionStatus.CANCELLED;
}

/** The fields of an action that its moves change. */
export interface ActionMoveFields {
  status: ActionStatus;
  /** Set when it is done, cleared when reopened. */
  completedAt: Date | null;
  /** Set with the reason when it is cancelled, both cleared when reinstated (the audit trail keeps them). */
  cancelledAt: Date | null;
  cancellationReason: string | null;
}

/**
 * Everything a move of an action changes, or why it is refused. Actions keep no history table of their own: the
 * audit trail records each move, field by field.
 */
export function planActionMove(
  action: ActionMoveFields,
  request: { to: ActionStatus; note?: string | null },
  at: Date,
): MovePlan<ActionMoveFields, null> {
  const refusals = checkActionMove(action.status, request.to, request.note);
  if (refusals.length > 0) return refused(refusals);
  const cancelled = request.to === ActionStatus.CANCELLED;
  return {
    allowed: true,
    changes: {
      status: request.to,
      completedAt: request.to === ActionStatus.DONE ? at : null,
      cancelledAt: cancelled ? at : null,
      cancellationReason: cancelled ? trimmedOrNull(request.note) : null,
    },
    history: null,
  };
}

/** Work still to be done: neither done nor cancelled. */
export function isActionOpen(status: ActionStatus): boolean {
  return status !== ActionStatus.DONE && status !== ActionStatus.CANCELLED;
}

/** Open and due before `today`; an action due today is not yet overdue. */
export function isOverdue(action: { status: ActionStatus; dueDate: IsoDate }, today: IsoDate): boolean {
  return isActionOpen(action.status) && action.dueDate < today;
}

/**
 * An action's status as it stood at `asOf`. Actions keep no status history, only when they were completed or
 * cancelled: one done or cancelled later was open then, and counts as in progress (as reopened work does).
 */
export function actionStatusAsOf(
  action: Pick<ActionMoveFields, 'status' | 'completedAt' | 'cancelledAt'>,
  asOf: Date,
): ActionStatus {
  const closedAt = action.status === ActionStatus.DONE ? action.completedAt : action.cancelledAt;
  if (isActionOpen(action.status) || (closedAt !== null && closedAt <= asOf)) return action.status;
  return ActionStatus.IN_PROGRESS;
}
