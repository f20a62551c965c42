import { Injectable } from '@nestjs/common';
import {
  digestPeriodsDue,
  OPEN_MATTER_STATUSES,
  remindersDue,
  roleTermRemindersDue,
  type Reminder,
} from '@prepcom/domain';
import { actionDueDate } from '../assessment/action-due-date';
import type { DomainEvent } from '../events/domain-event';
import { OutboxService } from '../events/outbox.service';
import { UnitOfWork } from '../common/database/unit-of-work';
import { ReminderSweepRepository } from './reminder-sweep.repository';

function reminderEvent({ kind, subjectId, step }: Reminder): DomainEvent {
  switch (kind) {
    case 'MEETING':
      return { type: 'REMINDER_MEETING', payload: { milestoneId: subjectId, step } };
    case 'VIEW_REQUESTED':
      return { type: 'REMINDER_VIEW', payload: { matterId: subjectId, step } };
    case 'ACTION_DUE':
    case 'ACTION_OVERDUE':
      return { type: 'REMINDER_ACTION', payload: { actionId: subjectId, step } };
    case 'ROLE_TERM_STARTS':
      return { type: 'ROLE_TERM_STARTING', payload: { roleTermId: subjectId, step } };
    case 'ROLE_TERM_ENDS':
      return { type: 'ROLE_TERM_ENDING', payload: { roleTermId: subjectId, step } };
  }
}

/**
 * Puts the reminders that have come due since the last sweep into the outbox, each once: the sweep row is locked
 * (overlapping sweeps wait for each other) and `reminder_sent` is unique on kind, subject and step. Digest periods
 * that ended are announced the same way, once each (`digest_period`).
 */
@Injectable()
export class ReminderSweepService {
  constructor(
    private readonly sweeps: ReminderSweepRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxService,
  ) {}

  /** Returns how many reminders went into the outbox (digest announcements are not counted). */
  async sweep(now: Date): Promise<number> {
    return this.unitOfWork.run(async (tx) => {
      const last = await this.sweeps.advance(tx, now);
      // The first sweep starts from now: a new installation does not send the reminders of the past.
      if (!last || last >= now) return 0;
      const { milestones, actions, matters, terms: roleTerms } = await this.sweeps.schedule(tx);
      const milestoneById = new Map(milestones.map((milestone) => [milestone.id, milestone]));
      const decidingOf = new Map(matters.map((matter) => [matter.id, matter.decidingMilestoneId]));
      const actionDates = actions.map((action) => {
        // Reminders come at the hour of the meeting the action prepares.
        const venue = milestoneById.get(
          action.servesMilestoneId ??
            decidingOf.get(action.servesMatterId ?? '') ??
            action.dueMilestoneId ??
            '',
        );
        return {
          id: action.id,
          status: action.status,
          dueDate: actionDueDate(action, milestoneById.get(action.dueMilestoneId ?? '')),
          timeZone: venue?.timeZone ?? 'UTC',
        };
      });
      const terms = roleTerms.map((term) => ({
        ...term,
        timeZone: milestoneById.get(term.milestoneId ?? '')?.timeZone ?? 'UTC',
      }));
      const openMatters = matters.filter((matter) => OPEN_MATTER_STATUSES.includes(matter.status));
      const window = { from: last, to: now };
      const due = [
        ...remindersDue(window, milestones, actionDates, openMatters),
        ...roleTermRemindersDue(window, terms),
      ];
      let sent = 0;
      for (const reminder of due) {
        if (!(await this.sweeps.claimReminder(tx, reminder, now))) continue;
        await this.outbox.emit(tx, now, null, reminderEvent(reminder));
        sent += 1;
      }
      for (const period of digestPeriodsDue(window)) {
        if (!(await this.sweeps.claimDigestPeriod(tx, period))) continue;
        await this.outbox.emit(tx, now, null, {
          type: 'DIGEST_DUE',
          payload: {
            frequency: period.frequency,
            from: period.from,
            to: period.to,
            since: period.since.toISOString(),
            at: period.at.toISOString(),
          },
        });
      }
      return sent;
    });
  }
}
