import { Injectable } from '@nestjs/common';
import { ParticipantKind, refusal, requireLanguage, requireText, type GuardFailure } from '@prepcom/domain';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../identity/actor';
import { requireVersion } from '../common/database/versioning';
import { assertValid, notFound } from '../common/errors/app-error';
import { applyGiven, conflictOnDuplicate } from '../common/database/transaction';
import { optionalText, textOrNull } from '../common/validation/text';
import type {
  CreateParticipantInput,
  CreatePersonInput,
  ParticipantFilter,
  UpdateParticipantInput,
  UpdatePersonInput,
} from './dto/participant.inputs';
import { ParticipantEntity } from './participant.entity';
import { ParticipantRepository } from './participant.repository';
import { PersonEntity } from './person.entity';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A State has no organisation type; an organisation has one and never becomes a party. */
export function kindRules(participant: ParticipantEntity): (GuardFailure | null)[] {
  const isState = participant.kind === ParticipantKind.STATE;
  return [
    requireText('name', participant.name, 'name'),
    isState && participant.organisationType
      ? refusal('STATE_WITH_ORGANISATION_TYPE', 'organisationType', 'STATE_WITH_ORGANISATION_TYPE', {})
      : null,
    !isState && !participant.organisationType
      ? refusal('ORGANISATION_TYPE_REQUIRED', 'organisationType', 'ORGANISATION_TYPE_REQUIRED', {})
      : null,
    !isState && participant.becamePartyOn
      ? refusal('ORGANISATION_AS_PARTY', 'becamePartyOn', 'ORGANISATION_AS_PARTY', {})
      : null,
    !isState && participant.iso3
      ? refusal('ORGANISATION_WITH_ISO3', 'iso3', 'ORGANISATION_WITH_ISO3', {})
      : null,
    !isState && participant.depositedOn
      ? refusal('ORGANISATION_AS_PARTY', 'depositedOn', 'STATE_ONLY_DEPOSITS', {})
      : null,
    participant.depositedOn &&
    participant.becamePartyOn &&
    participant.depositedOn > participant.becamePartyOn
      ? refusal('DEPOSIT_AFTER_ENTRY_INTO_FORCE', 'depositedOn', 'DEPOSIT_AFTER_ENTRY_INTO_FORCE', {
          deposit: participant.depositedOn,
          entry: participant.becamePartyOn,
        })
      : null,
  ];
}

@Injectable()
export class ParticipantService {
  constructor(
    private readonly participants: ParticipantRepository,
    private readonly audit: AuditService,
  ) {}

  list(filter: ParticipantFilter | undefined): Promise<ParticipantEntity[]> {
    return this.participants.list(filter);
  }

  async create(input: CreateParticipantInput, now: Date, actor: Actor): Promise<ParticipantEntity> {
    const participant = Object.assign(new ParticipantEntity(), {
      kind: input.kind,
      name: input.name,
      iso3: input.iso3 ?? null,
      organisationType: input.organisationType ?? null,
      becamePartyOn: input.becamePartyOn ?? null,
      depositedOn: input.depositedOn ?? null,
      regionalGroup: textOrNull(input.regionalGroup),
    });
    assertValid(kindRules(participant));
    participant.name = participant.name.trim();
    return this.saveParticipant(actor, now, null, participant);
  }

  async update(input: UpdateParticipantInput, now: Date, actor: Actor): Promise<ParticipantEntity> {
    const participant = await this.participants.byId(input.id);
    if (!participant) throw notFound('participant', input.id);
    requireVersion(participant, input.expectedVersion, 'participant');
    const before = { ...participant };
    const { id: _id, expectedVersion: _version, ...fields } = input;
    applyGiven(participant, fields);
    assertValid(kindRules(participant));
    participant.name = participant.name.trim();
    participant.regionalGroup = textOrNull(participant.regionalGroup);
    return this.saveParticipant(actor, now, before, participant);
  }

  private saveParticipant(
    actor: Actor,
    now: Date,
    before: ParticipantEntity | null,
    after: ParticipantEntity,
  ) {
    return this.audit
      .saveAlone(actor, now, { entity: ParticipantEntity, before, after, processId: null, matterId: null })
      .catch(conflictOnDuplicate(this.duplicateMessage(after)));
  }

  async createPerson(input: CreatePersonInput, now: Date, actor: Actor): Promise<PersonEntity> {
    if (!(await this.participants.exists(input.participantId))) {
      throw notFound('participant', input.participantId, 'participantId');
    }
    const person = Object.assign(new PersonEntity(), {
      participantId: input.participantId,
      name: input.name,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      language: input.language ?? null,
    });
    return this.savePerson(actor, now, null, this.validPerson(person));
  }

  async updatePerson(input: UpdatePersonInput, now: Date, actor: Actor): Promise<PersonEntity> {
    const person = await this.participants.person(input.id);
    if (!person) throw notFound('person', input.id);
    requireVersion(person, input.expectedVersion, 'person');
    const before = { ...person };
    const { id: _id, expectedVersion: _version, ...fields } = input;
    applyGiven(person, fields);
    return this.savePerson(actor, now, before, this.validPerson(person));
  }

  private savePerson(actor: Actor, now: Date, before: PersonEntity | null, after: PersonEntity) {
    return this.audit.saveAlone(actor, now, {
      entity: PersonEntity,
      before,
      after,
      processId: null,
      matterId: null,
    });
  }

  private validPerson(person: PersonEntity): PersonEntity {
    assertValid([
      requireText('name', person.name, 'name'),
      optionalText('title', person.title, 'title'),
      requireLanguage('language', person.language),
      person.email && !EMAIL.test(person.email.trim())
        ? refusal('INVALID_EMAIL', 'email', 'INVALID_EMAIL', { value: person.email })
        : null,
    ]);
    return Object.assign(person, {
      name: person.name.trim(),
      title: textOrNull(person.title),
      email: textOrNull(person.email),
      phone: textOrNull(person.phone),
    });
  }

  private duplicateMessage(participant: ParticipantEntity): string {
    return `A participant named "${participant.name}"${participant.iso3 ? ` or coded ${participant.iso3}` : ''} already exists.`;
  }
}
