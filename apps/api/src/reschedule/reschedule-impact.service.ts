import { Injectable } from '@nestjs/common';
import { requireEndAfterStart, requireTimeZone } from '@prepcom/domain';
import { actionDueDate } from '../assessment/action-due-date';
import type { ActionEntity } from '../action/action.entity';
import { ActorService } from '../identity/actor.service';
import { assertValid } from '../common/errors/app-error';
import { InvitationRepository } from '../invitation/invitation.repository';
import { movesMeeting } from '../milestone/milestone-move';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import { NOTICES } from '../notification/notices';
import { PreferencesService } from '../notification/preferences.service';
import type { MilestoneRescheduleImpact } from './reschedule-impact.types';

export type Schedule = Pick<MilestoneEntity, 'startsAt' | 'endsAt' | 'timeZone'>;

/**
 * What `updateMilestone` would set in motion if it moved a milestone, asked before saving. Nothing here writes: the
 * due dates come from `actionDueDate`, which every read of an action uses, applied to the milestone as it would be;
 * the calendar entries are those the MILESTONE_MOVED event's delivery would attach, counted with the same choices
 * (whether the change moves the meeting, who was invited to it, whose meeting emails go out at once).
 */
@Injectable()
export class RescheduleImpactService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly actors: ActorService,
    private readonly preferences: PreferencesService,
  ) {}

  async foresee(
    milestone: MilestoneEntity,
    anchoredActions: ActionEntity[],
    schedule: Schedule,
    now: Date,
  ): Promise<MilestoneRescheduleImpact> {
    assertValid([
      requireTimeZone('timeZone', schedule.timeZone),
      requireEndAfterStart(schedule.startsAt, schedule.endsAt),
    ]);
    const moved: MilestoneEntity = Object.assign(
      Object.create(Object.getPrototypeOf(milestone)),
      milestone,
      schedule,
    );
    const actionsMoved = anchoredActions
      .map((action) => ({
        action,
        dueBefore: actionDueDate(action, milestone),
        dueAfter: actionDueDate(action, moved),
      }))
      .filter(({ dueBefore, dueAfter }) => dueBefore !== dueAfter);
    return {
      actionsMoved,
      calendarEntries: movesMeeting(milestone, moved) ? await this.calendarEntries(milestone.id, now) : 0,
    };
  }

  /** Everyone hears of a moved meeting; those invited to it whose emails go out at once get its calendar entry. */
  private async calendarEntries(milestoneId: string, now: Date): Promise<number> {
    const invited = await this.invitations.participantsInvitedTo(milestoneId);
    const reached = (await this.actors.everyone(now))
      .filter((actor) => invited.has(actor.account!.participantId ?? ''))
      .map((actor) => actor.account!.id);
    const routing = await this.preferences.routeEmail(NOTICES.MILESTONE_MOVED.kind, reached);
    return routing.immediately.length;
  }
}
