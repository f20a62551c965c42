import { Allow, Public } from '../identity/access.decorators';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { Actor } from '../identity/actor';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { CreateProcessInput, UpdateProcessInput } from './dto/process.inputs';
import { ProcessEntity } from './process.entity';
import { ProcessService } from './process.service';

const ProcessConnection = ConnectionType(ProcessEntity, 'Process');

@Resolver(() => ProcessEntity)
export class ProcessResolver {
  constructor(private readonly service: ProcessService) {}

  @Public()
  @Query(() => ProcessEntity, {
    description: 'A process by id; without an id, the first one (most installations run one).',
  })
  process(@Args('id', { type: () => ID, nullable: true }) id: string | undefined): Promise<ProcessEntity> {
    return this.service.find(id);
  }

  @Public()
  @Query(() => ProcessConnection, { description: 'Every process, oldest first.' })
  async processes(@Args() page: PageArgs): Promise<Connection<ProcessEntity>> {
    return paginate(await this.service.list(), page);
  }

  @ResolveField(() => MilestoneEntity, {
    nullable: true,
    description: 'The milestone that is the target event.',
  })
  async targetMilestone(@Parent() process: ProcessEntity, @RequestLoaders() loaders: Loaders) {
    return process.targetMilestoneId ? loaders.milestone.load(process.targetMilestoneId) : null;
  }

  @ResolveField(() => MilestoneEntity, {
    nullable: true,
    description: 'The milestone by which decisions must be taken.',
  })
  async decisionDeadline(@Parent() process: ProcessEntity, @RequestLoaders() loaders: Loaders) {
    return process.decisionDeadlineMilestoneId
      ? loaders.milestone.load(process.decisionDeadlineMilestoneId)
      : null;
  }

  @Allow('process.write')
  @Mutation(() => ProcessEntity)
  createProcess(
    @Args('input') input: CreateProcessInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ProcessEntity> {
    return this.service.create(input, now, actor);
  }

  @Allow('process.write')
  @Mutation(() => ProcessEntity)
  updateProcess(
    @Args('input') input: UpdateProcessInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ProcessEntity> {
    return this.service.update(input, now, actor);
  }
}
