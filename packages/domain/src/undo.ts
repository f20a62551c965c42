// A final move (a decision, a withdrawal) can be taken back by the person who made it, for a short while: long
// enough to notice a slip of the hand, short enough that nobody has yet acted on the outcome. After that it stands.
import { refusal, type GuardFailure } from './guard-failure';
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
    return [refusal('NOTHING_TO_UNDO', 'matterId', 'NOTHING_TO_UNDO', {})];
  }
  const decided = last.to === MatterStatus.DECIDED;
  const failures: GuardFailure[] = [];
  if (last.byAccountId !== accountId) {
    failures.push(
      refusal('NOT_YOUR_MOVE', 'matterId', decided ? 'NOT_YOUR_DECISION' : 'NOT_YOUR_WITHDRAWAL', {}),
    );
  }
  if (now.getTime() > closes(last).getTime()) {
    failures.push(
      refusal(
        'UNDO_TIME_PASSED',
        'matterId',
        decided ? 'UNDO_TIME_PASSED_DECIDED' : 'UNDO_TIME_PASSED_WITHDRAWN',
        {
          minutes: UNDO_WINDOW_MINUTES,
        },
      ),
    );
  }
  return failures;
}

const closes = (last: LastMove) => new Date(last.at.getTime() + UNDO_WINDOW_MINUTES * 60_000);
