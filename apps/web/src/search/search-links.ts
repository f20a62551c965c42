import type { SearchQuery } from '../generated/graphql';

type Hit = SearchQuery['process']['search'][number];

/**
 * Where a hit opens: a matter's page (for an option or an action, the matter it serves), a milestone's place on the
 * timeline, the participants, or the preparations for an action that serves no matter. The address keeps the
 * process and the as-of day.
 */
export function hitPath(hit: Hit, search: { processId?: string; asOfDay?: string }): string {
  const path = hit.matterId
    ? `/matters/${hit.matterId}`
    : hit.kind === 'MILESTONE'
      ? `/milestones/${hit.id}`
      : hit.kind === 'ACTION'
        ? '/preparations'
        : '/participants';
  const query = new URLSearchParams();
  if (search.processId) query.set('process', search.processId);
  if (search.asOfDay) query.set('asOf', search.asOfDay);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
