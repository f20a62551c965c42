import { Allow, Public } from '../identity/access.decorators';
import { Args, GraphQLISODateTime, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { allowedMatterMoves, MatterStatus, UNDO_WINDOW_MINUTES } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { AuditTrailService } from '../audit/audit-trail.service';
import { selectedFields } from '../common/graphql/selected-fields';
import { HealthAssessmentType, ReadinessType } from '../assessment/assessment.types';
import type { Loaders } from '../loaders/loaders.factory';
import { PerRequestLoader } from '../common/per-request-loader';
import {
  CurrentActor,
  RequestLoaders,
  RequestNow,
  type NoArgs,
  type RequestContext,
} from '../loaders/request-context';
import { Actor } from '../identity/actor';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionStageChangeEntity } from '../option/option-stage-change.entity';
import { OptionEntity } from '../option/option.entity';
import { ProcessEntity } from '../process/process.entity';
import { viewColumnsFor } from '../loaders/view-columns';
import { ParticipantViewEntity } from '../view/view.entity';
import {
  CreateMatterInput,
  MatterDependencyInput,
  MoveMatterInput,
  UndoMatterMoveInput,
  UpdateMatterInput,
} from './dto/matter.inputs';
import { MatterHistoryRepository } from './matter-history.repository';
import { MatterTransitionEntity } from './matter-transition.entity';
import { Matter } from './matter.model';
import { readMatter, readMatterAfterWrite } from './matter.reader';
import { MatterService } from './matter.service';
import { ViewTallyType } from './view-tally.type';

@Resolver(() => Matter)
export class MatterResolver {
  constructor(
    private readonly matters: MatterService,
    private readonly trail: AuditTrailService,
    private readonly matterHistory: MatterHistoryRepository,
  ) {}

  /** Every stage step of the options of a request's matters, oldest first. */
  private readonly stageChanges = new PerRequestLoader<string, OptionStageChangeEntity[]>((matterIds) =>
    this.matterHistory.optionStages(matterIds),
  );

