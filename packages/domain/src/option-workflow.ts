// The stages an option goes through, from tabled to adopted, and what the matter's status allows.
import { refusal, type GuardFailure } from './guard-failure';
import { MatterStatus, OptionStage } from './model';
import { refused, refuseOptionMove, type MovePlan } from './transition';

/** How far an option has come, least to most; WITHDRAWN stands outside the order. */
export const OPTION_STAGE_ORDER: readonly OptionStage[] = [
  OptionStage.TABLED,
  OptionStage.ELABORATED,
  OptionStage.CONVERGING,
  OptionStage.DRAFT_TEXT,
  OptionStage.ADOPTED,
];

const OPTION_MOVES: Record<OptionStage, readonly OptionStage[]> = {
  TABLED: [OptionStage.ELABORATED, OptionStage.CONVERGING, OptionStage.DRAFT_TEXT, OptionStage.WITHDRAWN],
  ELABORATED: [OptionStage.TABLED, OptionStage.CONVERGING, OptionStage.DRAFT_TEXT, OptionStage.WITHDRAWN],
  CONVERGING: [OptionStage.ELABORATED, OptionStage.DRAFT_TEXT, OptionStage.WITHDRAWN],
  DRAFT_TEXT: [OptionStage.CONVERGING, OptionStage.ADOPTED, OptionStage.WITHDRAWN],
  // Re-tabling starts the option over rather than restoring the stage it had reached.
  WITHDRAWN: [OptionStage.TABLED],
  ADOPTED: [],
};

export function allowedOptionMoves(from: OptionStage): OptionStage[] {
  return [...OPTION_MOVES[from]];
}

/** The stage's place in OPTION_STAGE_ORDER, or −1 for a withdrawn option, which has come no way at all. */
export function optionStageRank(stage: OptionStage): number {
  return OPTION_STAGE_ORDER.indexOf(stage);
}

/** The furthest stage any option still on the table has reached, or null when there is none. */
export function furthestOptionStage(options: readonly { stage: OptionStage }[]): OptionStage | null {
  let furthest: OptionStage | null = null;
  for (const { stage } of options) {
    if (stage === OptionStage.WITHDRAWN) continue;
    if (furthest === null || optionStageRank(stage) > optionStageRank(furthest)) furthest = stage;
  }
  return furthest;
}

/** Empty when the option may move; otherwise why not. A move the table lacks is reported alone. */
export function checkOptionMove(
  from: OptionStage,
  to: OptionStage,
  ctx: { matterStatus: MatterStatus },
): GuardFailure[] {
  if (!OPTION_MOVES[from].includes(to)) return [refuseOptionMove(from, to, OPTION_MOVES[from])];
  const { matterStatus } = ctx;
  // Once the matter is settled its options are the record of what was on the table; only the adoption is left.
  if (
    matterStatus === MatterStatus.WITHDRAWN ||
    (matterStatus === MatterStatus.DECIDED && to !== OptionStage.ADOPTED)
  ) {
    const code = matterStatus === MatterStatus.DECIDED ? 'MATTER_CLOSED_DECIDED' : 'MATTER_CLOSED_WITHDRAWN';
    return [refusal('MATTER_CLOSED', 'to', code, {})];
  }
  if (
    to === OptionStage.ADOPTED &&
    matterStatus !== MatterStatus.READY_FOR_DECISION &&
    matterStatus !== MatterStatus.DECIDED
  ) {
    return [refusal('MATTER_NOT_READY', 'to', 'MATTER_NOT_READY', { status: matterStatus })];
  }
  return [];
}

/** One stage change of an option, as its history keeps it. */
export interface OptionStep {
  fromStage: OptionStage | null;
  toStage: OptionStage;
  at: Date;
}

/** Everything a move of an option changes (its stage, a step of its history), or why it is refused. */
export function planOptionMove(
  option: { stage: OptionStage },
  to: OptionStage,
  facts: { matterStatus: MatterStatus; at: Date },
): MovePlan<{ stage: OptionStage }, OptionStep> {
  const refusals = checkOptionMove(option.stage, to, facts);
  if (refusals.length > 0) return refused(refusals);
  return {
    allowed: true,
    changes: { stage: to },
    history: { fromStage: option.stage, toStage: to, at: facts.at },
  };
}

/** The first step of every option: tabled. */
export function tabledStep(at: Date): OptionStep {
  return { fromStage: null, toStage: OptionStage.TABLED, at };
}
