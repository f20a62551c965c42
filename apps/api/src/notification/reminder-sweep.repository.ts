import { Injectable } from '@nestjs/common';
import type { DigestPeriod, Reminder } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { sqlFile } from '../common/database/sql-file';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';

const LOCK_REMINDER_SWEEP = sqlFile(__dirname, 'lock-reminder-sweep.sql');
const ADVANCE_REMINDER_SWEEP = sqlFile(__dirname, 'advance-reminder-sweep.sql');
const CLAIM_REMINDER = sqlFile(__dirname, 'claim-reminder.sql');
const CLAIM_DIGEST_PERIOD = sqlFile(__dirname, 'claim-digest-period.sql');

/** What the reminders are computed from. */
export interface Schedule {
  milestones: MilestoneEntity[];
  actions: ActionEntity[];
  matters: Pick<MatterEntity, 'id' | 'decidingMilestoneId' | 'status'>[];
  terms: RoleTermEntity[];
}

/** How far reminders have been swept, and which reminders and digest periods have been announced. */
@Injectable()
export class ReminderSweepRepository {
  /** Moves the sweep to `now`, locked until the transaction ends; answers where the last sweep ended (null at first). */
  async advance(tx: Tx, now: Date): Promise<Date | null> {
    const manager = managerOf(tx);
    const [last] = await manager.query<{ swept_to: Date }[]>(LOCK_REMINDER_SWEEP);
    await manager.query(ADVANCE_REMINDER_SWEEP, [now]);
    return last?.swept_to ?? null;
  }

  /** Every milestone, action, matter and role term, read one statement after another on the transaction's connection. */
  async schedule(tx: Tx): Promise<Schedule> {
    const manager = managerOf(tx);
    const milestones = await manager.find(MilestoneEntity);
    const actions = await manager.find(ActionEntity);
    const matters = await manager.find(MatterEntity, {
      select: { id: true, decidingMilestoneId: true, status: true },
    });
    const terms = await manager.find(RoleTermEntity);
    return { milestones, actions, matters, terms };
  }

  /** Marks the reminder sent at `now`; false when it had been already. */
  async claimReminder(
    tx: Tx,
    reminder: Pick<Reminder, 'kind' | 'subjectId' | 'step'>,
    now: Date,
  ): Promise<boolean> {
    const claimed = await managerOf(tx).query<unknown[]>(CLAIM_REMINDER, [
      reminder.kind,
      reminder.subjectId,
      reminder.step,
      now,
    ]);
    return claimed.length > 0;
  }

  /** Marks the digest period announced; false when it had been already. */
  async claimDigestPeriod(tx: Tx, period: DigestPeriod): Promise<boolean> {
    const claimed = await managerOf(tx).query<unknown[]>(CLAIM_DIGEST_PERIOD, [period.frequency, period.to]);
    return claimed.length > 0;
  }
}
