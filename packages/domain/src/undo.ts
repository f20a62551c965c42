// A final move (a decision, a withdrawal) can be taken back by the person who made it, for a short while: long
// enough to notice a slip of the hand, short enough that nobody has yet acted on the outcome. After that it stands.
import { type GuardFailure } from './guard-failure';
import { MatterStatus } from './model';

/** How long, in minutes, the person who decided or withdrew a matter may undo it. */
export const UNDO_WINDOW_MINUTES = 10;

const FINAL: readonly MatterStatus[] = [MatterStatus.DECIDED, MatterStatus.WITHDRAWN];

/** A matter's last step through its workflow, and who took it. */
export interface LastMove {
  to: MatterStatus;
  at: Date;
  byAccountId: string | null;
}

/** Until when `accountId` may undo the move, or null when it cannot (not final, not theirs, too late). */
export function undoableUntil(last: LastMove | null, accountId: string, now: Date): Date | null {
  return undoRefusals(last, accountId, now).length === 0 ? closes(last!) : null;
}

/** Every reason `accountId` cannot undo the matter's last move now; an empty list when they can. */
export function undoRefusals(last: LastMove | null, accountId: string, now: Date): GuardFailure[] {
  if (!last || !FINAL.includes(last.to)) {
    return [
      {
        guard: 'NOTHING_TO_UNDO',
        field: 'matterId',
        message: "Only a decision or a withdrawal can be undone; this matter's last step was neither.",
      },
    ];
  }
  const done = last.to === MatterStatus.DECIDED ? 'decided' : 'withdrawn';
  const failures: GuardFailure[] = [];
  if (last.byAccountId !== accountId) {
    failures.push({
      guard: 'NOT_YOUR_MOVE',
      field: 'matterId',
      message: `Only the person who ${done === 'decided' ? 'decided' : 'withdrew'} the matter may undo it.`,
    });
  }
  if (now.getTime() > closes(last).getTime()) {
    failures.push({
      guard: 'UNDO_TIME_PASSED',
      field: 'matterId',
      message: `The matter was ${done} more than ${UNDO_WINDOW_MINUTES} minutes ago: the ${done === 'decided' ? 'decision' : 'withdrawal'} stands.`,
    });
  }
  return failures;
}

const closes = (last: LastMove) => new Date(last.at.getTime() + UNDO_WINDOW_MINUTES * 60_000);
