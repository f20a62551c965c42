import { Injectable } from '@nestjs/common';
import { checkPresidencyHandover, isTermActive, RoleKind } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import type { Tx } from '../common/database/tx';
import { UnitOfWork } from '../common/database/unit-of-work';
import { requireVersion } from '../common/database/versioning';
import { assertValid, notFound } from '../common/errors/app-error';
import { OutboxService } from '../events/outbox.service';
import { ParticipantRepository } from '../participant/participant.repository';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { RoleTermRepository } from '../role-term/role-term.repository';
import { requireMayGrant, RoleTermService } from '../role-term/role-term.service';
import type { HandOverPresidencyInput, PresidencyHandover } from './presidency-handover.types';
import { ReminderSweepRepository } from '../notification/reminder-sweep.repository';

/**
 * The Presidency handover as one act (docs/decisions/0030): the current President term ends on the handover day,
 * the incoming one starts that day (both hold it, as `presidenciesOn` expects), the incoming State's
 * President-designate term ends with it, and the new term is announced, all in one transaction or not at all.
 */
@Injectable()
export class PresidencyHandoverService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly terms: RoleTermService,
    private readonly roleTerms: RoleTermRepository,
    private readonly participants: ParticipantRepository,
    private readonly reminders: ReminderSweepRepository,
  ) {}

  async handOver(input: HandOverPresidencyInput, now: Date, actor: Actor): Promise<PresidencyHandover> {
    requireMayGrant(actor, RoleKind.PRESIDENT);
    return this.unitOfWork.run(async (tx) => {
      const current = await this.roleTerms.lockForUpdate(tx, input.currentTermId, 'currentTermId');
      requireVersion(current, input.expectedVersion, 'role term');
      const incoming = await this.participants.byId(input.participantId, tx);
      if (!incoming) throw notFound('participant', input.participantId, 'participantId');
      const presidents = await this.roleTerms.withRole(RoleKind.PRESIDENT, undefined, tx);
      const failures = checkPresidencyHandover({
        current: presidents.find((term) => term.id === current.id) ?? current,
        endsOn: input.on,
        incomingBecamePartyOn: incoming.kind === 'STATE' ? incoming.becamePartyOn : null,
        presidents,
      });
      assertValid(failures);

      const ended = await this.save(tx, actor, now, current, { endsOn: input.on });
      const started = await this.audit.save(tx, actor, now, {
        entity: RoleTermEntity,
        before: null,
        after: await this.terms.validated(
          Object.assign(new RoleTermEntity(), {
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
      const designations = await this.roleTerms.withRole(RoleKind.PRESIDENT_DESIGNATE, incoming.id, tx);
      const designationsEnded: RoleTermEntity[] = [];
      for (const designation of designations.filter((term) => isTermActive(term, input.on))) {
        designationsEnded.push(await this.save(tx, actor, now, designation, { endsOn: input.on }));
      }
      await this.announce(tx, now, started);
      return { ended, started, designationsEnded };
    });
  }

  private save(
    tx: Tx,
    actor: Actor,
    now: Date,
    term: RoleTermEntity,
    change: Partial<RoleTermEntity>,
  ): Promise<RoleTermEntity> {
    const after = Object.assign(new RoleTermEntity(), term, change);
    return this.audit.save(tx, actor, now, {
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
  private async announce(tx: Tx, now: Date, term: RoleTermEntity): Promise<void> {
    const step = `0:${term.startsOn}`;
    // The announcement the daily sweep would have made, made now: like the sweep's, nobody's own change.
    if (await this.reminders.claimReminder(tx, { kind: 'ROLE_TERM_STARTS', subjectId: term.id, step }, now)) {
      await this.outbox.emit(tx, now, null, {
        type: 'ROLE_TERM_STARTING',
        payload: { roleTermId: term.id, step },
      });
    }
  }
}
