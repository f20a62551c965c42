import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Confidentiality, healthWorsened, isOpenMatter, type Health } from '@prepcom/domain';
import type { MatterState } from '../assessment/process-snapshot';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { ProcessEntity } from '../process/process.entity';
import { OutboxService } from '../events/outbox.service';
import { txOf } from '../common/database/tx-manager';

/** Serialises watchers across worker processes (pg_advisory_xact_lock key). */
const WATCH_LOCK = 0x6865616c; // "heal"

/**
 * Health changes with time as well as with edits (a meeting coming closer can put a matter at risk), so it is
 * watched: each open matter's health is compared with the last one seen, and a worsening is announced once.
 */
@Injectable()
export class HealthWatchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly snapshots: SnapshotRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Returns how many matters worsened. The first look at a matter only records its health. */
  async watch(now: Date): Promise<number> {
    // Assessed with everything visible: the people told (Co-Chairs, Presidencies, support unit) see the matter whole.
    const states: MatterState[] = [];
    for (const process of await this.db.getRepository(ProcessEntity).find()) {
      const snapshot = await this.snapshots.load(process.id, now, Confidentiality.CO_CHAIRS);
      states.push(...snapshot.matters.filter((state) => isOpenMatter(state.status) && state.health));
    }
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [WATCH_LOCK]);
      const seen = new Map(
        (
          await manager.query<{ matter_id: string; level: Health }[]>(
            `SELECT matter_id, level FROM matter_health_seen`,
          )
        ).map((row) => [row.matter_id, row.level]),
      );
      let worsened = 0;
      for (const state of states) {
        const before = seen.get(state.matter.id);
        const after = state.health!.level;
        if (before === after) continue;
        await manager.query(
          `INSERT INTO matter_health_seen (matter_id, level, seen_at) VALUES ($1, $2, $3)
           ON CONFLICT (matter_id) DO UPDATE SET level = EXCLUDED.level, seen_at = EXCLUDED.seen_at`,
          [state.matter.id, after, now],
        );
        if (before && healthWorsened(before, after)) {
          await this.outbox.emit(txOf(manager), now, null, {
            type: 'HEALTH_WORSENED',
            payload: { matterId: state.matter.id, from: before, to: after },
          });
          worsened += 1;
        }
      }
      return worsened;
    });
  }
}
