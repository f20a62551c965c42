import { Args, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { decidingMeeting, eveOf, hasEnded, MilestoneKind, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import type { Loaders } from '../loaders/loaders.factory';
import { RequestLoaders, RequestNow } from '../loaders/request-context';
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

  @ResolveField(() => Boolean, {
    description:
      'Whether the process is over as of `asOf` (default: now): its target event, or without one its last ' +
      'milestone, has ended.',
  })
  async ended(
    @Parent() process: ProcessEntity,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<boolean> {
    const { milestones } = await loaders.snapshot.load({ processId: process.id, asOf: asOf ?? now });
    return hasEnded(milestones, process.targetMilestoneId, asOf ?? now);
  }

  @ResolveField(() => MilestoneEntity, {
    nullable: true,
    description:
      'The meeting where the decisions are taken: the decision deadline, or the meeting it falls in (or last ' +
      'follows).',
  })
  async decidingMeeting(
    @Parent() process: ProcessEntity,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<MilestoneEntity | null> {
    const { milestones } = await loaders.snapshot.load({ processId: process.id, asOf: now });
    return decidingMeeting(milestones, process.decisionDeadlineMilestoneId);
  }

  @ResolveField(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day before the deciding meeting opened, at its venue: the last day on which every decision was still ' +
      'open, the day to replay an ended process as of.',
  })
  async eveOfDecidingMeeting(
    @Parent() process: ProcessEntity,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<IsoDate | null> {
    const meeting = await this.decidingMeeting(process, loaders, now);
    return meeting ? eveOf(meeting) : null;
  }
}
