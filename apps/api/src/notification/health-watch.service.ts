import { Injectable } from '@nestjs/common';
import { Confidentiality, healthWorsened, isOpenMatter } from '@prepcom/domain';
import type { MatterState } from '../assessment/process-snapshot';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { OutboxService } from '../events/outbox.service';
import { UnitOfWork } from '../common/database/unit-of-work';
import { HealthWatchRepository } from './health-watch.repository';

/**
 * Health changes with time as well as with edits (a meeting coming closer can put a matter at risk), so it is
 * watched: each open matter's health is compared with the last one seen, and a worsening is announced once.
 */
@Injectable()
export class HealthWatchService {
  constructor(
    private readonly watched: HealthWatchRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly snapshots: SnapshotRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** Returns how many matters worsened. The first look at a matter only records its health. */
  async watch(now: Date): Promise<number> {
    // Assessed with everything visible: the people told (Co-Chairs, Presidencies, support unit) see the matter whole.
    const states: MatterState[] = [];
    for (const processId of await this.watched.processIds()) {
      const snapshot = await this.snapshots.load(processId, now, Confidentiality.CO_CHAIRS);
      states.push(...snapshot.matters.filter((state) => isOpenMatter(state.status) && state.health));
    }
    return this.unitOfWork.run(async (tx) => {
      await this.watched.lockWatch(tx);
      const seen = await this.watched.seen(tx);
      let worsened = 0;
      for (const state of states) {
        const before = seen.get(state.matter.id);
        const after = state.health!.level;
        if (before === after) continue;
        await this.watched.recordSeen(tx, state.matter.id, after, now);
        if (before && healthWorsened(before, after)) {
          await this.outbox.emit(tx, now, null, {
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
