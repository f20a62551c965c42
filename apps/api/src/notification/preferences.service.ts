import { Inject, Injectable } from '@nestjs/common';
import {
  defaultFrequency,
  DeliveryFrequency,
  frequencyRefusal,
  NotificationKind,
  type DigestFrequency,
} from '@prepcom/domain';
import { invalidInput } from '../common/errors/app-error';
import type { NotificationPreference } from './preference.entity';
import { PreferencesRepository } from './preferences.repository';
import type { StampedCache } from './stamped-cache';

/** Each account's chosen frequency, by kind of event. */
export type Chosen = Map<NotificationKind, Map<string, DeliveryFrequency>>;

/** Which accounts get an event's email at once, and which gather it into a digest. */
export interface EmailRouting {
  immediately: string[];
  digest: { accountId: string; frequency: DigestFrequency }[];
}

/** Where PreferencesService keeps what it read, while no preference changes (given by the modules). */
export const PREFERENCES_CACHE = Symbol('PreferencesService cache');

/** Each person's email preferences per kind of event, with the defaults for kinds they have not chosen. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly rows: PreferencesRepository,
    /** Every fan-out routes email by them; kept while no preference changes. */
    @Inject(PREFERENCES_CACHE) private readonly chosen: StampedCache<Chosen>,
  ) {}

  async of(accountId: string): Promise<NotificationPreference[]> {
    const chosen = new Map((await this.rows.of(accountId)).map((row) => [row.kind, row.frequency]));
    return Object.values(NotificationKind).map((kind) => ({
      kind,
      frequency: chosen.get(kind) ?? defaultFrequency(kind),
      isDefault: !chosen.has(kind),
    }));
  }

  async set(
    accountId: string,
    kind: NotificationKind,
    frequency: DeliveryFrequency,
    now: Date,
  ): Promise<NotificationPreference[]> {
    const refusal = frequencyRefusal(kind, frequency);
    if (refusal) throw invalidInput([refusal]);
    await this.rows.choose({ accountId, kind, frequency, updatedAt: now });
    return this.of(accountId);
  }

  /** Sorts the recipients of one kind of event by what their preference says about its email. */
  async routeEmail(kind: NotificationKind, accountIds: string[]): Promise<EmailRouting> {
    return (await this.emailRouter(kind))(accountIds);
  }

  /** routeEmail with the preferences read now, before the recipients are known (a fan-out reads both at once). */
  async emailRouter(kind: NotificationKind): Promise<(accountIds: string[]) => EmailRouting> {
    const frequencyOf = await this.frequencies(kind);
    return (accountIds) => {
      const routing: EmailRouting = { immediately: [], digest: [] };
      for (const accountId of accountIds) {
        const frequency = frequencyOf(accountId);
        if (frequency === DeliveryFrequency.IMMEDIATELY) routing.immediately.push(accountId);
        else if (frequency !== DeliveryFrequency.NEVER) routing.digest.push({ accountId, frequency });
      }
      return routing;
    };
  }

  /** The accounts, among these, that want the given kind in a digest of this frequency. */
  async wanting(kind: NotificationKind, frequency: DigestFrequency, accountIds: string[]): Promise<string[]> {
    const frequencyOf = await this.frequencies(kind);
    return accountIds.filter((accountId) => frequencyOf(accountId) === frequency);
  }

  private async frequencies(kind: NotificationKind): Promise<(accountId: string) => DeliveryFrequency> {
    const chosen = (await this.chosen.get(() => this.readAll())).get(kind);
    return (accountId) => chosen?.get(accountId) ?? defaultFrequency(kind);
  }

  private async readAll(): Promise<Chosen> {
    const chosen: Chosen = new Map();
    for (const row of await this.rows.all()) {
      let byAccount = chosen.get(row.kind);
      if (!byAccount) chosen.set(row.kind, (byAccount = new Map()));
      byAccount.set(row.accountId, row.frequency);
    }
    return chosen;
  }
}
