import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkPresidencyHandover, isTermActive, RoleKind } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { findForUpdate } from '../common/database/transaction';
import { requireVersion } from '../common/database/versioning';
import { assertValid, notFound } from '../common/errors/app-error';
import { OutboxService } from '../events/outbox.service';
import { ParticipantEntity } from '../participant/participant.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { requireMayGrant, RoleTermService } from '../role-term/role-term.service';
import type { HandOverPresidencyInput, PresidencyHandover } from './presidency-handover.types';
import { txOf } from '../common/database/tx-manager';

/**
 * The Presidency handover as one act (docs/decisions/0030): the current President term ends on the handover day,
 * the incoming one starts that day (both hold it, as `presidenciesOn` expects), the incoming State's
 * President-designate term ends with it, and the new term is announced, all in one transaction or not at all.
 */
@Injectable()
export class PresidencyHandoverService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly terms: RoleTermService,
  ) {}

  async handOver(input: HandOverPresidencyInput, now: Date, actor: Actor): Promise<PresidencyHandover> {
    requireMayGrant(actor, RoleKind.PRESIDENT);
    return this.db.transaction(async (manager) => {
      const current = await findForUpdate(
        manager,
        RoleTermEntity,
        input.currentTermId,
        'role term',
        'currentTermId',
      );
      requireVersion(current, input.expectedVersion, 'role term');
      const incoming = await manager.findOneBy(ParticipantEntity, { id: input.participantId });
      if (!incoming) throw notFound('participant', input.participantId, 'participantId');
      const presidents = await manager.findBy(RoleTermEntity, { role: RoleKind.PRESIDENT });
      const failures = checkPresidencyHandover({
        current: presidents.find((term) => term.id === current.id) ?? current,
        endsOn: input.on,
        incomingBecamePartyOn: incoming.kind === 'STATE' ? incoming.becamePartyOn : null,
        presidents,
      });
      assertValid(failures);

      const ended = await this.save(manager, actor, now, current, { endsOn: input.on });
      const started = await this.audit.save(txOf(manager), actor, now, {
        entity: RoleTermEntity,
        before: null,
        after: await this.terms.validated(
          manager.create(RoleTermEntity, {
            participantId: incoming.id,
            role: RoleKind.PRESIDENT,
            body: input.body,
            milestoneId: input.milestoneId ?? null,
            personName: input.personName ?? null,
            startsOn: input.on,
            decidedOn: input.decidedOn ?? null,
            endsOn: null,
          }),
        ),
        processId: null,
        matterId: null,
      });
      const designations = await manager.findBy(RoleTermEntity, {
        participantId: incoming.id,
        role: RoleKind.PRESIDENT_DESIGNATE,
      });
      const designationsEnded: RoleTermEntity[] = [];
      for (const designation of designations.filter((term) => isTermActive(term, input.on))) {
        designationsEnded.push(await this.save(manager, actor, now, designation, { endsOn: input.on }));
      }
      await this.announce(manager, now, started);
      return { ended, started, designationsEnded };
    });
  }

  private save(
    manager: EntityManager,
    actor: Actor,
    now: Date,
    term: RoleTermEntity,
    change: Partial<RoleTermEntity>,
  ): Promise<RoleTermEntity> {
    const after = manager.create(RoleTermEntity, { ...term, ...change });
    return this.audit.save(txOf(manager), actor, now, {
      entity: RoleTermEntity,
      before: term,
      after,
      processId: null,
      matterId: null,
    });
  }

  /**
   * The announcement a term's start gets from the reminder sweep, sent at the handover instead: claiming the
   * sweep's step for it keeps the sweep from sending it again on the day.
   */
  private async announce(manager: EntityManager, now: Date, term: RoleTermEntity): Promise<void> {
    const step = `0:${term.startsOn}`;
    const claimed = await manager.query<unknown[]>(
      `INSERT INTO reminder_sent (kind, subject_id, step, sent_at) VALUES ('ROLE_TERM_STARTS', $1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING kind`,
      [term.id, step, now],
    );
    // The announcement the daily sweep would have made, made now: like the sweep's, nobody's own change.
    if (claimed.length > 0) {
      await this.outbox.emit(txOf(manager), now, null, {
        type: 'ROLE_TERM_STARTING',
        payload: { roleTermId: term.id, step },
      });
    }
  }
}
