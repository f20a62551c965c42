import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  canSee,
  Capacity,
  Confidentiality,
  NotificationKind,
  ownsAction,
  type DigestFrequency,
} from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import type { Actor } from '../identity/actor';
import { AccountEntity } from '../auth/account.entity';
import { ActorService, capacityDay } from '../identity/actor.service';
import { MeetingInvitationRecipientEntity } from '../invitation/meeting-invitation-recipient.entity';
import { MatterEntity } from '../matter/matter.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import type { OutboxEventEntity } from './outbox-event.entity';
import { optionTier } from './option-tier';
import { PreferencesService } from './preferences.service';
import { StampedCache } from './stamped-cache';

const STEERING: readonly Capacity[] = [Capacity.CO_CHAIR, Capacity.PRESIDENCY, Capacity.SUPPORT_UNIT];

/**
 * Who must hear of an event, computed when it is fanned out, with each person's powers of the day: nobody is told
 * about a record they may not see.
 */
@Injectable()
export class RecipientsService {
  /** Every fan-out reads everyone as they are that day; kept while no account, participant or role term changes. */
  private readonly everyone: StampedCache<Actor[]>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly actors: ActorService,
    private readonly preferences: PreferencesService,
  ) {
    this.everyone = new StampedCache(db, [AccountEntity, ParticipantEntity, RoleTermEntity]);
  }

  /** Everyone as they are on `now`'s day, from the cache while accounts, participants and role terms stand still. */
  private everyoneOn(now: Date): Promise<Actor[]> {
    return this.everyone.get(() => this.actors.everyone(now), capacityDay(now));
  }

  /** Each account's clearance today (a disabled or unknown account's is a visitor's: PUBLIC). */
  async clearancesOf(accountIds: string[], now: Date): Promise<Confidentiality[]> {
    const everyone = await this.everyoneOn(now);
    const byId = new Map(everyone.map((actor) => [actor.account!.id, actor.clearance]));
    return accountIds.map((id) => byId.get(id) ?? Confidentiality.PUBLIC);
  }

  /** Who is told of the event: those concerned who may see it, except the person who caused it. */
  async of(event: OutboxEventEntity, now: Date): Promise<string[]> {
    const concerned = await this.concernedBy(event, now);
    return event.actorAccountId ? concerned.filter((id) => id !== event.actorAccountId) : concerned;
  }

  private async concernedBy(event: OutboxEventEntity, now: Date): Promise<string[]> {
    const everyone = await this.everyoneOn(now);
    const { payload } = event;
    switch (event.type) {
      case 'MATTER_STATUS_CHANGED': {
        const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: payload.matterId! });
        return ids(everyone.filter((a) => matter && canSee(matter.confidentiality, a.clearance)));
      }
      case 'ACTION_ASSIGNED':
      case 'REMINDER_ACTION': {
        const action = await this.db.getRepository(ActionEntity).findOneBy({ id: payload.actionId! });
        if (!action) return [];
        const matter = action.servesMatterId
          ? await this.db.getRepository(MatterEntity).findOneBy({ id: action.servesMatterId })
          : null;
        return ids(
          everyone.filter(
            (a) =>
              ownsAction(action, { participantId: a.account!.participantId, capacities: a.capacities }) &&
              (!matter || canSee(matter.confidentiality, a.clearance)),
          ),
        );
      }
      case 'VIEW_SUBMITTED': {
        const view = await this.db.getRepository(ParticipantViewEntity).findOneBy({ id: payload.viewId! });
        const matter = view && (await this.db.getRepository(MatterEntity).findOneBy({ id: view.matterId }));
        const option = view?.optionId ? await optionTier(this.db, view.optionId) : null;
        return ids(
          everyone.filter(
            (a) =>
              view &&
              matter &&
              a.capacities.includes(Capacity.CO_CHAIR) &&
              canSee(view.confidentiality, a.clearance) &&
              canSee(matter.confidentiality, a.clearance) &&
              (view.optionId === null || (option !== null && canSee(option, a.clearance))),
          ),
        );
      }
      case 'HEALTH_WORSENED': {
        // Those who steer readiness: Co-Chairs, Presidencies and the support unit, where they may see the matter.
        const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: payload.matterId! });
        return ids(
          everyone.filter(
            (a) =>
              matter &&
              a.capacities.some((capacity) => STEERING.includes(capacity)) &&
              canSee(matter.confidentiality, a.clearance),
          ),
        );
      }
      case 'ROLE_TERM_STARTING':
      case 'ROLE_TERM_ENDING': {
        // The holder's own delegation, and the support unit that arranges the handover.
        const term = await this.db.getRepository(RoleTermEntity).findOneBy({ id: payload.roleTermId! });
        return ids(
          everyone.filter(
            (a) =>
              term &&
              (a.account!.participantId === term.participantId ||
                a.capacities.includes(Capacity.SUPPORT_UNIT)),
          ),
        );
      }
      case 'DIGEST_DUE': {
        // Everyone with events waiting for this digest, and the Co-Chairs who take the readiness report this often.
        const frequency = payload.frequency as DigestFrequency;
        const waiting = await this.db.query<{ account_id: string }[]>(
          `SELECT DISTINCT account_id FROM digest_item
            WHERE frequency = $1 AND (digest_event_id IS NULL OR digest_event_id = $2)`,
          [frequency, event.id],
        );
        const coChairs = ids(everyone.filter((a) => a.capacities.includes(Capacity.CO_CHAIR)));
        const reportReaders = await this.preferences.wanting(
          NotificationKind.READINESS_REPORT,
          frequency,
          coChairs,
        );
        return [...new Set([...waiting.map((row) => row.account_id), ...reportReaders])];
      }
      case 'ACCOUNT_LINK_ISSUED': {
        // Its own account only, while the link is still waiting for its email (not used, replaced or expired).
        const rows = await this.db.query<{ account_id: string }[]>(
          `SELECT account_id FROM one_time_token
            WHERE id = $1 AND mail_token IS NOT NULL AND used_at IS NULL AND expires_at > $2`,
          [payload.linkId, now],
        );
        return rows.map((row) => row.account_id);
      }
      case 'MILESTONE_SCHEDULED':
      case 'MILESTONE_MOVED':
      case 'MILESTONE_CANCELLED':
      case 'REMINDER_MEETING':
        return ids(everyone);
      case 'INVITATION_SENT':
      case 'INVITATION_CORRECTED':
      case 'INVITATION_WITHDRAWN': {
        // The accounts of every participant it reached, invited or copied; meetings themselves are public.
        const reached = new Set(
          (
            await this.db
              .getRepository(MeetingInvitationRecipientEntity)
              .findBy({ invitationId: payload.invitationId! })
          ).map((recipient) => recipient.participantId),
        );
        return ids(everyone.filter((a) => reached.has(a.account!.participantId ?? '')));
      }
      case 'REMINDER_VIEW': {
        // States Parties that can see the matter and have not given a view on it yet.
        const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: payload.matterId! });
        if (!matter) return [];
        const spoke = new Set(
          (await this.db.getRepository(ParticipantViewEntity).findBy({ matterId: matter.id })).map(
            (view) => view.participantId,
          ),
        );
        return ids(
          everyone.filter(
            (a) =>
              a.capacities.includes(Capacity.STATE_PARTY) &&
              canSee(matter.confidentiality, a.clearance) &&
              !spoke.has(a.account!.participantId ?? ''),
          ),
        );
      }
    }
  }
}

const ids = (actors: Actor[]) => actors.map((actor) => actor.account!.id);
