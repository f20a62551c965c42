import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { sqlFile } from '../common/database/sql-file';

const RECORD_VISIT = sqlFile(__dirname, 'record-visit.sql');
const MATTER_TITLE_AND_AUTHOR = sqlFile(__dirname, 'matter-title-and-author.sql');

/** What telling of changes reads besides the audit trail: people's last visits, and the names a change shows. */
@Injectable()
export class ChangesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records an account's visit at `now`; answers the previous one, or null on the first. */
  async recordVisit(accountId: string, now: Date): Promise<Date | null> {
    const [row] = await this.db.query<{ previous: Date | null }[]>(RECORD_VISIT, [accountId, now]);
    return row?.previous ?? null;
  }

  /** The title of the matter a change is about and the name of the participant who made it, when known. */
  async titleAndAuthor(
    matterId: string | null,
    participantId: string | null,
  ): Promise<{ matterTitle: string | null; by: string | null }> {
    const [row] = await this.db.query<{ matter_title: string | null; by: string | null }[]>(
      MATTER_TITLE_AND_AUTHOR,
      [matterId, participantId],
    );
    return { matterTitle: row?.matter_title ?? null, by: row?.by ?? null };
  }
}
