import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { MilestoneStatus } from '@prepcom/domain';
import { actionDueDate } from '../action/action-due-date';
import { ActionEntity } from '../action/action.entity';
import { AccountEntity } from '../auth/account.entity';
import { InvitationCalendarService } from '../invitation/invitation-calendar.service';
import { MeetingInvitationEntity } from '../invitation/meeting-invitation.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import type { DeliverJob } from './domain-event';
import { isPermanent, type Mailer } from './mailer';
import { announceNotification } from './live-inbox.signal';
import { compose, type Language, type Message, type MessageFacts } from './messages';
import { NotificationEntity } from './notification.entity';
import { OutboxEventEntity } from './outbox-event.entity';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The email's text and HTML: the body, its sections as lists, and the link back to the dashboard. */
function render(message: Message, publicUrl: string): { text: string; html: string } {
  const url = (link: string | null) => (link ? `${publicUrl}${link}` : publicUrl);
  const sections = message.sections ?? [];
  const text = [
    message.body,
    ...sections.map(
      (section) =>
        `${section.heading}\n${section.lines.map((line) => `- ${line.text}${line.link ? ` <${url(line.link)}>` : ''}`).join('\n')}`,
    ),
    url(message.link),
  ].join('\n\n');
  const anchor = (label: string, link: string | null) =>
    `<a href="${escapeHtml(url(link))}">${escapeHtml(label)}</a>`;
  const html = [
    `<p>${escapeHtml(message.body)}</p>`,
    ...sections.map(
      (section) =>
        `<h3>${escapeHtml(section.heading)}</h3><ul>${section.lines
          .map((line) => `<li>${line.link ? anchor(line.text, line.link) : escapeHtml(line.text)}</li>`)
          .join('')}</ul>`,
    ),
    `<p>${anchor(url(message.link), message.link)}</p>`,
  ].join('');
  return { text: `${text}\n`, html };
}

/**
 * Delivers one event to one person on one channel, exactly once in-app and never twice by email: the delivery row,
 * unique on (event, account, channel), is claimed before anything is sent.
 */
