import { Injectable } from '@nestjs/common';
import { sqlFile } from '../common/database/sql-file';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';

const CLAIM_TERM_START = sqlFile(__dirname, 'claim-term-start.sql');

/** What a Presidency handover writes beside its role terms. */
@Injectable()
export class PresidencyRepository {
  /** Whether this call claimed the announcement of a term's start (false when it was claimed before). */
  async claimTermStart(tx: Tx, termId: string, step: string, now: Date): Promise<boolean> {
    const claimed = await managerOf(tx).query<unknown[]>(CLAIM_TERM_START, [termId, step, now]);
    return claimed.length > 0;
  }
}
