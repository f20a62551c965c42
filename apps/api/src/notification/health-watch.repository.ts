import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Health } from '@prepcom/domain';
import { sqlFile } from '../common/database/sql-file';
import type { Tx } from '../common/database/tx';
import { managerOf } from '../common/database/tx-manager';
import { ProcessEntity } from '../process/process.entity';

const LOCK_HEALTH_WATCH = sqlFile(__dirname, 'lock-health-watch.sql');
const HEALTH_SEEN = sqlFile(__dirname, 'health-seen.sql');
const RECORD_HEALTH_SEEN = sqlFile(__dirname, 'record-health-seen.sql');

/** Serialises watchers across worker processes (pg_advisory_xact_lock key). */
const WATCH_LOCK = 0x6865616c; // "heal"

/** The last health the watch saw of each matter (`matter_health_seen`). */
@Injectable()
export class HealthWatchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async processIds(): Promise<string[]> {
    const processes = await this.db.getRepository(ProcessEntity).find({ select: { id: true } });
    return processes.map((process) => process.id);
  }

  /** Waits until no other watch runs, and keeps the others waiting until the transaction ends. */
  async lockWatch(tx: Tx): Promise<void> {
    await managerOf(tx).query(LOCK_HEALTH_WATCH, [WATCH_LOCK]);
  }

  /** Each matter's last health seen, by matter id. */
  async seen(tx: Tx): Promise<Map<string, Health>> {
    const rows = await managerOf(tx).query<{ matter_id: string; level: Health }[]>(HEALTH_SEEN);
    return new Map(rows.map((row) => [row.matter_id, row.level]));
  }

  async recordSeen(tx: Tx, matterId: string, level: Health, now: Date): Promise<void> {
    await managerOf(tx).query(RECORD_HEALTH_SEEN, [matterId, level, now]);
  }
}