  @Public()
  @Query(() => Matter, { description: 'One matter, as it stood at `asOf` (default: now).' })
  matter(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<Matter> {
    return readMatter(loaders, id, asOf ?? now);
  }

  @ResolveField(() => ProcessEntity)
  process(matter: Matter, _args: NoArgs, { loaders }: RequestContext): Promise<ProcessEntity | undefined> {
    return loaders.process.load(matter.state.matter.processId);
  }

  @ResolveField(() => MilestoneEntity, {
    description: 'The milestone by which it must be decided, at `asOf`.',
  })
  decidingMilestone(matter: Matter): MilestoneEntity {
    return matter.state.decidingMilestone;
  }

  @ResolveField(() => String, { nullable: true, description: 'The decision, once decided.' })
  outcome(matter: Matter): string | null {
    return matter.status === MatterStatus.DECIDED ? matter.state.matter.outcome : null;
  }

  @ResolveField(() => MilestoneEntity, {
    nullable: true,
    description: 'Where it was decided, or the milestone it was deferred to.',
  })
  outcomeMilestone(matter: Matter): MilestoneEntity | undefined {
    if (matter.status === MatterStatus.DEFERRED) return matter.state.decidingMilestone;
    if (matter.status !== MatterStatus.DECIDED) return undefined;
    return matter.snapshot.milestone(matter.state.matter.outcomeMilestoneId ?? '');
  }

  @ResolveField(() => ReadinessType)
  readiness(matter: Matter): ReadinessType {
    return matter.state.readiness;
  }

  @ResolveField(() => HealthAssessmentType, {
    nullable: true,
    description: 'Null once decided or withdrawn.',
  })
  health(matter: Matter): HealthAssessmentType | null {
    return matter.state.health;
  }

  @ResolveField(() => [OptionEntity], { description: 'Options tabled by `asOf`, at their stage then.' })
  options(matter: Matter): OptionEntity[] {
    return matter.state.options;
  }

  @ResolveField(() => [OptionStageChangeEntity], {
    description: 'The stage steps, by `asOf`, of the options the reader sees (`options`), oldest first.',
  })
  async optionStageChanges(
    matter: Matter,
    _args: NoArgs,
    context: RequestContext,
  ): Promise<OptionStageChangeEntity[]> {
    const options = new Set(matter.state.options.map((option) => option.id));
    const steps = await this.stageChanges.load(context, matter.id);
    return steps.filter((step) => options.has(step.optionId) && step.at <= matter.asOf);
  }

  @ResolveField(() => [ActionEntity], { description: 'Actions serving the matter, as they stood at `asOf`.' })
  actions(matter: Matter): ActionEntity[] {
    return matter.state.actions;
  }

  @ResolveField(() => [Matter], { description: 'Matters that must be decided before this one.' })
  dependencies(matter: Matter): Matter[] {
    return matter.state.dependencyIds.flatMap((id) => {
      const state = matter.snapshot.matter(id);
      return state ? [Matter.of(state, matter.snapshot)] : [];
    });
  }

  @ResolveField(() => [ParticipantViewEntity], { description: 'Views expressed by `asOf`, oldest first.' })
  async views(
    matter: Matter,
    _args: NoArgs,
    { loaders }: RequestContext,
    info: GraphQLResolveInfo,
  ): Promise<ParticipantViewEntity[]> {
    const columns = viewColumnsFor(selectedFields(info));
    const views = await loaders.viewsByMatter.load({ matterId: matter.id, asOf: matter.asOf, columns });
    // A view on an option is only as open as the option: one the reader may not see (now or then) hides it.
    const options = new Set(matter.state.options.map((option) => option.id));
    return views.filter((view) => view.optionId === null || options.has(view.optionId));
  }

  @ResolveField(() => ViewTallyType, {
    description: 'How many States Parties (at `asOf`) have given a view, and object.',
  })
  viewTally(matter: Matter): ViewTallyType {
    return matter.state.views;
  }

  @ResolveField(() => [MatterTransitionEntity], { description: 'The workflow steps taken by `asOf`.' })
  async history(
    matter: Matter,
    _args: NoArgs,
    { loaders }: RequestContext,
  ): Promise<MatterTransitionEntity[]> {
    const steps = await loaders.transitionsByMatter.load(matter.id);
    return steps.filter((step) => step.at <= matter.asOf);
  }

  @ResolveField(() => [AuditEventEntity], {
    description:
      'Every change to the matter, its options, actions and views up to `asOf`, with old and new values ' +
      '(for those who may read the audit trail).',
  })
  async changes(matter: Matter, _args: NoArgs, { actor }: RequestContext): Promise<AuditEventEntity[]> {
    actor.require('audit.read');
    return this.trail.find({ matterId: matter.id, to: matter.asOf }, actor.clearance);
  }

  @ResolveField(() => [MatterStatus], {
    description: 'Where the workflow lets it go next (guards still apply).',
  })
  allowedMoves(matter: Matter): MatterStatus[] {
    return allowedMatterMoves(matter.status);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: `Until when you may undo the matter's last move: your own decision or withdrawal, for ${UNDO_WINDOW_MINUTES} minutes. Null otherwise, and for a day in the past.`,
  })
  async undoableUntil(matter: Matter, _args: NoArgs, { actor, now }: RequestContext): Promise<Date | null> {
    if (matter.asOf.getTime() !== now.getTime()) return null;
    return this.matters.undoableUntil(matter.id, actor, now);
  }

  @Allow('matter.write')
  @Mutation(() => Matter)
  async createMatter(
    @Args('input') input: CreateMatterInput,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<Matter> {
    const matter = await this.matters.create(input, now, actor);
    return readMatterAfterWrite(loaders, matter.id, now);
  }

  @Allow('matter.write')
  @Mutation(() => Matter)
  async updateMatter(
    @Args('input') input: UpdateMatterInput,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<Matter> {
    await this.matters.update(input, now, actor);
    return readMatterAfterWrite(loaders, input.id, now);
  }

  @Allow('matter.move')
  @Mutation(() => Matter, {
    description: 'Moves a matter through its workflow; a refused move names every failed guard.',
  })
  async moveMatter(
    @Args('input') input: MoveMatterInput,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<Matter> {
    await this.matters.move(input, now, actor);
    return readMatterAfterWrite(loaders, input.matterId, now);
  }

  @Allow('matter.write')
  @Mutation(() => Matter)
  async addMatterDependency(
    @Args('input') input: MatterDependencyInput,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<Matter> {
    await this.matters.addDependency(input, now, actor);
    return readMatterAfterWrite(loaders, input.matterId, now);
  }

  @Allow('matter.move')
  @Mutation(() => Matter, {
    description: `Takes back your own decision or withdrawal of a matter within ${UNDO_WINDOW_MINUTES} minutes of it.`,
  })
  async undoMatterMove(
    @Args('input') input: UndoMatterMoveInput,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<Matter> {
    await this.matters.undoFinalMove(input, now, actor);
    return readMatterAfterWrite(loaders, input.matterId, now);
  }

  @Allow('matter.write')
  @Mutation(() => Matter)
  async removeMatterDependency(
    @Args('input') input: MatterDependencyInput,
    @RequestLoaders() loaders: Loaders,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<Matter> {
    await this.matters.removeDependency(input, now, actor);
    return readMatterAfterWrite(loaders, input.matterId, now);
  }
}
