import { Allow, Public } from '../identity/access.decorators';
import {
  Args,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { formatInZone, MatterStatus, rollUpReadiness } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { notFound } from '../common/errors/app-error';
import type { Loaders } from '../loaders/loaders.factory';
import {
  CurrentActor,
  RequestLoaders,
  RequestNow,
  type NoArgs,
  type RequestContext,
} from '../loaders/request-context';
import { Actor } from '../identity/actor';
import { Matter } from '../matter/matter.model';
import { ParticipantEntity } from '../participant/participant.entity';
import { PersonEntity } from '../participant/person.entity';
import { ProcessEntity } from '../process/process.entity';
import { CreateMilestoneInput, UpdateMilestoneInput } from './dto/milestone.inputs';
import { MilestoneEntity } from './milestone.entity';
import { MilestoneService } from './milestone.service';

@Resolver(() => MilestoneEntity)
export class MilestoneResolver {
  constructor(private readonly milestones: MilestoneService) {}

  @Public()
  @Query(() => MilestoneEntity)
  async milestone(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', {
      type: () => GraphQLISODateTime,
      nullable: true,
      description: 'The milestone as it stood then (dates, venue, status), rebuilt from the audit trail.',
    })
    asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
  ): Promise<MilestoneEntity> {
    const milestone = await loaders.milestone.load(id);
    if (!milestone) throw notFound('milestone', id);
    if (!asOf) return milestone;
    const snapshot = await loaders.snapshot.load({ processId: milestone.processId, asOf });
    return snapshot.milestone(id) ?? milestone;
  }

  @ResolveField(() => ProcessEntity)
  process(milestone: MilestoneEntity, _args: NoArgs, { loaders }: RequestContext) {
    return loaders.process.load(milestone.processId);
  }

  @ResolveField(() => String, {
    description: "The start in the venue's local time, ISO 8601 with its offset.",
  })
  startsAtLocal(milestone: MilestoneEntity): string {
    return formatInZone(milestone.startsAt, milestone.timeZone);
  }

  @ResolveField(() => String, { description: "The end in the venue's local time, ISO 8601 with its offset." })
  endsAtLocal(milestone: MilestoneEntity): string {
    return formatInZone(milestone.endsAt, milestone.timeZone);
  }

  @ResolveField(() => [ParticipantEntity])
  convenors(milestone: MilestoneEntity, _args: NoArgs, { loaders }: RequestContext) {
    return loaders.convenorsByMilestone.load(milestone.id);
  }

  @ResolveField(() => [PersonEntity], { description: 'People to contact about the milestone.' })
  contacts(milestone: MilestoneEntity, _args: NoArgs, { loaders }: RequestContext) {
    return loaders.contactsByMilestone.load(milestone.id);
  }

  @ResolveField(() => [Matter], {
    description: 'Matters to be decided by this milestone, as they stood at `asOf`.',
  })
  async matters(
    @Parent() milestone: MilestoneEntity,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<Matter[]> {
    const snapshot = await loaders.snapshot.load({ processId: milestone.processId, asOf: asOf ?? now });
    return snapshot.matters
      .filter((state) => state.decidingMilestone.id === milestone.id)
      .map((state) => Matter.of(state, snapshot));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Mean readiness of the matters due here (withdrawn left out).',
  })
  async readiness(
    @Parent() milestone: MilestoneEntity,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<number | null> {
    const snapshot = await loaders.snapshot.load({ processId: milestone.processId, asOf: asOf ?? now });
    return rollUpReadiness(
      snapshot.matters
        .filter(
          (state) => state.decidingMilestone.id === milestone.id && state.status !== MatterStatus.WITHDRAWN,
        )
        .map((state) => state.readiness.score),
    );
  }

  @ResolveField(() => [ActionEntity], {
    description: 'Actions that prepare this milestone, as they stood at `asOf`.',
  })
  async actions(
    @Parent() milestone: MilestoneEntity,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<ActionEntity[]> {
    const snapshot = await loaders.snapshot.load({ processId: milestone.processId, asOf: asOf ?? now });
    return snapshot.actionsServingMilestone(milestone.id);
  }

  @Allow('milestone.write')
  @Mutation(() => MilestoneEntity)
  createMilestone(
    @Args('input') input: CreateMilestoneInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<MilestoneEntity> {
    return this.milestones.create(input, now, actor);
  }

  @Allow('milestone.write')
  @Mutation(() => MilestoneEntity, {
    description: 'Edits or moves a milestone; actions due relative to it move with it.',
  })
  updateMilestone(
    @Args('input') input: UpdateMilestoneInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<MilestoneEntity> {
    return this.milestones.update(input, now, actor);
  }
}
