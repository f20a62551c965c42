import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OPEN_MATTER_STATUSES, remindersDue } from '@prepcom/domain';
import { actionDueDate } from '../action/action-due-date';
import { ActionEntity } from '../action/action.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OutboxService } from './outbox.service';

/**
 * Puts the reminders that have come due since the last sweep into the outbox, each once: the sweep row is locked
 * (overlapping sweeps wait for each other) and `reminder_sent` is unique on kind, subject and step.
 */
@Injectable()
export class ReminderSweepService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outbox: OutboxService,
  ) {}

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
      const openMatters = matters.filter((matter) => OPEN_MATTER_STATUSES.includes(matter.status));
      const due = remindersDue({ from: last.swept_to, to: now }, milestones, actionDates, openMatters);
      let sent = 0;
      for (const reminder of due) {
        const claimed = await manager.query<unknown[]>(
          `INSERT INTO reminder_sent (kind, subject_id, step, sent_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING RETURNING kind`,
          [reminder.kind, reminder.subjectId, reminder.step, now],
        );
        if (claimed.length === 0) continue;
        await this.outbox.emit(
          manager,
          now,
          reminder.kind === 'MEETING'
            ? { type: 'REMINDER_MEETING', payload: { milestoneId: reminder.subjectId, step: reminder.step } }
            : reminder.kind === 'VIEW_REQUESTED'
              ? { type: 'REMINDER_VIEW', payload: { matterId: reminder.subjectId, step: reminder.step } }
              : { type: 'REMINDER_ACTION', payload: { actionId: reminder.subjectId, step: reminder.step } },
        );
        sent += 1;
      }
      return sent;
    });
  }
}
