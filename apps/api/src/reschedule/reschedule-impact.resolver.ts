import { Args, Query, Resolver } from '@nestjs/graphql';
import { ActionStatus } from '@prepcom/domain';
import { Allow } from '../identity/access.decorators';
import { notFound } from '../common/errors/app-error';
import type { Loaders } from '../loaders/loaders.factory';
import { RequestLoaders, RequestNow } from '../loaders/request-context';
import { MilestoneRescheduleImpact, RescheduleArgs } from './reschedule-impact.types';
import { RescheduleImpactService } from './reschedule-impact.service';

@Resolver(() => MilestoneRescheduleImpact)
export class RescheduleImpactResolver {
  constructor(private readonly impacts: RescheduleImpactService) {}

  @Allow('milestone.write')
  @Query(() => MilestoneRescheduleImpact, {
    description:
      'What moving a milestone to these dates would change (actions falling due on other days, calendar entries ' +
      'sent again), without changing anything: ask it before `updateMilestone`.',
  })
  async milestoneRescheduleImpact(
    @Args() { id, startsAt, endsAt, timeZone }: RescheduleArgs,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<MilestoneRescheduleImpact> {
    const milestone = await loaders.milestone.load(id);
    if (!milestone) throw notFound('milestone', id);
    // The reader's own snapshot: actions serving matters hidden from them are neither listed nor counted, and a
    // cancelled action is no work to reschedule.
    const snapshot = await loaders.snapshot.load({ processId: milestone.processId, asOf: now });
    const anchored = snapshot.actions.filter(
      (action) => action.dueMilestoneId === milestone.id && action.status !== ActionStatus.CANCELLED,
    );
    return this.impacts.foresee(milestone, anchored, { startsAt, endsAt, timeZone }, now);
  }
}
