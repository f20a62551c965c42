import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  defaultFrequency,
  DeliveryFrequency,
  frequencyRefusal,
  NotificationKind,
  type DigestFrequency,
} from '@prepcom/domain';
import { AppError } from '../common/errors/app-error';
import { NotificationPreferenceEntity, type NotificationPreference } from './preference.entity';

/** Which accounts get an event's email at once, and which gather it into a digest. */
export interface EmailRouting {
  immediately: string[];
  digest: { accountId: string; frequency: DigestFrequency }[];
}

/** Each person's email preferences per kind of event, with the defaults for kinds they have not chosen. */
@Injectable()
export class PreferencesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(accountId: string): Promise<NotificationPreference[]> {
    const chosen = new Map(
      (await this.db.getRepository(NotificationPreferenceEntity).findBy({ accountId })).map((row) => [
        row.kind,
        row.frequency,
      ]),
    );
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
    if (refusal) throw new AppError('BAD_USER_INPUT', refusal, { field: 'frequency' });
    await this.db
      .getRepository(NotificationPreferenceEntity)
      .upsert({ accountId, kind, frequency, updatedAt: now }, ['accountId', 'kind']);
    return this.of(accountId);
  }

  /** Sorts the recipients of one kind of event by what their preference says about its email. */
  async routeEmail(kind: NotificationKind, accountIds: string[]): Promise<EmailRouting> {
    const frequencyOf = await this.frequencies(kind, accountIds);
    const routing: EmailRouting = { immediately: [], digest: [] };
    for (const accountId of accountIds) {
      const frequency = frequencyOf(accountId);
      if (frequency === DeliveryFrequency.IMMEDIATELY) routing.immediately.push(accountId);
      else if (frequency !== DeliveryFrequency.NEVER) routing.digest.push({ accountId, frequency });
    }
    return routing;
  }

  /** The accounts, among these, that want the given kind in a digest of this frequency. */
  async wanting(kind: NotificationKind, frequency: DigestFrequency, accountIds: string[]): Promise<string[]> {
    const frequencyOf = await this.frequencies(kind, accountIds);
    return accountIds.filter((accountId) => frequencyOf(accountId) === frequency);
  }

  private async frequencies(
    kind: NotificationKind,
    accountIds: string[],
  ): Promise<(accountId: string) => DeliveryFrequency> {
    const rows =
      accountIds.length === 0
        ? []
        : await this.db
            .getRepository(NotificationPreferenceEntity)
            .findBy({ kind, accountId: In(accountIds) });
    const chosen = new Map(rows.map((row) => [row.accountId, row.frequency]));
    return (accountId) => chosen.get(accountId) ?? defaultFrequency(kind);
  }
}
