import { Args, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import type { Loaders } from '../loaders/loaders.factory';
import { RequestLoaders, RequestNow } from '../loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { MatterFilter } from './dto/matter.inputs';
import { matchesFilter } from './matter-filter';
import { Matter } from './matter.model';

const MatterConnection = ConnectionType(Matter, 'Matter');

@Resolver(() => ProcessEntity)
export class ProcessMattersResolver {
  @ResolveField(() => MatterConnection, {
    description:
      'The matters as they stood at `asOf` (default: now), ordered by deciding milestone then title. ' +
      '"Which decisions are still open" is `matters(filter: { open: true })`.',
  })
  async matters(
    @Parent() process: ProcessEntity,
    @Args('filter', { type: () => MatterFilter, nullable: true }) filter: MatterFilter | undefined,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @Args() page: PageArgs,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<Connection<Matter>> {
    const snapshot = await loaders.snapshot.load({ processId: process.id, asOf: asOf ?? now });
    const matters = snapshot.matters
      .filter((state) => matchesFilter(state, filter))
      .map((state) => Matter.of(state, snapshot));
    return paginate(matters, page);
  }
}