@Injectable()
export class DeliveryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitationCalendars: InvitationCalendarService,
  ) {}

  /** The event a job delivers and the person it goes to. */
  async load(job: DeliverJob): Promise<{ event: OutboxEventEntity; account: AccountEntity }> {
    const [event, account] = await Promise.all([
      this.db.getRepository(OutboxEventEntity).findOneByOrFail({ id: job.eventId }),
      this.db.getRepository(AccountEntity).findOneByOrFail({ id: job.accountId }),
    ]);
    return { event, account };
  }

  async deliver(
    job: DeliverJob,
    mailer: Mailer | null,
    publicUrl: string,
    now: Date,
  ): Promise<'SENT' | 'SKIPPED'> {
    const { event, account } = await this.load(job);
    const facts = await this.facts(event);
    if (!facts || (await this.alreadyActed(event, account))) return 'SKIPPED';
    const message = compose(facts, account.language as Language);
    if (job.channel === 'EMAIL') {
      message.calendar = await this.invitationCalendars.attachmentFor(
        event,
        account,
        message.body,
        publicUrl,
        now,
      );
    }
    return job.channel === 'IN_APP'
      ? this.inApp(job, message, now)
      : this.sendEmail(job, account, message, mailer, publicUrl);
  }

  private async inApp(job: DeliverJob, message: Message, now: Date): Promise<'SENT' | 'SKIPPED'> {
    return this.db.transaction(async (manager) => {
      const claimed = await manager.query<{ id: string }[]>(
        `INSERT INTO delivery (event_id, account_id, channel, status, attempts) VALUES ($1, $2, 'IN_APP', 'SENT', 1)
         ON CONFLICT (event_id, account_id, channel) DO NOTHING RETURNING id`,
        [job.eventId, job.accountId],
      );
      if (claimed.length === 0) return 'SKIPPED';
      const { identifiers } = await manager.insert(NotificationEntity, {
        accountId: job.accountId,
        eventId: job.eventId,
        subject: message.subject,
        body: message.body,
        link: message.link,
        createdAt: now,
        readAt: null,
      });
      // Heard by the API replicas' live inboxes when this commits, never if it rolls back.
      await announceNotification(manager, {
        notificationId: (identifiers[0] as { id: string }).id,
        accountId: job.accountId,
      });
      return 'SENT';
    });
  }

  /** Sends a composed message by email, once: the delivery row is claimed first, then marked sent. */
  async sendEmail(
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
    try {
      await mailer.send({
        to: account.email,
        subject: message.subject,
        ...render(message, publicUrl),
        messageId: `<event-${job.eventId}.${job.accountId}@prepcom>`,
        calendar: message.calendar,
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

  /** A matter with the title of the meeting that decides it; null when the matter is gone. */
  private async matterAndMeeting(
    matterId: string,
  ): Promise<{ matterId: string; matterTitle: string; meetingTitle: string } | null> {
    const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: matterId });
    if (!matter) return null;
    const meeting = await this.db
      .getRepository(MilestoneEntity)
      .findOneByOrFail({ id: matter.decidingMilestoneId });
    return { matterId: matter.id, matterTitle: matter.title, meetingTitle: meeting.title };
  }

  /** A State that gave its view after the reminder was queued is not reminded of it. */
  private async alreadyActed(event: OutboxEventEntity, account: AccountEntity): Promise<boolean> {
    if (event.type !== 'REMINDER_VIEW' || !account.participantId) return false;
    return this.db
      .getRepository(ParticipantViewEntity)
      .existsBy({ matterId: event.payload.matterId!, participantId: account.participantId });
  }

  /** The texts a message needs, read now; null when the record is gone. */
  async facts(event: OutboxEventEntity): Promise<MessageFacts | null> {
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
        const deciding = await this.matterAndMeeting(payload.matterId!);
        return deciding && { type: event.type, ...deciding };
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
      case 'INVITATION_SENT': {
        const invitation = await this.db
          .getRepository(MeetingInvitationEntity)
          .findOneBy({ id: payload.invitationId! });
        const milestone =
          invitation &&
          (await this.db
            .getRepository(MilestoneEntity)
            .findOne({ where: { id: invitation.milestoneId }, relations: { contacts: true } }));
        // A meeting cancelled before its invitation went out gets only the cancellation.
        if (!invitation || !milestone || milestone.status === MilestoneStatus.CANCELLED) return null;
        const senderName = invitation.sentByParticipantId
          ? (
              await this.db
                .getRepository(ParticipantEntity)
                .findOneByOrFail({ id: invitation.sentByParticipantId })
            ).name
          : (await this.db.getRepository(AccountEntity).findOneByOrFail({ id: invitation.sentByAccountId }))
              .displayName;
        return {
          type: event.type,
          milestoneId: milestone.id,
          milestoneTitle: milestone.title,
          startsAt: milestone.startsAt,
          timeZone: milestone.timeZone,
          place: [milestone.venue, milestone.room].filter(Boolean).join(', '),
          senderName,
          note: invitation.note,
          contacts: (milestone.contacts ?? []).map((person) =>
            [person.name, person.title, person.email, person.phone].filter(Boolean).join(', '),
          ),
        };
      }
      case 'HEALTH_WORSENED': {
        const deciding = await this.matterAndMeeting(payload.matterId!);
        return deciding && { type: event.type, ...deciding, to: payload.to! };
      }
      case 'ROLE_TERM_STARTING':
      case 'ROLE_TERM_ENDING': {
        const term = await this.db.getRepository(RoleTermEntity).findOneBy({ id: payload.roleTermId! });
        if (!term) return null;
        const holder = await this.db
          .getRepository(ParticipantEntity)
          .findOneByOrFail({ id: term.participantId });
        return {
          type: event.type,
          role: term.role,
          body: term.body,
          holderName: term.personName ? `${term.personName} (${holder.name})` : holder.name,
          startsOn: term.startsOn,
          endsOn: term.endsOn,
        };
      }
      // A digest is composed per person from the events it gathers (DigestService).
      case 'DIGEST_DUE':
        return null;
      case 'MILESTONE_SCHEDULED':
      case 'MILESTONE_MOVED':
      case 'MILESTONE_CANCELLED':
      case 'REMINDER_MEETING': {
        const milestone = await this.db
          .getRepository(MilestoneEntity)
          .findOneBy({ id: payload.milestoneId! });
        if (!milestone) return null;
        const { title: milestoneTitle, startsAt, timeZone } = milestone;
        switch (event.type) {
          case 'REMINDER_MEETING':
            return {
              type: event.type,
              milestoneTitle,
              daysBefore: Number(payload.step!.split(':')[0]),
              startsAt,
              timeZone,
            };
          case 'MILESTONE_SCHEDULED':
            return { type: event.type, milestoneTitle, startsAt, timeZone, venue: milestone.venue };
          case 'MILESTONE_MOVED':
            return { type: event.type, milestoneTitle, startsAt, timeZone };
          default:
            return { type: event.type, milestoneTitle };
        }
      }
    }
  }
}
