import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  digestPeriodsDue,
  OPEN_MATTER_STATUSES,
  remindersDue,
  roleTermRemindersDue,
  type Reminder,
} from '@prepcom/domain';
import { actionDueDate } from '../assessment/action-due-date';
import { ActionEntity } from '../action/action.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import type { DomainEvent } from '../events/domain-event';
import { OutboxService } from '../events/outbox.service';
import { txOf } from '../common/database/tx-manager';

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
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Returns how many reminders went into the outbox (digest announcements are not counted). */
  async sweep(now: Date): Promise<number> {
    return this.db.transaction(async (manager) => {
      const [last] = await manager.query<{ swept_to: Date }[]>(
        `SELECT swept_to FROM reminder_sweep WHERE id = 1 FOR UPDATE`,
      );
      await manager.query(
        `INSERT INTO reminder_sweep (id, swept_to) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET swept_to = EXCLUDED.swept_to`,
        [now],
      );
      // The first sweep starts from now: a new installation does not send the reminders of the past.
      if (!last || last.swept_to >= now) return 0;
      // One connection runs the transaction: one statement after another.
      const milestones = await manager.find(MilestoneEntity);
      const actions = await manager.find(ActionEntity);
      const matters = await manager.find(MatterEntity, {
        select: { id: true, decidingMilestoneId: true, status: true },
      });
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
      const terms = (await manager.find(RoleTermEntity)).map((term) => ({
        ...term,
        timeZone: milestoneById.get(term.milestoneId ?? '')?.timeZone ?? 'UTC',
      }));
      const openMatters = matters.filter((matter) => OPEN_MATTER_STATUSES.includes(matter.status));
      const window = { from: last.swept_to, to: now };
      const due = [
        ...remindersDue(window, milestones, actionDates, openMatters),
        ...roleTermRemindersDue(window, terms),
      ];
      let sent = 0;
      for (const reminder of due) {
        const claimed = await manager.query<unknown[]>(
          `INSERT INTO reminder_sent (kind, subject_id, step, sent_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING kind`,
          [reminder.kind, reminder.subjectId, reminder.step, now],
        );
        if (claimed.length === 0) continue;
        await this.outbox.emit(txOf(manager), now, null, reminderEvent(reminder));
        sent += 1;
      }
      for (const period of digestPeriodsDue(window)) {
        const claimed = await manager.query<unknown[]>(
          `INSERT INTO digest_period (frequency, ends_on) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING frequency`,
          [period.frequency, period.to],
        );
        if (claimed.length === 0) continue;
        await this.outbox.emit(txOf(manager), now, null, {
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
