import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { actionDueDate } from '../action/action-due-date';
import { ActionEntity } from '../action/action.entity';
import { AccountEntity } from '../auth/account.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import type { DeliverJob } from './domain-event';
import { isPermanent, type Mailer } from './mailer';
import { compose, type Language, type Message, type MessageFacts } from './messages';
import { NotificationEntity } from './notification.entity';
import { OutboxEventEntity } from './outbox-event.entity';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Delivers one event to one person on one channel, exactly once in-app and never twice by email: the delivery row,
 * unique on (event, account, channel), is claimed before anything is sent.
 */
@Injectable()
export class DeliveryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async deliver(
    job: DeliverJob,
    mailer: Mailer | null,
    publicUrl: string,
    now: Date,
  ): Promise<'SENT' | 'SKIPPED'> {
    const [event, account] = await Promise.all([
      this.db.getRepository(OutboxEventEntity).findOneByOrFail({ id: job.eventId }),
      this.db.getRepository(AccountEntity).findOneByOrFail({ id: job.accountId }),
    ]);
    const facts = await this.facts(event);
    if (!facts || (await this.alreadyActed(event, account))) return 'SKIPPED';
    const message = compose(facts, account.language as Language);
    return job.channel === 'IN_APP'
      ? this.inApp(job, message, now)
      : this.email(job, account, message, mailer, publicUrl);
  }

  private async inApp(job: DeliverJob, message: Message, now: Date): Promise<'SENT' | 'SKIPPED'> {
    return this.db.transaction(async (manager) => {
      const claimed = await manager.query<{ id: string }[]>(
        `INSERT INTO delivery (event_id, account_id, channel, status, attempts) VALUES ($1, $2, 'IN_APP', 'SENT', 1)
         ON CONFLICT (event_id, account_id, channel) DO NOTHING RETURNING id`,
        [job.eventId, job.accountId],
      );
      if (claimed.length === 0) return 'SKIPPED';
      await manager.insert(NotificationEntity, {
        accountId: job.accountId,
        eventId: job.eventId,
        subject: message.subject,
        body: message.body,
        link: message.link,
        createdAt: now,
        readAt: null,
      });
      return 'SENT';
    });
  }

  private async email(
    job: DeliverJob,
    account: AccountEntity,
    message: Message,
    mailer: Mailer | null,
    publicUrl: string,
  ): Promise<'SENT' | 'SKIPPED'> {
    if (!mailer) throw new UnrecoverableError('No mail server is configured (SMTP_URL).');
    // Claim the delivery; a row already SENT or FAILED means another attempt finished it.
    const claimed = await this.db.query<{ attempts: number }[]>(
      `INSERT INTO delivery (event_id, account_id, channel, status, attempts) VALUES ($1, $2, 'EMAIL', 'SENDING', 1)
       ON CONFLICT (event_id, account_id, channel) DO UPDATE SET attempts = delivery.attempts + 1, updated_at = now()
         WHERE delivery.status = 'SENDING'
       RETURNING attempts`,
      [job.eventId, job.accountId],
    );
    if (claimed.length === 0) return 'SKIPPED';
    const link = message.link ? `${publicUrl}${message.link}` : publicUrl;
    try {
      await mailer.send({
        to: account.email,
        subject: message.subject,
        text: `${message.body}\n\n${link}\n`,
        html: `<p>${escapeHtml(message.body)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
        messageId: `<event-${job.eventId}.${job.accountId}@prepcom>`,
      });
    } catch (error) {
      const permanent = isPermanent(error);
      await this.db.query(
        `UPDATE delivery SET status = $4, last_error = $5, updated_at = now()
                            WHERE event_id = $1 AND account_id = $2 AND channel = $3`,
        [
          job.eventId,
          job.accountId,
          'EMAIL',
          permanent ? 'FAILED' : 'SENDING',
          String((error as Error).message).slice(0, 500),
        ],
      );
      // A refused address will be refused again: fail the job for good (kept for administrators to see).
      if (permanent)
        throw new UnrecoverableError(`The mail server refused the message: ${(error as Error).message}`);
      throw error;
    }
    await this.db.query(
      `UPDATE delivery SET status = 'SENT', last_error = NULL, updated_at = now()
        WHERE event_id = $1 AND account_id = $2 AND channel = 'EMAIL'`,
      [job.eventId, job.accountId],
    );
    return 'SENT';
  }

  /** A State that gave its view after the reminder was queued is not reminded of it. */
  private async alreadyActed(event: OutboxEventEntity, account: AccountEntity): Promise<boolean> {
    if (event.type !== 'REMINDER_VIEW' || !account.participantId) return false;
    return this.db
      .getRepository(ParticipantViewEntity)
      .existsBy({ matterId: event.payload.matterId!, participantId: account.participantId });
  }

  /** The texts a message needs, read now; null when the record is gone. */
  private async facts(event: OutboxEventEntity): Promise<MessageFacts | null> {
    const { payload } = event;
    switch (event.type) {
      case 'MATTER_STATUS_CHANGED': {
        const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: payload.matterId! });
        return (
          matter && { type: event.type, matterId: matter.id, matterTitle: matter.title, to: payload.to! }
        );
      }
      case 'ACTION_ASSIGNED':
      case 'REMINDER_ACTION': {
        const action = await this.db.getRepository(ActionEntity).findOneBy({ id: payload.actionId! });
        // An owner who has done the work is not reminded of it.
        if (!action || (event.type === 'REMINDER_ACTION' && action.status === 'DONE')) return null;
        const due = actionDueDate(
          action,
          action.dueMilestoneId
            ? await this.db.getRepository(MilestoneEntity).findOneByOrFail({ id: action.dueMilestoneId })
            : null,
        );
        return event.type === 'REMINDER_ACTION'
          ? {
              type: event.type,
              matterId: action.servesMatterId,
              actionTitle: action.title,
              due,
              overdue: payload.step!.startsWith('overdue'),
            }
          : { type: event.type, matterId: action.servesMatterId, actionTitle: action.title, due };
      }
      case 'REMINDER_VIEW': {
        const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: payload.matterId! });
        if (!matter) return null;
        const meeting = await this.db
          .getRepository(MilestoneEntity)
          .findOneByOrFail({ id: matter.decidingMilestoneId });
        return {
          type: event.type,
          matterId: matter.id,
          matterTitle: matter.title,
          meetingTitle: meeting.title,
        };
      }
      case 'VIEW_SUBMITTED': {
        const view = await this.db.getRepository(ParticipantViewEntity).findOneBy({ id: payload.viewId! });
        if (!view) return null;
        const [matter, participant] = await Promise.all([
          this.db.getRepository(MatterEntity).findOneByOrFail({ id: view.matterId }),
          this.db.getRepository(ParticipantEntity).findOneByOrFail({ id: view.participantId }),
        ]);
        return {
          type: event.type,
          matterId: matter.id,
          matterTitle: matter.title,
          participantName: participant.name,
          position: view.position,
        };
      }
      case 'MILESTONE_MOVED':
      case 'MILESTONE_CANCELLED':
      case 'REMINDER_MEETING': {
        const milestone = await this.db
          .getRepository(MilestoneEntity)
          .findOneBy({ id: payload.milestoneId! });
        if (!milestone) return null;
        if (event.type === 'REMINDER_MEETING') {
          return {
            type: event.type,
            milestoneTitle: milestone.title,
            daysBefore: Number(payload.step!.split(':')[0]),
            startsAt: milestone.startsAt,
            timeZone: milestone.timeZone,
          };
        }
        return event.type === 'MILESTONE_MOVED'
          ? {
              type: event.type,
              milestoneTitle: milestone.title,
              startsAt: milestone.startsAt,
              timeZone: milestone.timeZone,
            }
          : { type: event.type, milestoneTitle: milestone.title };
      }
    }
  }
}
