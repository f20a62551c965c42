import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { capacitiesOn, localDate, type IsoDate } from '@prepcom/domain';
import { ParticipantEntity } from '../participant/participant.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { AccountEntity } from '../auth/account.entity';
import { Actor } from './actor';
import { SessionEntity } from '../auth/session.entity';
import { hashToken, SESSION_COOKIE } from './session-token';

/** The day whose role terms give an actor its capacities at `now`: an actor is the same all that day. */
export const capacityDay = (now: Date): IsoDate => localDate(now, 'UTC');

/** Resolves the request's session cookie into an Actor; an unknown, expired or revoked session is a visitor. */
@Injectable()
export class ActorService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async fromRequest(request: FastifyRequest, now: Date): Promise<Actor> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return Actor.anonymous;
    const session = await this.db.getRepository(SessionEntity).findOneBy({
      tokenHash: hashToken(token),
      revokedAt: IsNull(),
      expiresAt: MoreThan(now),
    });
    if (!session) return Actor.anonymous;
    return this.forAccount(session.accountId, now, session.id);
  }

  /**
   * Whether a session still acts for its account: not signed out, not expired, the account not disabled. For
   * whatever outlives the request that opened it (a subscription's socket).
   */
  async sessionActive(sessionId: string | null, now: Date): Promise<boolean> {
    if (!sessionId) return false;
    return this.db
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .innerJoin(AccountEntity, 'account', 'account.id = session.accountId AND account.disabledAt IS NULL')
      .where('session.id = :sessionId AND session.revokedAt IS NULL AND session.expiresAt > :now', {
        sessionId,
        now,
      })
      .getExists();
  }

  /** The actor an account is today: its capacities come from the role terms running on the day (UTC). */
  async forAccount(accountId: string, now: Date, sessionId: string | null = null): Promise<Actor> {
    const account = await this.db
      .getRepository(AccountEntity)
      .findOneBy({ id: accountId, disabledAt: IsNull() });
    if (!account) return Actor.anonymous;
    const [participant, roleTerms] = await Promise.all([
      account.participantId
        ? this.db.getRepository(ParticipantEntity).findOneBy({ id: account.participantId })
        : null,
      this.db.getRepository(RoleTermEntity).find(),
    ]);
    return actorOf(account, participant, roleTerms, capacityDay(now), sessionId);
  }

  /** Every active account as the actor it is today, in three statements whatever their number (for fan-out). */
  async everyone(now: Date): Promise<Actor[]> {
    const [accounts, participants, roleTerms] = await Promise.all([
      this.db.getRepository(AccountEntity).findBy({ disabledAt: IsNull() }),
      this.db.getRepository(ParticipantEntity).find(),
      this.db.getRepository(RoleTermEntity).find(),
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
