import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { Capacity, Health, isOpenMatter, NotificationKind, type DigestFrequency } from '@prepcom/domain';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import type { Actor } from '../identity/actor';
import { AccountEntity } from '../auth/account.entity';
import { ActorService } from '../identity/actor.service';
import type { StoredEvent } from '../events/domain-event';
import { DeliveryService } from './delivery.service';
import { composeDigest, type ReportedMatter } from './digest-message';
import { DigestRepository } from './digest.repository';
import type { Mailer } from './mailer';
import type { Language, Message } from './messages';
import type { DeliverJob } from './pipeline-jobs';
import { PreferencesService } from './preferences.service';

/** The events a readiness report recounts under "what changed". */
const CHANGES = [
  'MATTER_STATUS_CHANGED',
  'HEALTH_WORSENED',
  'MILESTONE_MOVED',
  'MILESTONE_CANCELLED',
] as const;

/**
 * Daily and weekly digests: events held back by a person's preferences are gathered into one email per period,
 * with the Co-Chairs' readiness report. A digest is sent like any email, once per (digest event, person).
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly digests: DigestRepository,
    private readonly deliveries: DeliveryService,
    private readonly preferences: PreferencesService,
    private readonly actors: ActorService,
    private readonly snapshots: SnapshotRepository,
  ) {}

  /** Keeps an event's email for the digests these people chose; a repeated fan-out holds nothing twice. */
  async hold(
    eventId: string,
    recipients: { accountId: string; frequency: DigestFrequency }[],
  ): Promise<void> {
    if (recipients.length === 0) return;
    await this.digests.hold(eventId, recipients);
  }

  async deliver(
    job: DeliverJob,
    mailer: Mailer | null,
    publicUrl: string,
    now: Date,
  ): Promise<'SENT' | 'SKIPPED'> {
    const { event, account } = await this.deliveries.load(job);
    const message = await this.compose(event, account, now);
    return message ? this.deliveries.sendEmail(job, account, message, mailer, publicUrl) : 'SKIPPED';
  }

  private async compose(event: StoredEvent, account: AccountEntity, now: Date): Promise<Message | null> {
    if (event.type !== 'DIGEST_DUE')
      throw new UnrecoverableError(`A digest job names a ${event.type} event.`);
    const period = event.payload;
    const language = account.language as Language;
    // Items from before the period's end join this digest; a retry finds the same ones, later ones wait for the next.
    const gathered = await this.digests.gather(event.id, account.id, period.frequency, period.at);
    const actor = await this.actors.forAccount(account.id, now);
    const updates = await this.messages(gathered, actor, language);
    const report = (await this.takesReport(actor, period.frequency))
      ? await this.report(actor, new Date(period.since), new Date(period.at), language)
      : null;
    if (updates.length === 0 && !report) return null;
    return composeDigest(
      { frequency: period.frequency, from: period.from, to: period.to, updates, report },
      language,
    );
  }

  private async takesReport(actor: Actor, frequency: DigestFrequency): Promise<boolean> {
    if (!actor.account || !actor.capacities.includes(Capacity.CO_CHAIR)) return false;
    const wanting = await this.preferences.wanting(NotificationKind.READINESS_REPORT, frequency, [
      actor.account.id,
    ]);
    return wanting.length > 0;
  }

  /** Matters still open and those at risk, as the Co-Chair may see them now, and what changed in the period. */
  private async report(actor: Actor, since: Date, until: Date, language: Language) {
    const open: ReportedMatter[] = [];
    const visibleMatters = new Set<string>();
    for (const process of await this.digests.processesByTitle()) {
      const snapshot = await this.snapshots.load(process.id, until, actor.clearance);
      for (const state of snapshot.matters) {
        visibleMatters.add(state.matter.id);
        if (!isOpenMatter(state.status)) continue;
        open.push({
          id: state.matter.id,
          title: state.matter.title,
          meetingTitle: state.decidingMilestone.title,
          readiness: state.readiness.score,
          health: state.health?.level ?? null,
        });
      }
    }
    const changes = await this.digests.eventsBetween(CHANGES, since, until);
    const visibleChanges = changes.filter(
      (change) => !('matterId' in change.payload) || visibleMatters.has(change.payload.matterId),
    );
    return {
      open,
      atRisk: open.filter((matter) => matter.health === Health.AT_RISK || matter.health === Health.OFF_TRACK),
      changed: await this.messages(visibleChanges, actor, language),
    };
  }

  /**
   * Each event as it reads now, for a reader as they are now: an item gathered when its record was open to them,
   * and closed to them since, is left out.
   */
  private async messages(events: StoredEvent[], reader: Actor, language: Language): Promise<Message[]> {
    const messages: Message[] = [];
    for (const event of events) {
      const read = await this.deliveries.facts(event);
      if (read && reader.sees(read.tier)) messages.push(read.say(language));
    }
    return messages;
  }
}
