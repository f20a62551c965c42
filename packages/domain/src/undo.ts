// A final move (a decision, a withdrawal) can be taken back by the person who made it, for a short while: long
// enough to notice a slip of the hand, short enough that nobody has yet acted on the outcome. After that it stands.
import { refusal, type GuardFailure } from './guard-failure';
import { moveFields, type MatterMoveFields, type MatterMovePlan } from './matter-workflow';
import { MatterStatus } from './model';
import { refused } from './transition';

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

/** The fields a final move may have replaced besides the status, which undoing it puts back. */
const RESTORED_FIELDS = ['outcome', 'outcomeMilestoneId', 'decidingMilestoneId'] as const;
type RestoredFields = Pick<MatterMoveFields, (typeof RESTORED_FIELDS)[number]>;

/** A matter's last move as its history and the audit trail recorded it: from where, and the values it replaced. */
export interface RecordedMove extends LastMove {
  from: MatterStatus;
  replaced: Partial<RestoredFields>;
}

/** The values a move replaced, from the changes recorded with it (field and old value), status aside. */
export function valuesReplaced(
  changes: readonly { field: string; oldValue: unknown }[],
): Partial<RestoredFields> {
  const replaced: Partial<Record<string, unknown>> = {};
  for (const { field, oldValue } of changes) {
    if ((RESTORED_FIELDS as readonly string[]).includes(field)) replaced[field] = oldValue;
  }
  return replaced as Partial<RestoredFields>;
}

/**
 * Undoing `accountId`'s own final move, or every reason they cannot: the matter returns to the status, outcome
 * and milestones it had before, as a step of its own in the history.
 */
export function planMatterUndo(
  matter: MatterMoveFields,
  last: RecordedMove | null,
  accountId: string,
  now: Date,
): MatterMovePlan {
  const refusals = undoRefusals(last, accountId, now);
  if (refusals.length > 0) return refused(refusals);
  const changes: MatterMoveFields = { ...moveFields(matter), ...last!.replaced, status: last!.from };
  return {
    allowed: true,
    changes,
    history: {
      fromStatus: matter.status,
      toStatus: changes.status,
      at: now,
      atMilestoneId: null,
      decidingMilestoneId: changes.decidingMilestoneId,
      note: null,
    },
  };
}
