import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { capacitiesOn, localDate, type IsoDate } from '@prepcom/domain';
import type { ParticipantEntity } from '../participant/participant.entity';
import { ParticipantRepository } from '../participant/participant.repository';
import type { RoleTermEntity } from '../role-term/role-term.entity';
import { RoleTermRepository } from '../role-term/role-term.repository';
import type { AccountEntity } from '../auth/account.entity';
import { AccountRepository } from '../auth/account.repository';
import { SessionRepository } from '../auth/session.repository';
import { Actor } from './actor';
import { hashToken, SESSION_COOKIE } from './session-token';

/** The day whose role terms give an actor its capacities at `now`: an actor is the same all that day. */
export const capacityDay = (now: Date): IsoDate => localDate(now, 'UTC');

/** Resolves the request's session cookie into an Actor; an unknown, expired or revoked session is a visitor. */
@Injectable()
export class ActorService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly participants: ParticipantRepository,
    private readonly roleTerms: RoleTermRepository,
  ) {}

  async fromRequest(request: FastifyRequest, now: Date): Promise<Actor> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return Actor.anonymous;
    const session = await this.sessions.live(hashToken(token), now);
    if (!session) return Actor.anonymous;
    return this.forAccount(session.accountId, now, session.id);
  }

  /**
   * Whether a session still acts for its account: not signed out, not expired, the account not disabled. For
   * whatever outlives the request that opened it (a subscription's socket).
   */
  async sessionActive(sessionId: string | null, now: Date): Promise<boolean> {
    if (!sessionId) return false;
    return this.sessions.isActive(sessionId, now);
  }

  /** The actor an account is today: its capacities come from the role terms running on the day (UTC). */
  async forAccount(accountId: string, now: Date, sessionId: string | null = null): Promise<Actor> {
    const account = await this.accounts.enabled(accountId);
    if (!account) return Actor.anonymous;
    const [participant, roleTerms] = await Promise.all([
      account.participantId ? this.participants.byId(account.participantId) : null,
      this.roleTerms.all(),
    ]);
    return actorOf(account, participant, roleTerms, capacityDay(now), sessionId);
  }

  /** Every active account as the actor it is today, in three statements whatever their number (for fan-out). */
  async everyone(now: Date): Promise<Actor[]> {
    const [accounts, participants, roleTerms] = await Promise.all([
      this.accounts.everyEnabled(),
      this.participants.all(),
      this.roleTerms.all(),
    ]);
    const byId = new Map(participants.map((participant) => [participant.id, participant]));
    const day = capacityDay(now);
    return accounts.map((account) =>
      actorOf(
        account,
        account.participantId ? (byId.get(account.participantId) ?? null) : null,
        roleTerms,
        day,
        null,
      ),
    );
  }
}

function actorOf(
  account: AccountEntity,
  participant: ParticipantEntity | null,
  roleTerms: RoleTermEntity[],
  day: IsoDate,
  sessionId: string | null,
): Actor {
  const capacities = capacitiesOn({ accountRole: account.accountRole, participant, roleTerms }, day);
  return new Actor(account, participant, capacities, sessionId);
}
