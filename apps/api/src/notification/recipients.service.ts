import { Injectable } from '@nestjs/common';
import { Confidentiality } from '@prepcom/domain';
import type { Actor } from '../identity/actor';
import { AccountEntity } from '../auth/account.entity';
import { ActorService, capacityDay } from '../identity/actor.service';
import type { StoredEvent } from '../events/domain-event';
import { ParticipantEntity } from '../participant/participant.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { FanOutRepository, type MatterTier } from './fan-out.repository';
import { NoticeFactsRepository } from './notice-facts.repository';
import { noticeOf } from './notices';
import { PreferencesService } from './preferences.service';
import { StampedCache } from './stamped-cache';
import { TableStampsRepository } from './table-stamps.repository';

/**
 * Who must hear of an event, computed when it is fanned out, with each person's powers of the day: nobody is told
 * about a record they may not see.
 */
@Injectable()
export class RecipientsService {
  /** Every fan-out reads everyone as they are that day; kept while no account, participant or role term changes. */
  private readonly everyone: StampedCache<Actor[]>;

  constructor(
    private readonly actors: ActorService,
    private readonly preferences: PreferencesService,
    private readonly records: NoticeFactsRepository,
    private readonly matters: FanOutRepository,
    stamps: TableStampsRepository,
  ) {
    this.everyone = new StampedCache(stamps.of([AccountEntity, ParticipantEntity, RoleTermEntity]));
  }

  /** The digest of everyone's tables, as SQL, for a caller that reads it in its own statement and passes it to `of`. */
  get everyoneDigestSql(): string {
    return this.everyone.digestSql;
  }

  /**
   * Everyone as they are on `now`'s day, from the cache while accounts, participants and role terms stand still
   * (`stamp`: `everyoneDigestSql` as the caller just read it).
   */
  private everyoneOn(now: Date, stamp?: string): Promise<Actor[]> {
    return this.everyone.get(() => this.actors.everyone(now), capacityDay(now), stamp);
  }

  /** Each account's clearance today (a disabled or unknown account's is a visitor's: PUBLIC). */
  async clearancesOf(accountIds: string[], now: Date): Promise<Confidentiality[]> {
    const everyone = await this.everyoneOn(now);
    const byId = new Map(everyone.map((actor) => [actor.account!.id, actor.clearance]));
    return accountIds.map((id) => byId.get(id) ?? Confidentiality.PUBLIC);
  }

  /**
   * Who is told of the event: those concerned who may see it, except the person who caused it. `read` is what the
   * fan-out read with the event (FanOutRepository.event), if it did: `everyoneDigestSql` and the event's matter.
   */
  async of(
    event: StoredEvent,
    now: Date,
    read?: { everyoneStamp: string; matter: MatterTier | null },
  ): Promise<string[]> {
    const everyone = await this.everyoneOn(now, read?.everyoneStamp);
    const concerned = await noticeOf(event.type).recipients(event, {
      records: this.records,
      everyone,
      matter: (matterId) =>
        read?.matter?.id === matterId ? Promise.resolve(read.matter) : this.matters.matter(matterId),
      preferences: this.preferences,
      now,
    });
    return event.actorAccountId ? concerned.filter((id) => id !== event.actorAccountId) : concerned;
  }
}
