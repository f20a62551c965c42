import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Confidentiality } from '@prepcom/domain';
import type { Actor } from '../identity/actor';
import { AccountEntity } from '../auth/account.entity';
import { ActorService, capacityDay } from '../identity/actor.service';
import type { StoredEvent } from '../events/domain-event';
import { ParticipantEntity } from '../participant/participant.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { NoticeFactsRepository } from './notice-facts.repository';
import { noticeOf } from './notices';
import { PreferencesService } from './preferences.service';
import { StampedCache } from './stamped-cache';

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
    private readonly records: NoticeFactsRepository,
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
  async of(event: StoredEvent, now: Date): Promise<string[]> {
    const everyone = await this.everyoneOn(now);
    const concerned = await noticeOf(event.type).recipients(event, {
      records: this.records,
      everyone,
      preferences: this.preferences,
      now,
    });
    return event.actorAccountId ? concerned.filter((id) => id !== event.actorAccountId) : concerned;
  }
}
