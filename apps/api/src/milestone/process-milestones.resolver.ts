import { Args, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MilestoneKind } from '@prepcom/domain';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import type { Loaders } from '../common/loaders/loaders.factory';
import { RequestLoaders, RequestNow } from '../common/loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { MilestoneEntity } from './milestone.entity';

const MilestoneConnection = ConnectionType(MilestoneEntity, 'Milestone');

@Resolver(() => ProcessEntity)
export class ProcessMilestonesResolver {
  @ResolveField(() => MilestoneConnection, {
    description: 'The timeline: milestones in order of their start.',
  })
  async milestones(
    @Parent() process: ProcessEntity,
    @Args('kinds', { type: () => [MilestoneKind], nullable: true }) kinds: MilestoneKind[] | undefined,
    @Args('asOf', {
      type: () => GraphQLISODateTime,
      nullable: true,
      description: 'Each milestone as it stood then (dates, venue, status), rebuilt from the audit trail.',
    })
    asOf: Date | undefined,
    @Args() page: PageArgs,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<Connection<MilestoneEntity>> {
    // From the snapshot the request's other fields read too (today's, when no asOf): no statement of its own.
    const { milestones } = await loaders.snapshot.load({ processId: process.id, asOf: asOf ?? now });
    return paginate(
      kinds?.length ? milestones.filter((milestone) => kinds.includes(milestone.kind)) : milestones,
      page,
    );
  }
}
