import { MatterStatus, OptionStage } from '@prepcom/domain';

export interface StageStep {
  from: OptionStage | null;
  to: OptionStage;
  at: Date;
}

/**
 * The sample data gives each option's final stage only. Its history is rebuilt from the matter's own steps, so
 * readiness "as of" a past day sees draft text appear when the matter became ready, and adoption on the day of
 * the decision.
 */
export function optionHistory(
  finalStage: OptionStage,
  tabledAt: Date,
  matterSteps: { to: MatterStatus; at: Date }[],
): StageStep[] {
  const stepAt = (status: MatterStatus) => matterSteps.find((step) => step.to === status)?.at;
  const later = (at: Date | undefined) => new Date(Math.max(tabledAt.getTime(), (at ?? tabledAt).getTime()));
  const developing = later(stepAt(MatterStatus.OPTIONS_DEVELOPING));
  const ready = later(stepAt(MatterStatus.READY_FOR_DECISION) ?? stepAt(MatterStatus.DECIDED));
  const decided = later(stepAt(MatterStatus.DECIDED));
  const steps: StageStep[] = [{ from: null, to: OptionStage.TABLED, at: tabledAt }];
  const go = (to: OptionStage, at: Date) => steps.push({ from: steps[steps.length - 1]!.to, to, at });
  switch (finalStage) {
    case OptionStage.TABLED:
      break;
    case OptionStage.ELABORATED:
    case OptionStage.CONVERGING:
      go(finalStage, developing);
      break;
    case OptionStage.DRAFT_TEXT:
      go(OptionStage.DRAFT_TEXT, ready);
      break;
    case OptionStage.ADOPTED:
      go(OptionStage.DRAFT_TEXT, ready);
      go(OptionStage.ADOPTED, decided);
      break;
    case OptionStage.WITHDRAWN:
      go(OptionStage.WITHDRAWN, ready);
      break;
  }
  return steps;
}
