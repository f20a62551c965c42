import { DataSource } from 'typeorm';
import { sqlFile } from '../common/database/sql-file';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { UnitOfWork } from '../common/database/unit-of-work';
import { dataSourceOptions } from '../database/data-source';

const LINK_CONVENORS = sqlFile(__dirname, 'link-convenors.sql');
const LINK_CONTACTS = sqlFile(__dirname, 'link-contacts.sql');
const FILL_PROCESS_LINKS = sqlFile(__dirname, 'fill-process-links.sql');
const RESET_SAMPLE_ACCOUNT = sqlFile(__dirname, 'reset-sample-account.sql');

/** Rows inserted by one statement: PostgreSQL takes at most 65,535 parameters in one. */
const BATCH = 500;

/** A sample account as it is written. */
export interface SampleAccountRow {
  email: string;
  passwordHash: string;
  displayName: string;
  participantId: string | null;
  accountRole: 'ADMINISTRATOR' | 'DELEGATE';
}

/**
 * The seed's writes: sample data loaded idempotently (a row already there is left exactly as it is) and the sample
 * accounts. The seed runs outside Nest, before the API starts, on a connection of its own.
 */
export class SeedRepository {
  readonly unitOfWork: UnitOfWork;

  constructor(private readonly db: DataSource) {
    this.unitOfWork = new UnitOfWork(db);
  }

  /** A repository on a connection of its own to `url`; `close` ends it. */
  static async connect(url: string): Promise<SeedRepository> {
    const db = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
    await db.initialize();
    return new SeedRepository(db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  /** Inserts the rows whose id is not there yet; a row already present is left as it is. */
  async insertMissing(tx: Tx, entity: new () => object, rows: object[]): Promise<void> {
    for (let start = 0; start < rows.length; start += BATCH) {
      await managerOf(tx)
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows.slice(start, start + BATCH) as never)
        .orIgnore()
        .execute();
    }
  }

  /** Adds the missing (milestone id, participant id) convenor links. */
  async linkConvenors(tx: Tx, links: [string, string][]): Promise<void> {
    await this.link(tx, LINK_CONVENORS, links);
  }

  /** Adds the missing (milestone id, person id) contact links. */
  async linkContacts(tx: Tx, links: [string, string][]): Promise<void> {
    await this.link(tx, LINK_CONTACTS, links);
  }

  private async link(tx: Tx, statement: string, links: [string, string][]): Promise<void> {
    await managerOf(tx).query(statement, [
      links.map(([milestoneId]) => milestoneId),
      links.map(([, id]) => id),
    ]);
  }

  /** Sets the process's target meeting and decision deadline where nobody has set them. */
  async fillProcessLinks(
    tx: Tx,
    processId: string,
    targetMilestoneId: string,
    decisionDeadlineMilestoneId: string,
  ): Promise<void> {
    await managerOf(tx).query(FILL_PROCESS_LINKS, [
      processId,
      targetMilestoneId,
      decisionDeadlineMilestoneId,
    ]);
  }

  /** Creates the account, or gives the one with its email (in any case) the new password and nothing else. */
  async resetSampleAccount(account: SampleAccountRow): Promise<void> {
    await this.db.query(RESET_SAMPLE_ACCOUNT, [
      account.email,
      account.passwordHash,
      account.displayName,
      account.participantId,
      account.accountRole,
    ]);
  }
}
