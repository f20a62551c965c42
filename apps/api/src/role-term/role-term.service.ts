import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  LEADERSHIP_ROLES,
  mayGrantRole,
  presidenciesOn,
  requireText,
  termsActiveOn,
  type IsoDate,
  type RoleKind,
  refusal,
} from '@prepcom/domain';
import { applyGiven } from '../common/database/transaction';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { AppError, assertValid, notFound } from '../common/errors/app-error';
import { textOrNull } from '../common/validation/text';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import type { CreateRoleTermInput, UpdateRoleTermInput } from './dto/role-term.inputs';
import { RoleTermEntity } from './role-term.entity';

/**
 * A term gives its holder's delegates powers and clearance, so granting, changing or ending one is granting them:
 * nobody may give more than they hold (the support unit could give itself a Co-Chair term), and leadership terms are
 * an administrator's alone (docs/security.md, "Role terms").
 */
export function requireMayGrant(actor: Actor, role: RoleKind): void {
  if (mayGrantRole(actor.capacities, role)) return;
  throw new AppError(
    'FORBIDDEN',
    LEADERSHIP_ROLES.includes(role)
      ? `Only an administrator can grant, change or end a ${role} term: it decides who leads the process.`
      : `You cannot grant, change or end a ${role} term: it gives powers or clearance beyond your own.`,
    { field: 'role' },
  );
}

@Injectable()
export class RoleTermService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async activeOn(
    on: IsoDate | undefined,
    roles: RoleKind[] | undefined,
    knownOn?: IsoDate,
  ): Promise<RoleTermEntity[]> {
    const query = this.db
      .getRepository(RoleTermEntity)
      .createQueryBuilder('t')
      .orderBy('t.role')
      .addOrderBy('t.starts_on');
    if (roles?.length) query.andWhere('t.role IN (:...roles)', { roles });
    if (knownOn)
      query.andWhere(
        `(COALESCE(t.decided_on, t.starts_on) <= :knownOn OR t.created_at < (:knownOn::date + 1)::timestamp AT TIME ZONE 'UTC')`,
        { knownOn },
      );
    const terms = await query.getMany();
    return on ? termsActiveOn(terms, on) : terms;
  }

  async presidencies(on: IsoDate) {
    return presidenciesOn(await this.db.getRepository(RoleTermEntity).findBy({ role: 'PRESIDENT' }), on);
  }

  async create(input: CreateRoleTermInput, now: Date, actor: Actor): Promise<RoleTermEntity> {
    requireMayGrant(actor, input.role);
    const repository = this.db.getRepository(RoleTermEntity);
    const term = repository.create({
      participantId: input.participantId,
      role: input.role,
      body: input.body,
      milestoneId: input.milestoneId ?? null,
      personName: input.personName ?? null,
      startsOn: input.startsOn,
      decidedOn: input.decidedOn ?? null,
      endsOn: input.endsOn ?? null,
    });
    return this.saveTerm(actor, now, null, await this.validated(term));
  }

  async update(input: UpdateRoleTermInput, now: Date, actor: Actor): Promise<RoleTermEntity> {
    const repository = this.db.getRepository(RoleTermEntity);
    const term = await repository.findOneBy({ id: input.id });
    if (!term) throw notFound('role term', input.id);
    requireMayGrant(actor, term.role);
    requireVersion(term, input.expectedVersion, 'role term');
    const before = { ...term };
    const { id: _id, expectedVersion: _version, ...fields } = input;
    applyGiven(term, fields);
    return this.saveTerm(actor, now, before, await this.validated(term));
  }

  private saveTerm(actor: Actor, now: Date, before: RoleTermEntity | null, after: RoleTermEntity) {
    return this.audit.saveAlone(actor, now, {
      entity: RoleTermEntity,
      before,
      after,
      processId: null,
      matterId: null,
    });
  }

  /** Checks a term's own rules and that what it names exists; trims its texts. */
  async validated(term: RoleTermEntity): Promise<RoleTermEntity> {
    assertValid([
      requireText('body', term.body, 'body'),
      term.endsOn !== null && term.endsOn < term.startsOn
        ? refusal('END_BEFORE_START', 'endsOn', 'END_BEFORE_START', {
            start: term.startsOn,
            end: term.endsOn,
          })
        : null,
      term.decidedOn !== null && term.endsOn !== null && term.decidedOn > term.endsOn
        ? refusal('DECIDED_AFTER_END', 'decidedOn', 'DECIDED_AFTER_END', {
            decided: term.decidedOn,
            end: term.endsOn,
          })
        : null,
    ]);
    if (!(await this.db.getRepository(ParticipantEntity).existsBy({ id: term.participantId }))) {
      throw notFound('participant', term.participantId, 'participantId');
    }
    if (
      term.milestoneId &&
      !(await this.db.getRepository(MilestoneEntity).existsBy({ id: term.milestoneId }))
    ) {
      throw notFound('milestone', term.milestoneId, 'milestoneId');
    }
    return Object.assign(term, { body: term.body.trim(), personName: textOrNull(term.personName) });
  }
}
