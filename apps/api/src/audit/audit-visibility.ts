import { canSee, Confidentiality, narrowest } from '@prepcom/domain';
import type { AuditEventEntity } from './audit-event.entity';
import { TIERED, type AuditTrailRepository, type TierChange } from './audit-trail.repository';

/**
 * The tier an event at `at` must be read under: the narrowest of the record's tier just before the instant, just
 * after it (changes at the same instant are one transaction) and today. `changes` are the record's, oldest first; a
 * record with none (loaded, never re-tiered) has always had today's tier.
 */
export function tierAround(
  now: Confidentiality,
  changes: readonly TierChange[],
  at: number,
): Confidentiality {
  const lastBefore = changes.filter((change) => change.at < at).at(-1);
  const lastUpTo = changes.filter((change) => change.at <= at).at(-1);
  const before = lastBefore?.to ?? changes.find((change) => change.at >= at)?.from ?? now;
  const after = lastUpTo?.to ?? changes.find((change) => change.at > at)?.from ?? now;
  return narrowest(now, before, after);
}

/** The field in which the audit trail lists a matter's dependencies (matter ids). */
const DEPENDENCY_LIST = 'dependsOnIds';

/**
 * Leaves out of `events` what `clearance` may not read, as the records themselves are filtered: an event about a
 * matter, an option or a view (or an action, through the matter it serves) is shown only to those cleared for
 * every record it concerns, at the tier each had around the event's instant and has today, whichever is narrower.
 * Ids of hidden matters are taken out of dependency lists. Two statements whatever the number of events.
 */
export async function visibleEvents(
  trail: AuditTrailRepository,
  events: AuditEventEntity[],
  clearance: Confidentiality,
): Promise<AuditEventEntity[]> {
  // Those cleared for the narrowest tier read everything; a trail about no tiered record needs no reading.
  if (clearance === Confidentiality.CO_CHAIRS) return events;
  if (events.every((event) => event.matterId === null && !isTiered(event.entityType))) return events;
  const ids = new Set<string>();
  for (const event of events) {
    if (event.matterId) ids.add(event.matterId);
    if (isTiered(event.entityType)) ids.add(event.entityId);
    if (event.field === DEPENDENCY_LIST) for (const id of idList(event.oldValue, event.newValue)) ids.add(id);
  }
  const records = await trail.tierHistories([...ids]);
  const visibleAt = (id: string | null, at: number): boolean => {
    if (id === null) return true;
    const record = records.get(id);
    // A record gone from its table is no longer anyone's to read about (none is deleted today).
    if (!record) return false;
    if (!canSee(tierAround(record.now, record.changes, at), clearance)) return false;
    return visibleAt(record.optionId, at);
  };
  return events.flatMap((event) => {
    const at = event.at.getTime();
    if (!visibleAt(event.matterId, at)) return [];
    if (isTiered(event.entityType) && !visibleAt(event.entityId, at)) return [];
    if (event.field !== DEPENDENCY_LIST) return [event];
    const shown = (value: unknown) =>
      Array.isArray(value) ? value.filter((id) => typeof id === 'string' && visibleAt(id, at)) : value;
    return [Object.assign(event, { oldValue: shown(event.oldValue), newValue: shown(event.newValue) })];
  });
}

function isTiered(entityType: string): boolean {
  return (TIERED as readonly string[]).includes(entityType);
}

function idList(...values: unknown[]): string[] {
  return values.flatMap((value) =>
    Array.isArray(value) ? value.filter((id) => typeof id === 'string') : [],
  );
}
