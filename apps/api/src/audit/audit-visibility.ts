import type { DataSource } from 'typeorm';
import { canSee, Confidentiality, narrowest } from '@prepcom/domain';
import type { AuditEventEntity } from './audit-event.entity';

/** One change of a record's confidentiality, as the audit trail holds it (`from` is null when it was created). */
export interface TierChange {
  at: number;
  from: Confidentiality | null;
  to: Confidentiality;
}

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

/** The tables whose rows carry a confidentiality, as the audit trail names them. */
const TIERED = ['matter', 'matter_option', 'participant_view'] as const;

/** The field in which the audit trail lists a matter's dependencies (matter ids). */
const DEPENDENCY_LIST = 'dependsOnIds';

interface Tiered {
  now: Confidentiality;
  changes: TierChange[];
  /** For a view: the option it is about. */
  optionId: string | null;
}

/**
 * Leaves out of `events` what `clearance` may not read, as the records themselves are filtered: an event about a
 * matter, an option or a view (or an action, through the matter it serves) is shown only to those cleared for
 * every record it concerns, at the tier each had around the event's instant and has today, whichever is narrower.
 * Ids of hidden matters are taken out of dependency lists. Two statements whatever the number of events.
 */
export async function visibleEvents(
  db: DataSource,
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
  const records = await tieredRecords(db, [...ids]);
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

/** Today's tier of each record among `ids` (and of the options views are about), with its tier changes. */
async function tieredRecords(db: DataSource, ids: string[]): Promise<Map<string, Tiered>> {
  const [current, changes] = await Promise.all([
    db.query<{ id: string; confidentiality: Confidentiality; option_id: string | null }[]>(
      `WITH v AS (SELECT id, confidentiality, option_id FROM participant_view WHERE id = ANY($1::uuid[]))
       SELECT id, confidentiality, NULL::uuid AS option_id FROM matter WHERE id = ANY($1::uuid[])
       UNION ALL
       SELECT id, confidentiality, NULL FROM matter_option
        WHERE id = ANY($1::uuid[]) OR id IN (SELECT option_id FROM v)
       UNION ALL
       SELECT id, confidentiality, option_id FROM v`,
      [ids],
    ),
    db.query<
      { entity_id: string; at: Date; old_value: Confidentiality | null; new_value: Confidentiality }[]
    >(
      `SELECT entity_id, at, old_value, new_value FROM audit_event
        WHERE field = 'confidentiality' AND entity_type = ANY($2::text[])
          AND (entity_id = ANY($1::uuid[])
               OR entity_id IN (SELECT option_id FROM participant_view WHERE id = ANY($1::uuid[])))
        ORDER BY at, id`,
      [ids, TIERED],
    ),
  ]);
  const records = new Map<string, Tiered>(
    current.map((row) => [row.id, { now: row.confidentiality, changes: [], optionId: row.option_id }]),
  );
  for (const change of changes) {
    records.get(change.entity_id)?.changes.push({
      at: change.at.getTime(),
      from: change.old_value,
      to: change.new_value,
    });
  }
  return records;
}
