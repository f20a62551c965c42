import { Allow, SignedIn } from '../identity/access.decorators';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { IsoDate } from '@prepcom/domain';
import { andThen } from '../common/and-then';
import { LocalDateScalar } from '../common/graphql/scalars';
import { CurrentActor, RequestNow, type NoArgs, type RequestContext } from '../loaders/request-context';
import { Actor } from '../identity/actor';
import { Matter } from '../matter/matter.model';
import { readMatter } from '../matter/matter.reader';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { actionDueDate } from '../assessment/action-due-date';
import { ActionEntity } from './action.entity';
import { ActionService } from './action.service';
import { CreateActionInput, MoveActionInput, UpdateActionInput } from './dto/action.inputs';

@Resolver(() => ActionEntity)
export class ActionResolver {
  constructor(private readonly actions: ActionService) {}

  @ResolveField(() => LocalDateScalar, {
    description:
      "The day it falls due: the absolute date, or the milestone's local start day plus the offset.",
  })
  due(action: ActionEntity, _args: NoArgs, { loaders }: RequestContext): IsoDate | Promise<IsoDate> {
    // At once, without a promise, where it can be: dashboards list hundreds of actions.
    if (!action.dueMilestoneId) return actionDueDate(action, null);
    return andThen(loaders.milestoneById(action.dueMilestoneId), (anchor) => actionDueDate(action, anchor));
  }

  @ResolveField(() => MilestoneEntity, {
    nullable: true,
    description: 'The milestone the due date counts from.',
  })
  dueMilestone(action: ActionEntity, _args: NoArgs, { loaders }: RequestContext) {
    return action.dueMilestoneId ? loaders.milestone.load(action.dueMilestoneId) : null;
  }

  @ResolveField(() => ParticipantEntity, {
    nullable: true,
    description: 'The owner, when a participant owns it.',
  })
  owner(action: ActionEntity, _args: NoArgs, { loaders }: RequestContext) {
    return action.ownerParticipantId ? loaders.participantById(action.ownerParticipantId) : null;
  }

  @ResolveField(() => Matter, { nullable: true, description: 'The matter it serves, as it stands now.' })
  async servesMatter(action: ActionEntity, _args: NoArgs, { loaders, now }: RequestContext) {
    return action.servesMatterId ? readMatter(loaders, action.servesMatterId, now) : null;
  }

  @ResolveField(() => MilestoneEntity, { nullable: true, description: 'The milestone it prepares.' })
  servesMilestone(action: ActionEntity, _args: NoArgs, { loaders }: RequestContext) {
    return action.servesMilestoneId ? loaders.milestone.load(action.servesMilestoneId) : null;
  }

  @Allow('action.write')
  @Mutation(() => ActionEntity)
  createAction(
    @Args('input') input: CreateActionInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ActionEntity> {
    return this.actions.create(input, now, actor);
  }

  @Allow('action.write')
  @Mutation(() => ActionEntity)
  updateAction(
    @Args('input') input: UpdateActionInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ActionEntity> {
    return this.actions.update(input, now, actor);
  }

  @SignedIn()
  @Mutation(() => ActionEntity, {
    description: 'Moves an action (TODO, IN_PROGRESS, DONE, BLOCKED, CANCELLED with a note saying why).',
  })
  moveAction(
    @Args('input') input: MoveActionInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ActionEntity> {
    return this.actions.move(input, now, actor);
  }
}
