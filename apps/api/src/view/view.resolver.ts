import { Allow } from '../identity/access.decorators';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
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
import { readMatter } from '../matter/matter.reader';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionEntity } from '../option/option.entity';
import { CreateViewInput, UpdateViewInput } from './dto/view.inputs';
import { ParticipantViewEntity } from './view.entity';
import { ViewService } from './view.service';

/** A view as `View.participant` reads it: with its author attached. */
async function withAuthor(view: ParticipantViewEntity, loaders: Loaders): Promise<ParticipantViewEntity> {
  view.participant = await loaders.participant.load(view.participantId);
  return view;
}

@Resolver(() => ParticipantViewEntity)
export class ViewResolver {
  constructor(private readonly views: ViewService) {}

  /**
   * As of the instant the view was read at, not when it was expressed: every view of a list then shares the
   * request's one snapshot, where one snapshot per expressedAt made 300 views cost 300 process snapshots. A client
   * wanting the matter as it stood then asks `matter(id:, asOf: expressedAt)`, a root field the cost limit sees.
   */
  @ResolveField(() => Matter, { description: 'The matter, as of the instant its views were read (`asOf`).' })
  matter(view: ParticipantViewEntity, _args: NoArgs, { loaders, now }: RequestContext): Promise<Matter> {
    return readMatter(loaders, view.matterId, view.readAsOf ?? now);
  }

  @ResolveField(() => OptionEntity, { nullable: true })
  async option(view: ParticipantViewEntity, _args: NoArgs, { loaders, now }: RequestContext) {
    if (!view.optionId) return null;
    const matter = await readMatter(loaders, view.matterId, now);
    return matter.state.options.find((option) => option.id === view.optionId) ?? null;
  }

  @ResolveField(() => MilestoneEntity, { nullable: true, description: 'Where it was expressed.' })
  async milestone(view: ParticipantViewEntity, _args: NoArgs, { loaders }: RequestContext) {
    return view.milestoneId ? loaders.milestone.load(view.milestoneId) : null;
  }

  @Allow('view.write')
  @Mutation(() => ParticipantViewEntity, { description: "Records a participant's view." })
  async createView(
    @Args('input') input: CreateViewInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
    @RequestLoaders() loaders: Loaders,
  ): Promise<ParticipantViewEntity> {
    return withAuthor(await this.views.create(input, now, actor), loaders);
  }

  @Allow('view.write')
  @Mutation(() => ParticipantViewEntity)
  async updateView(
    @Args('input') input: UpdateViewInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
    @RequestLoaders() loaders: Loaders,
  ): Promise<ParticipantViewEntity> {
    return withAuthor(await this.views.update(input, now, actor), loaders);
  }
}
