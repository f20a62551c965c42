// The Presidencies' worklist: every action, overdue first, by owner or by due date, with role owners resolved to
// whoever holds the role on the day shown.
import type { HandoverQuery, OwnerRole, PreparationActionsQuery, RoleKind } from '../generated/graphql';

export type PreparationAction = PreparationActionsQuery['process']['actions']['edges'][number]['node'];

export type Order = 'due' | 'owner';

export interface PreparationFilters {
  /** `participant:<id>` or `role:<OwnerRole>`; null for everyone. */
  owner: string | null;
  openOnly: boolean;
  order: Order;
}

export const ownerKey = (action: PreparationAction): string =>
  action.owner ? `participant:${action.owner.id}` : `role:${action.ownerRole ?? ''}`;

export const isOverdue = (action: PreparationAction, today: string): boolean =>
  action.status !== 'DONE' && action.due < today;

/** Whole days from `today` to the action's due day; negative once due. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

const ROLE_OF_OWNER: Partial<Record<OwnerRole, RoleKind>> = {
  CO_CHAIRS: 'CO_CHAIR',
  SUPPORT_UNIT: 'SUPPORT_UNIT',
  PRESIDENT_DESIGNATE: 'PRESIDENT_DESIGNATE',
};

/** Who holds each owner role on the day: the Presidencies from `presidencies`, the others from the role terms. */
export function roleHolders(handover: HandoverQuery | undefined): Map<OwnerRole, string[]> {
  const holders = new Map<OwnerRole, string[]>();
  if (!handover) return holders;
  const { current, incoming } = handover.presidencies;
  if (current) holders.set('CURRENT_PRESIDENCY', [current.participant.name]);
  if (incoming) holders.set('INCOMING_PRESIDENCY', [incoming.participant.name]);
  for (const [ownerRole, role] of Object.entries(ROLE_OF_OWNER) as [OwnerRole, RoleKind][]) {
    const names = handover.roleTerms.edges
      .filter((edge) => edge.node.role === role)
      .map((edge) => edge.node.participant.name);
    if (names.length > 0) holders.set(ownerRole, [...new Set(names)].sort());
  }
  return holders;
}

/**
 * The actions to show, in order: overdue ones first (the longest overdue first), then the open ones by due day,
 * then those done; by owner first when asked. `ownerLabel` names an owner as the screen shows it.
 */
export function worklist(
  actions: readonly PreparationAction[],
  filters: PreparationFilters,
  today: string,
  ownerLabel: (action: PreparationAction) => string,
): PreparationAction[] {
  const rank = (action: PreparationAction) =>
    action.status === 'DONE' ? 2 : isOverdue(action, today) ? 0 : 1;
  const byDue = (a: PreparationAction, b: PreparationAction) =>
    rank(a) - rank(b) || a.due.localeCompare(b.due) || a.title.localeCompare(b.title);
  return actions
    .filter((action) => !filters.openOnly || action.status !== 'DONE')
    .filter((action) => !filters.owner || ownerKey(action) === filters.owner)
    .sort((a, b) =>
      filters.order === 'owner' ? ownerLabel(a).localeCompare(ownerLabel(b)) || byDue(a, b) : byDue(a, b),
    );
}
