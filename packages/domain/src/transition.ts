// The one refusal every workflow shares: a move its table does not have.
import { phrase, refusal, type GuardFailure } from './guard-failure';
import { type ActionStatus, type MatterStatus, type OptionStage } from './model';

type Refuse = (from: string, to: string, allowed: readonly string[]) => GuardFailure;

function refuser(
  noun: 'MATTER' | 'OPTION' | 'ACTION',
  name: (value: string) => ReturnType<typeof phrase>,
): Refuse {
  return (from, to, allowed) => {
    const moves = allowed.map(name);
    if (allowed.length === 0)
      return refusal('TRANSITION_NOT_ALLOWED', 'to', `${noun}_MOVE_FINAL`, { from, to });
    if (from === to)
      return refusal('TRANSITION_NOT_ALLOWED', 'to', `${noun}_MOVE_ALREADY`, { to, allowed: moves });
    return refusal('TRANSITION_NOT_ALLOWED', 'to', `${noun}_MOVE_NOT_ALLOWED`, { from, to, allowed: moves });
  };
}

export const refuseMatterMove: (
  from: MatterStatus,
  to: MatterStatus,
  allowed: readonly MatterStatus[],
) => GuardFailure = refuser('MATTER', (status) => phrase('MATTER_STATUS_NAME', { status }));

export const refuseOptionMove: (
  from: OptionStage,
  to: OptionStage,
  allowed: readonly OptionStage[],
) => GuardFailure = refuser('OPTION', (stage) => phrase('OPTION_STAGE_NAME', { stage }));

export const refuseActionMove: (
  from: ActionStatus,
  to: ActionStatus,
  allowed: readonly ActionStatus[],
) => GuardFailure = refuser('ACTION', (status) => phrase('ACTION_STATUS_NAME', { status }));

/**
 * What a move does, decided in one place: refused with every guard that failed, or allowed with the values the
 * record takes and what its history gains. Services load the facts, call the plan, apply it and save.
 */
export type MovePlan<Changes, History> =
  { allowed: false; refusals: GuardFailure[] } | { allowed: true; changes: Changes; history: History };

export function refused(refusals: GuardFailure[]): { allowed: false; refusals: GuardFailure[] } {
  return { allowed: false, refusals };
}

/** Trimmed text, or null when nothing but spaces was given. */
export function trimmedOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
