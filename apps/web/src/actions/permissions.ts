// What the dashboard may offer about actions, from the domain's own rules (docs/security.md); the server has the
// last word and its refusals are shown where they happen.
import {
  allowedActionMoves,
  can,
  ownerMayMakeActionMove,
  ownsAction,
  type ActionStatus,
  type Capacity,
} from '@prepcom/domain';
import type { Me } from '../app/session';
import type { OwnerRole } from '../generated/graphql';

/** Whether this person adds and edits actions (Co-Chairs, Presidencies, the support unit). */
export function mayWriteActions(me: Me | undefined): boolean {
  return !!me?.account && can(me.capacities as Capacity[], 'action.write');
}

/**
 * The moves this person may make with an action: any allowed one for a writer of actions; its owner every one but
 * cancelling and reinstating, which are for those who assign the work.
 */
export function movesFor(
  me: Me | undefined,
  action: { status: ActionStatus; ownerRole: OwnerRole | null; owner: { id: string } | null },
): ActionStatus[] {
  if (!me?.account) return [];
  const owns = ownsAction(
    { ownerParticipantId: action.owner?.id ?? null, ownerRole: action.ownerRole },
    { participantId: me.participant?.id ?? null, capacities: me.capacities as Capacity[] },
  );
  if (mayWriteActions(me)) return allowedActionMoves(action.status);
  if (!owns) return [];
  return allowedActionMoves(action.status).filter((to) => ownerMayMakeActionMove(action.status, to));
}
