import { Args, GraphQLISODateTime, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { PositionCounts } from '@prepcom/domain';
import type { Actor } from '../identity/actor';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { Matter } from '../matter/matter.model';
import { ProcessEntity } from '../process/process.entity';
import type { StateOfPlay } from './state-of-play';
import { StateOfPlayService } from './state-of-play.service';
import { StateOfPlayType, type PositionCountsType } from './state-of-play.types';

export const positionCountsOf = (counts: PositionCounts): PositionCountsType => ({
  supports: counts.SUPPORTS,
  canLiveWith: counts.CAN_LIVE_WITH,
  objects: counts.OBJECTS,
  comments: counts.COMMENT,
});

function toGraphql(report: StateOfPlay): StateOfPlayType {
  const { snapshot } = report;
  return {
    asOf: report.asOf,
    milestone: report.milestone,
    daysToMilestone: report.daysToMilestone,
    partiesOn: report.partiesOn,
    statesParties: report.statesParties.length,
    totalMatters: report.tally.totalMatters,
    openMatters: report.tally.openMatters,
    openReadiness: report.tally.openReadiness,
    byStatus: report.tally.byStatus,
    byHealth: report.tally.byHealth,
    atRisk: report.atRisk.map((state) => Matter.of(state, snapshot)),
    matters: report.matters.map((entry) => ({
      matter: Matter.of(entry.state, snapshot),
      positions: positionCountsOf(entry.positions),
      optionPositions: entry.state.options.map((option) => ({
        option,
        positions: positionCountsOf(entry.optionPositions.get(option.id)!),
      })),
      notYetHeard: entry.notYetHeard,
    })),
    preparedFor: report.reader,
  };
}

@Resolver(() => ProcessEntity)
export class StateOfPlayResolver {
  constructor(private readonly reports: StateOfPlayService) {}

  @ResolveField(() => StateOfPlayType, {
    description:
      'The state-of-play report for a milestone (or, without one, the whole process) as of `asOf` (default: now), ' +
      'showing what the reader may see.',
  })
  async stateOfPlay(
    @Parent() process: ProcessEntity,
    @Args('milestoneId', { type: () => ID, nullable: true }) milestoneId: string | undefined,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<StateOfPlayType> {
    return toGraphql(await this.reports.build(loaders, actor, process, milestoneId ?? null, asOf ?? now));
  }
}
