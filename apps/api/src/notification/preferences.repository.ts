import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationPreferenceEntity } from './preference.entity';

/** People's chosen email frequencies, one row per account and kind of event. */
@Injectable()
export class PreferencesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  of(accountId: string): Promise<NotificationPreferenceEntity[]> {
    return this.db.getRepository(NotificationPreferenceEntity).findBy({ accountId });
  }

  /** Sets the account's choice for the kind, whether or not it had one. */
  async choose(choice: NotificationPreferenceEntity): Promise<void> {
    await this.db.getRepository(NotificationPreferenceEntity).upsert(choice, ['accountId', 'kind']);
  }

  all(): Promise<NotificationPreferenceEntity[]> {
    return this.db.getRepository(NotificationPreferenceEntity).find();
  }
}
