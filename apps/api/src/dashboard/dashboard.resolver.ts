import { Args, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Loaders } from '../loaders/loaders.factory';
import { RequestLoaders, RequestNow } from '../loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { Dashboard } from './dashboard.types';
import { summarise } from './summarise';

@Resolver(() => ProcessEntity)
export class DashboardResolver {
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
}
