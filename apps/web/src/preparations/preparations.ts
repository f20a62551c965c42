// The Presidencies' worklist: every action, overdue first, by owner or by due date, with role owners resolved to
// whoever holds the role on the day shown.
import { isActionOpen } from '@prepcom/domain';
import type { HandoverQuery, OwnerRole, PreparationActionsQuery, RoleKind } from '../generated/graphql';

export type PreparationAction = PreparationActionsQuery['process']['actions']['edges'][number]['node'];

export type Order = 'due' | 'owner';

export interface PreparationFilters {
  /** `participant:<id>`, or `role:<OwnerRole>` for a role nobody holds on the day; null for everyone. */
  owner: string | null;
  openOnly: boolean;
  order: Order;
}

/** A body holding a role on the day shown. */
export interface Holder {
  id: string;
  name: string;
}

/** How an action is owned as written: by a participant, or by a role. */
export const ownerKey = (action: PreparationAction): string =>
  action.owner ? `participant:${action.owner.id}` : `role:${action.ownerRole ?? ''}`;

/**
 * Whom an action falls to on the day: its participant, or each body holding its role then; the role itself only
 * when nobody holds it. Belgium's own actions and those of "the current Presidency" it holds are all Belgium's.
 */
export function ownerKeys(action: PreparationAction, holders: ReadonlyMap<OwnerRole, Holder[]>): string[] {
  if (action.owner) return [`participant:${action.owner.id}`];
  const held = action.ownerRole ? holders.get(action.ownerRole) : undefined;
  return held?.length ? held.map((holder) => `participant:${holder.id}`) : [ownerKey(action)];
}

/**
 * The owners to filter by, each body once (named with the roles it holds), and the roles nobody holds; by name.
 * `roleName` names a role as the screen does.
 */
export function ownerChoices(
  actions: readonly PreparationAction[],
  holders: ReadonlyMap<OwnerRole, Holder[]>,
  roleName: (role: OwnerRole) => string,
): { key: string; name: string; roles: string[] }[] {
  const choices = new Map<string, { key: string; name: string; roles: string[] }>();
  const add = (key: string, name: string, role?: string) => {
    const choice = choices.get(key) ?? { key, name, roles: [] };
    if (role && !choice.roles.includes(role)) choice.roles.push(role);
    choices.set(key, choice);
  };
  for (const action of actions) {
    if (action.owner) add(`participant:${action.owner.id}`, action.owner.name);
    else if (action.ownerRole) {
      const role = roleName(action.ownerRole);
      const held = holders.get(action.ownerRole) ?? [];
      if (held.length === 0) add(ownerKey(action), role);
      for (const holder of held) add(`participant:${holder.id}`, holder.name, role);
    }
  }
  return [...choices.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const isOverdue = (action: PreparationAction, today: string): boolean =>
  isActionOpen(action.status) && action.due < today;

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
export function roleHolders(handover: HandoverQuery | undefined): Map<OwnerRole, Holder[]> {
  const holders = new Map<OwnerRole, Holder[]>();
  if (!handover) return holders;
  const { current, incoming } = handover.presidencies;
  if (current) holders.set('CURRENT_PRESIDENCY', [current.participant]);
  if (incoming) holders.set('INCOMING_PRESIDENCY', [incoming.participant]);
  for (const [ownerRole, role] of Object.entries(ROLE_OF_OWNER) as [OwnerRole, RoleKind][]) {
    const bodies = new Map(
      handover.roleTerms.edges
        .filter((edge) => edge.node.role === role)
        .map((edge) => [edge.node.participant.id, edge.node.participant] as const),
    );
    if (bodies.size > 0)
      holders.set(
        ownerRole,
        [...bodies.values()].sort((a, b) => a.name.localeCompare(b.name)),
      );
  }
  return holders;
}

/**
 * The actions to show, in order: overdue ones first (the longest overdue first), then the open ones by due day,
 * then those done or cancelled; by owner first when asked. `ownerLabel` names an owner as the screen shows it; `keysOf` tells
 * whom an action falls to (`ownerKeys`).
 */
export function worklist(
  actions: readonly PreparationAction[],
  filters: PreparationFilters,
  today: string,
  ownerLabel: (action: PreparationAction) => string,
  keysOf: (action: PreparationAction) => string[],
): PreparationAction[] {
  const rank = (action: PreparationAction) =>
    !isActionOpen(action.status) ? 2 : isOverdue(action, today) ? 0 : 1;
  const byDue = (a: PreparationAction, b: PreparationAction) =>
    rank(a) - rank(b) || a.due.localeCompare(b.due) || a.title.localeCompare(b.title);
  return actions
    .filter((action) => !filters.openOnly || isActionOpen(action.status))
    .filter((action) => !filters.owner || keysOf(action).includes(filters.owner))
    .sort((a, b) =>
      filters.order === 'owner' ? ownerLabel(a).localeCompare(ownerLabel(b)) || byDue(a, b) : byDue(a, b),
    );
}
