import type { ParticipantViewEntity } from '../view/view.entity';

type ViewProperty = keyof ParticipantViewEntity & string;

/** What the loader groups views by, and what tells whether the view is visible, whatever the query asks. */
const ALWAYS_READ: ViewProperty[] = ['matterId', 'optionId'];

/** The columns View's resolved fields read; any other field is a column of the same name. */
const RESOLVED_FROM: Partial<Record<string, ViewProperty[]>> = {
  participant: ['participantId'],
  // The matter as it stood when the view was expressed.
  matter: ['matterId', 'expressedAt'],
  option: ['optionId', 'matterId'],
  milestone: ['milestoneId'],
};

/**
 * The view properties a query's selection of View fields needs: a dashboard asking for `position` and
 * `participant { name }` of 5,000 views reads three narrow columns instead of every column of every view.
 */
export function viewColumnsFor(fields: Iterable<string>): ViewProperty[] {
  const columns = new Set<string>(ALWAYS_READ);
  for (const field of fields) for (const column of RESOLVED_FROM[field] ?? [field]) columns.add(column);
  return [...columns].sort() as ViewProperty[];
}
