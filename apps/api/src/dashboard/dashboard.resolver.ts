import { Args, GraphQLISODateTime, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { HistoryRepository } from '../assessment/history.repository';
import type { Actor } from '../identity/actor';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { Dashboard, ReadinessPoint } from './dashboard.types';
import { seriesInstants, MAX_SERIES_POINTS } from './series-instants';
import { milestoneReadiness, summarise, tallyMatters } from './summarise';

@Resolver(() => ProcessEntity)
export class DashboardResolver {
  constructor(private readonly history: HistoryRepository) {}

  @ResolveField(() => Dashboard, {
    description: 'Counts, readiness and countdowns as of `asOf` (default: now).',
  })
  async dashboard(
    @Parent() process: ProcessEntity,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<Dashboard> {
    return summarise(process, await loaders.snapshot.load({ processId: process.id, asOf: asOf ?? now }));
  }

  @ResolveField(() => [ReadinessPoint], {
    description:
      `Readiness at \`points\` evenly spaced instants from \`from\` to \`to\` (both included; 2 to ` +
      `${MAX_SERIES_POINTS}): each point is what \`dashboard(asOf:)\` says at its instant, read in one pass.`,
  })
  async readinessSeries(
    @Parent() process: ProcessEntity,
    @Args('from', { type: () => GraphQLISODateTime }) from: Date,
    @Args('to', { type: () => GraphQLISODateTime }) to: Date,
    @Args('points', { type: () => Int }) points: number,
    @CurrentActor() actor: Actor,
  ): Promise<ReadinessPoint[]> {
    const snapshots = await this.history.snapshots(
      process.id,
      seriesInstants(from, to, points),
      actor.clearance,
    );
    return snapshots.map((snapshot) => {
      const { readiness, openReadiness } = tallyMatters(snapshot.matters);
      return { asOf: snapshot.asOf, readiness, openReadiness, milestones: milestoneReadiness(snapshot) };
    });
  }
}
