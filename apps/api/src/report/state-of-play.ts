import {
  Health,
  isOpenMatter,
  localDate,
  ParticipantKind,
  partiesNotYetHeard,
  positionsOn,
  type Confidentiality,
  type IsoDate,
  type PositionCounts,
  type PositionView,
} from '@prepcom/domain';
import type { MatterState, ProcessSnapshot } from '../assessment/process-snapshot';
import { daysUntil, tallyMatters } from '../dashboard/summarise';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import type { ParticipantEntity } from '../participant/participant.entity';

/** Who a report was made for: it shows exactly what this reader may see, and says so. */
export interface ReportReader {
  person: string | null;
  participant: string | null;
  clearance: Confidentiality;
}

/** One matter in the report: as the matter's page shows it, with the States Parties' positions counted. */
export interface StateOfPlayMatter {
  state: MatterState;
  /** On the matter as a whole. */
  positions: PositionCounts;
  /** On each option the reader may see, by option id. */
  optionPositions: Map<string, PositionCounts>;
  /** States Parties that have given no view on the matter or any of its options, by name. */
  notYetHeard: ParticipantEntity[];
  dependencies: MatterState[];
}

/** Where things stand for one milestone (or the whole process) as of one instant, for one reader. */
export interface StateOfPlay {
  snapshot: ProcessSnapshot;
  asOf: Date;
  /** Null: every milestone of the process. */
  milestone: MilestoneEntity | null;
  daysToMilestone: number | null;
  /** The day, at the venue, whose States Parties are counted. */
  partiesOn: IsoDate;
  statesParties: ParticipantEntity[];
  tally: ReturnType<typeof tallyMatters>;
  /** Open matters at risk or off track, the worst first. */
  atRisk: MatterState[];
  matters: StateOfPlayMatter[];
  reader: ReportReader;
}

const HEALTH_ORDER: Record<Health, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 };

/**
 * Assembles the report from a snapshot (already filtered to the reader's clearance) and the views the reader may
 * see, keyed by matter id; `timeZone` is the venue whose day says who the States Parties were.
 */
export function assembleStateOfPlay(
  snapshot: ProcessSnapshot,
  milestone: MilestoneEntity | null,
  viewsByMatter: ReadonlyMap<string, readonly PositionView[]>,
  timeZone: string,
  reader: ReportReader,
): StateOfPlay {
  const { asOf } = snapshot;
  const partiesOn = localDate(asOf, timeZone);
  const statesParties = snapshot.participants
    .filter(
      (participant) =>
        participant.kind === ParticipantKind.STATE &&
        participant.becamePartyOn !== null &&
        participant.becamePartyOn <= partiesOn,
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  const partyIds = new Set(statesParties.map((party) => party.id));
  const states = snapshot.matters.filter(
    (state) => milestone === null || state.decidingMilestone.id === milestone.id,
  );
  const matters = states.map((state): StateOfPlayMatter => {
    // A view on an option the reader may not see is hidden with the option, as on the matter's page.
    const optionIds = new Set(state.options.map((option) => option.id));
    const views = (viewsByMatter.get(state.matter.id) ?? []).filter(
      (view) => view.optionId === null || optionIds.has(view.optionId),
    );
    return {
      state,
      positions: positionsOn(views, null, partyIds).counts,
      optionPositions: new Map(
        state.options.map((option) => [option.id, positionsOn(views, option.id, partyIds).counts]),
      ),
      notYetHeard: partiesNotYetHeard(statesParties, views),
      dependencies: state.dependencyIds.flatMap((id) => snapshot.matter(id) ?? []),
    };
  });
  const atRisk = states
    .filter((state) => isOpenMatter(state.status) && state.health && state.health.level !== Health.ON_TRACK)
    .sort((a, b) => HEALTH_ORDER[a.health!.level] - HEALTH_ORDER[b.health!.level]);
  return {
    snapshot,
    asOf,
    milestone,
    daysToMilestone: daysUntil(asOf, milestone),
    partiesOn,
    statesParties,
    tally: tallyMatters(states),
    atRisk,
    matters,
    reader,
  };
}
