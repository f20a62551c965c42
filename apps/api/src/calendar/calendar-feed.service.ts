import { Inject, Injectable } from '@nestjs/common';
import { ICalCalendarMethod } from 'ical-generator';
import { canSee, ownsAction, requireText } from '@prepcom/domain';
import { actionDueDate } from '../assessment/action-due-date';
import type { ActionEntity } from '../action/action.entity';
import type { Actor } from '../identity/actor';
import { ActorService } from '../identity/actor.service';
import { hashToken, newToken } from '../identity/session-token';
import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError, assertValid, notFound } from '../common/errors/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { addActionDue, addMilestone, milestonePath, newCalendar } from './ics';

/** Enough for every device a person uses; more is a sign of addresses handed out and forgotten. */
const MAX_ACTIVE_FEEDS = 10;

const DUE: Record<string, (title: string) => string> = {
  en: (title) => `Due: ${title}`,
  fr: (title) => `Échéance : ${title}`,
  es: (title) => `Vence: ${title}`,
};

/**
 * Calendar feeds (METHOD:PUBLISH): the public one holds every milestone, as GraphQL shows them to a visitor; a
 * private one, read through a revocable token, adds the due dates of the open actions its owner holds today and may
 * see, each as an all-day event.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly actors: ActorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    label: string | undefined,
    now: Date,
    actor: Actor,
  ): Promise<{ feed: CalendarFeedEntity; url: string }> {
    const name = label?.trim() || 'Calendar';
    assertValid([requireText('label', name, 'label')]);
    return this.unitOfWork.run(async (tx) => {
      await this.feeds.lockAccount(tx, actor.account!.id);
      const active = await this.feeds.countActive(tx, actor.account!.id);
      if (active >= MAX_ACTIVE_FEEDS) {
        throw new AppError(
          'BAD_USER_INPUT',
          `You already have ${MAX_ACTIVE_FEEDS} calendar feeds; revoke one you no longer use first.`,
          { field: 'label' },
        );
      }
      const { token, hash } = newToken();
      const feed = await this.feeds.add(tx, {
        accountId: actor.account!.id,
        tokenHash: hash,
        label: name,
        createdAt: now,
        revokedAt: null,
      });
      return { feed, url: `${this.config.publicUrl}/calendar/private/${token}.ics` };
    });
  }

  /** Only one's own feed; anyone else's answers as missing. Revoking twice keeps the first instant. */
  async revoke(id: string, now: Date, actor: Actor): Promise<CalendarFeedEntity> {
    const feed = await this.feeds.ownFeed(actor.account!.id, id);
    if (!feed) throw notFound('calendar feed', id);
    if (feed.revokedAt) return feed;
    return this.feeds.revoke(id, now);
  }

  list(actor: Actor): Promise<CalendarFeedEntity[]> {
    return this.feeds.feedsOf(actor.account!.id);
  }

  async publicFeed(now: Date): Promise<string> {
    const calendar = newCalendar(ICalCalendarMethod.PUBLISH, 'prepcom');
    for (const milestone of await this.feeds.milestones()) {
      addMilestone(calendar, milestone, { publicUrl: this.config.publicUrl, now });
    }
    return calendar.toString();
  }

  /** The feed behind a token, read with its owner's powers of today; null for an unknown or revoked token. */
  async privateFeed(token: string, now: Date): Promise<string | null> {
    const feed = await this.feeds.activeFeed(hashToken(token));
    const actor = feed && (await this.actors.forAccount(feed.accountId, now));
    if (!actor?.signedIn) return null;
    const milestones = await this.feeds.milestones();
    const calendar = newCalendar(ICalCalendarMethod.PUBLISH, `prepcom: ${actor.account!.displayName}`);
    for (const milestone of milestones) {
      addMilestone(calendar, milestone, { publicUrl: this.config.publicUrl, now });
    }
    const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
    const due = DUE[actor.account!.language] ?? DUE.en!;
    for (const action of await this.actionsOf(actor)) {
      const link = action.servesMatterId
        ? `/matters/${action.servesMatterId}`
        : milestonePath(action.servesMilestoneId!);
      addActionDue(calendar, action, actionDueDate(action, byId.get(action.dueMilestoneId ?? '')), {
        now,
        summary: due(action.title),
        description: action.description,
        url: `${this.config.publicUrl}${link}`,
      });
    }
    return calendar.toString();
  }

  /** Open actions the person owns today, leaving out those serving a matter they may not see. */
  private async actionsOf(actor: Actor): Promise<ActionEntity[]> {
    const person = { participantId: actor.account!.participantId, capacities: actor.capacities };
    const owned = (await this.feeds.openActions()).filter((action) => ownsAction(action, person));
    const matterIds = [...new Set(owned.flatMap((action) => action.servesMatterId ?? []))];
    const matters = await this.feeds.matters(matterIds);
    const visible = new Set(
      matters.filter((matter) => canSee(matter.confidentiality, actor.clearance)).map((matter) => matter.id),
    );
    return owned.filter((action) => !action.servesMatterId || visible.has(action.servesMatterId));
  }
}
