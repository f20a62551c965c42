import { Allow, Public } from '../identity/access.decorators';
import { Args, Field, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { localDate, RoleKind, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { Actor } from '../identity/actor';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { CreateRoleTermInput, UpdateRoleTermInput } from './dto/role-term.inputs';
import { RoleTermEntity } from './role-term.entity';
import { RoleTermService } from './role-term.service';

const RoleTermConnection = ConnectionType(RoleTermEntity, 'RoleTerm');

@ObjectType({ description: 'Who presides on a day, and who takes over next.' })
export class Presidencies {
  @Field(() => LocalDateScalar)
  on!: IsoDate;

  @Field(() => RoleTermEntity, { nullable: true })
  current!: RoleTermEntity | null;

  @Field(() => RoleTermEntity, { nullable: true })
  incoming!: RoleTermEntity | null;
}

@Resolver(() => RoleTermEntity)
export class RoleTermResolver {
  constructor(private readonly terms: RoleTermService) {}

  @Public()
  @Query(() => RoleTermConnection, {
    description:
      'Role terms by role and start, optionally only those running on a day, those known on a day, or of some roles.',
  })
  async roleTerms(
    @Args('on', { type: () => LocalDateScalar, nullable: true }) on: IsoDate | undefined,
    @Args('knownOn', {
      type: () => LocalDateScalar,
      nullable: true,
      description:
        'Only the terms known that day: decided (or, without a decision day, begun) by then, or recorded by its end ' +
        '(UTC). A term decided later is left out of a replay of the past: it would give away a meeting still to come.',
    })
    knownOn: IsoDate | undefined,
    @Args('roles', { type: () => [RoleKind], nullable: true }) roles: RoleKind[] | undefined,
    @Args() page: PageArgs,
  ): Promise<Connection<RoleTermEntity>> {
    return paginate(await this.terms.activeOn(on, roles, knownOn), page);
  }

  @Public()
  @Query(() => Presidencies, {
    description: 'The current and incoming Presidencies on a day (default: today, UTC).',
  })
  async presidencies(
    @Args('on', { type: () => LocalDateScalar, nullable: true }) on: IsoDate | undefined,
    @RequestNow() now: Date,
  ): Promise<Presidencies> {
    const day = on ?? localDate(now, 'UTC');
    return { on: day, ...(await this.terms.presidencies(day)) };
  }

  @ResolveField(() => ParticipantEntity)
  participant(@Parent() term: RoleTermEntity, @RequestLoaders() loaders: Loaders) {
    return loaders.participant.load(term.participantId);
  }

  @ResolveField(() => MilestoneEntity, {
    nullable: true,
    description: 'The meeting presided, where there is one.',
  })
  async milestone(@Parent() term: RoleTermEntity, @RequestLoaders() loaders: Loaders) {
    return term.milestoneId ? loaders.milestone.load(term.milestoneId) : null;
  }

  @Allow('roleTerm.write')
  @Mutation(() => RoleTermEntity)
  createRoleTerm(
    @Args('input') input: CreateRoleTermInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<RoleTermEntity> {
    return this.terms.create(input, now, actor);
  }

  @Allow('roleTerm.write')
  @Mutation(() => RoleTermEntity, {
    description: 'Edits a term, e.g. sets its end when a role is handed over.',
  })
  updateRoleTerm(
    @Args('input') input: UpdateRoleTermInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<RoleTermEntity> {
    return this.terms.update(input, now, actor);
  }
}
