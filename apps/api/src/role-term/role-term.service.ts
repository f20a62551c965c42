import { Injectable } from '@nestjs/common';
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
import { ParticipantRepository } from '../participant/participant.repository';
import type { CreateRoleTermInput, UpdateRoleTermInput } from './dto/role-term.inputs';
import { RoleTermEntity } from './role-term.entity';
import { RoleTermRepository } from './role-term.repository';

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
    private readonly terms: RoleTermRepository,
    private readonly participants: ParticipantRepository,
    private readonly audit: AuditService,
  ) {}

  async activeOn(
    on: IsoDate | undefined,
    roles: RoleKind[] | undefined,
    knownOn?: IsoDate,
  ): Promise<RoleTermEntity[]> {
    const terms = await this.terms.list(roles, knownOn);
    return on ? termsActiveOn(terms, on) : terms;
  }

  async presidencies(on: IsoDate) {
    return presidenciesOn(await this.terms.withRole('PRESIDENT'), on);
  }

  async create(input: CreateRoleTermInput, now: Date, actor: Actor): Promise<RoleTermEntity> {
    requireMayGrant(actor, input.role);
    const term = Object.assign(new RoleTermEntity(), {
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
    const term = await this.terms.byId(input.id);
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
    if (!(await this.participants.exists(term.participantId))) {
      throw notFound('participant', term.participantId, 'participantId');
    }
    if (term.milestoneId && !(await this.terms.milestoneExists(term.milestoneId))) {
      throw notFound('milestone', term.milestoneId, 'milestoneId');
    }
    return Object.assign(term, { body: term.body.trim(), personName: textOrNull(term.personName) });
  }
}
