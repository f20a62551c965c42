import {
  can,
  canSee,
  clearanceOf,
  type Confidentiality,
  type Capacity,
  type Permission,
} from '@prepcom/domain';
import { AppError, notFound } from '../common/errors/app-error';
import type { ParticipantEntity } from '../participant/participant.entity';
import type { AccountEntity } from '../auth/account.entity';

/** Who is making a request, and what they may do today. Built once per request from the session cookie. */
export class Actor {
  readonly clearance: Confidentiality;

  constructor(
    readonly account: AccountEntity | null,
    readonly participant: ParticipantEntity | null,
    readonly capacities: readonly Capacity[],
    readonly sessionId: string | null,
  ) {
    this.clearance = clearanceOf(capacities);
  }

  static readonly anonymous = new Actor(null, null, [], null);

  get signedIn(): boolean {
    return this.account !== null;
  }

  can(permission: Permission): boolean {
    return can(this.capacities, permission);
  }

  sees(tier: Confidentiality): boolean {
    return canSee(tier, this.clearance);
  }

  /** Throws UNAUTHENTICATED for a visitor, FORBIDDEN for someone signed in without the capacity. */
  require(permission: Permission): void {
    if (this.can(permission)) return;
    if (!this.signedIn) throw new AppError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
    throw new AppError(
      'FORBIDDEN',
      `Your account cannot do this (${permission}); it needs one of the roles the permission matrix names for it.`,
    );
  }

  /** A record this person may not see answers as one that does not exist, so ids cannot be probed. */
  requireVisible(tier: Confidentiality, what: string, id: string, field = 'id'): void {
    if (!this.sees(tier)) throw notFound(what, id, field);
  }

  /** A confidentiality a writer may give: never narrower than what they themselves may read. */
  requireTierWithinClearance(tier: Confidentiality, field = 'confidentiality'): void {
    if (!this.sees(tier)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `You cannot mark a record ${tier}: you could not read it yourself.`,
        { field },
      );
    }
  }
}
