import { Injectable } from '@nestjs/common';
import { refusal } from '@prepcom/domain';
import type { ProcessSnapshot } from '../assessment/process-snapshot';
import { AuditAction } from '../audit/audit-event.entity';
import { AuditTrailRepository } from '../audit/audit-trail.repository';
import { visibleEvents } from '../audit/audit-visibility';
import type { Actor } from '../identity/actor';
import { invalidInput } from '../common/errors/app-error';
import { groupBy } from '../common/group-by';
import type { MatterChanges } from './matter-changes.type';

/**
 * "What changed since your last visit": the matters the audit trail shows changed over a period, read as the audit
 * trail is filtered for the reader (audit-visibility.ts) and counted, never quoted, so a reader who may not read the
 * trail itself learns only what the screens would show them anyway: which matter, what kind of change, and its
 * status, readiness and health then and now.
 */
@Injectable()
export class ChangesSinceService {
  constructor(private readonly trail: AuditTrailRepository) {}

  async changes(
    processId: string,
    since: Date,
    now: Date,
    actor: Actor,
    snapshots: { then: ProcessSnapshot; now: ProcessSnapshot },
  ): Promise<MatterChanges[]> {
    if (since > now) throw invalidInput([refusal('CHANGES_SINCE', 'since', 'INSTANT_STILL_TO_COME', {})]);
    const events = await this.trail.aboutMatters(processId, since, now);
    const visible = await visibleEvents(this.trail, events, actor.clearance);
    const byMatter = groupBy(visible, (event) => event.matterId);
    const changed = [...byMatter].flatMap(([matterId, matterEvents]) => {
      const state = matterId ? snapshots.now.matter(matterId) : undefined;
      if (!state) return [];
      const before = snapshots.then.matter(state.matter.id);
      const records = (type: string) =>
        new Set(matterEvents.filter((event) => event.entityType === type).map((event) => event.entityId))
          .size;
      const own = matterEvents.filter((event) => event.entityType === 'matter');
      return [
        {
          matterId: state.matter.id,
          title: state.matter.title,
          created: own.some((event) => event.action === AuditAction.CREATE),
          statusFrom: before?.status ?? null,
          statusTo: state.status,
          readinessFrom: before?.readiness.score ?? null,
          readinessTo: state.readiness.score,
          healthFrom: before?.health?.level ?? null,
          healthTo: state.health?.level ?? null,
          views: records('participant_view'),
          options: records('matter_option'),
          actions: records('action'),
          edited: own.some((event) => event.action === AuditAction.UPDATE),
          lastChangedAt: matterEvents.at(-1)!.at,
        },
      ];
    });
    // Those that were created or moved first, then by title.
    const moved = (matter: MatterChanges) =>
      matter.created || matter.statusFrom !== matter.statusTo ? 0 : 1;
    return changed.sort((a, b) => moved(a) - moved(b) || a.title.localeCompare(b.title));
  }
}
