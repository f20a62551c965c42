import { type Confidentiality, narrowest } from '@prepcom/domain';

/** A field's value before its first change after some instant, as the audit trail recorded it. */
export interface EarlierValue {
  entity_id: string;
  field: string;
  old_value: unknown;
}

/**
 * Puts back the values rows had before later edits, turning today's rows into those of a past instant (instants
 * come back from the audit trail as ISO text: `instants` names the fields to read as dates). A confidentiality
 * becomes the narrower of then and now: a past text closed then stays closed to those it was closed to, and one
 * closed since is not re-opened by looking back.
 */
export function undoChanges(
  rows: readonly { id: string }[],
  earlier: readonly EarlierValue[],
  instants: ReadonlySet<string>,
): void {
  const byId = new Map(rows.map((row) => [row.id, row as Record<string, unknown>]));
  for (const { entity_id, field, old_value } of earlier) {
    const row = byId.get(entity_id);
    if (!row || !(field in row)) continue;
    if (field === 'confidentiality') {
      row[field] = narrowest(row[field] as Confidentiality, old_value as Confidentiality);
      continue;
    }
    row[field] = instants.has(field) && typeof old_value === 'string' ? new Date(old_value) : old_value;
  }
}
