import { Confidentiality, MatterStatus, zonedDateTimeToInstant } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { MatterDependencyEntity } from '../matter/matter-dependency.entity';
import { MatterTransitionEntity } from '../matter/matter-transition.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionStageChangeEntity } from '../option/option-stage-change.entity';
import { OptionEntity } from '../option/option.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { PersonEntity } from '../participant/person.entity';
import { ProcessEntity } from '../process/process.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import { firstReviewConference } from './data/first-review-conference';
import type { SeedDataset, SeedMatter } from './data/seed-types';
import { optionHistory } from './option-history';
import { SeedRepository } from './seed.repository';
import { stableId } from './stable-id';

/** Days in the sample data without a time of day are placed at these Geneva hours. */
const SECRETARIAT_ZONE = 'Europe/Zurich';
const at = (day: string, time: string) => zonedDateTimeToInstant(`${day}T${time}`, SECRETARIAT_ZONE);

const id = (kind: string, key: string) => stableId(`${kind}:${key}`);

function matterRows(matter: SeedMatter) {
  const matterId = id('matter', matter.key);
  let deciding = id('milestone', matter.initialDecidingMilestoneKey);
  let from: MatterStatus | null = null;
  const transitions = matter.history.map((event, index) => {
    const atMilestone = event.milestoneKey ? id('milestone', event.milestoneKey) : null;
    const decidingBefore = deciding;
    if (event.to === MatterStatus.DEFERRED && atMilestone) deciding = atMilestone;
    const row = {
      id: id('transition', `${matter.key}:${index}`),
      matterId,
      fromStatus: from,
      toStatus: event.to,
      at: zonedDateTimeToInstant(event.atLocal, event.timeZone),
      atMilestoneId: event.to === MatterStatus.DEFERRED ? decidingBefore : atMilestone,
      decidingMilestoneId: deciding,
      note: event.to === MatterStatus.DECIDED ? (matter.outcome ?? event.note ?? null) : (event.note ?? null),
    };
    from = event.to;
    return row;
  });
  const status = matter.history[matter.history.length - 1]?.to ?? MatterStatus.IDENTIFIED;
  const steps = transitions.map((transition) => ({ to: transition.toStatus, at: transition.at }));
  const options = matter.options.map((option) => ({
    id: id('option', option.key),
    matterId,
    text: option.text,
    proposerId: option.proposerKey ? id('participant', option.proposerKey) : null,
    stage: option.stage,
    tabledAt: at(option.tabledOn, '10:00'),
    confidentiality: option.confidentiality ?? Confidentiality.PUBLIC,
  }));
  const stageChanges = matter.options.flatMap((option, index) =>
    optionHistory(option.stage, options[index]!.tabledAt, steps).map((step, stepIndex) => ({
      id: id('option-stage', `${option.key}:${stepIndex}`),
      optionId: id('option', option.key),
      fromStage: step.from,
      toStage: step.to,
      at: step.at,
    })),
  );
  return {
    matter: {
      id: matterId,
      title: matter.title,
      description: matter.description,
      decidingMilestoneId: id('milestone', matter.decidingMilestoneKey),
      status,
      outcome: matter.outcome ?? null,
      outcomeMilestoneId: matter.outcomeMilestoneKey ? id('milestone', matter.outcomeMilestoneKey) : null,
      confidentiality: matter.confidentiality ?? Confidentiality.PUBLIC,
      observersMayGiveViews: matter.observersMayGiveViews ?? true,
      createdAt: transitions[0]?.at,
    },
    transitions,
    options,
    stageChanges,
  };
}

/** Loads a dataset idempotently: what is already there (by stable id) is neither duplicated nor changed. */
export async function seedDataset(seeds: SeedRepository, data: SeedDataset): Promise<void> {
  const processId = id('process', data.process.key);
  await seeds.unitOfWork.run(async (tx) => {
    await seeds.insertMissing(
      tx,
      ParticipantEntity,
      data.participants.map((participant) => ({
        id: id('participant', participant.key),
        kind: participant.kind,
        name: participant.name,
        iso3: participant.iso3 ?? null,
        organisationType: participant.organisationType ?? null,
        becamePartyOn: participant.becamePartyOn ?? null,
        depositedOn: participant.depositedOn ?? null,
        regionalGroup: participant.regionalGroup ?? null,
      })),
    );
    await seeds.insertMissing(
      tx,
      PersonEntity,
      data.people.map((person) => ({
        id: id('person', person.key),
        participantId: id('participant', person.participantKey),
        name: person.name,
        title: person.title ?? null,
        email: person.email ?? null,
        phone: person.phone ?? null,
      })),
    );
    await seeds.insertMissing(tx, ProcessEntity, [
      {
        id: processId,
        title: data.process.title,
        description: data.process.description,
        conveningBody: data.process.conveningBody,
        targetEvent: data.process.targetEvent,
        targetMilestoneId: null,
        decisionDeadlineMilestoneId: null,
      },
    ]);
    await seeds.insertMissing(
      tx,
      MilestoneEntity,
      data.milestones.map((milestone) => ({
        id: id('milestone', milestone.key),
        processId,
        kind: milestone.kind,
        title: milestone.title,
        shortTitle: milestone.shortTitle,
        description: milestone.description ?? '',
        startsAt: zonedDateTimeToInstant(milestone.startsLocal, milestone.timeZone),
        endsAt: zonedDateTimeToInstant(milestone.endsLocal, milestone.timeZone),
        timeZone: milestone.timeZone,
        venue: milestone.venue,
        room: milestone.room ?? null,
        status: milestone.status,
      })),
    );
    const links = (keys: (m: (typeof data.milestones)[number]) => string[], kind: string) =>
      data.milestones.flatMap((m) =>
        keys(m).map((key): [string, string] => [id('milestone', m.key), id(kind, key)]),
      );
    await seeds.linkConvenors(
      tx,
      links((m) => m.convenorKeys, 'participant'),
    );
    await seeds.linkContacts(
      tx,
      links((m) => m.contactKeys, 'person'),
    );
    // Only fills links nobody has set: a later edit of the process survives a re-seed.
    await seeds.fillProcessLinks(
      tx,
      processId,
      id('milestone', data.process.targetMilestoneKey),
      id('milestone', data.process.decisionDeadlineMilestoneKey),
    );
    await seeds.insertMissing(
      tx,
      RoleTermEntity,
      data.roleTerms.map((term) => ({
        id: id('role-term', term.key),
        participantId: id('participant', term.participantKey),
        role: term.role,
        body: term.body,
        milestoneId: term.milestoneKey ? id('milestone', term.milestoneKey) : null,
        personName: term.personName ?? null,
        startsOn: term.startsOn,
        decidedOn: term.decidedOn ?? null,
        endsOn: term.endsOn,
      })),
    );

    const matters = data.matters.map(matterRows);
    await seeds.insertMissing(
      tx,
      MatterEntity,
      matters.map((rows) => ({ ...rows.matter, processId })),
    );
    await seeds.insertMissing(
      tx,
      MatterTransitionEntity,
      matters.flatMap((rows) => rows.transitions),
    );
    await seeds.insertMissing(
      tx,
      MatterDependencyEntity,
      data.matters.flatMap((matter) =>
        matter.dependsOnKeys.map((key) => ({
          matterId: id('matter', matter.key),
          dependsOnId: id('matter', key),
        })),
      ),
    );
    await seeds.insertMissing(
      tx,
      OptionEntity,
      matters.flatMap((rows) => rows.options),
    );
    await seeds.insertMissing(
      tx,
      OptionStageChangeEntity,
      matters.flatMap((rows) => rows.stageChanges),
    );

    await seeds.insertMissing(
      tx,
      ActionEntity,
      data.actions.map((action) => ({
        id: id('action', action.key),
        processId,
        title: action.title,
        description: action.description ?? '',
        ownerParticipantId: action.ownerParticipantKey ? id('participant', action.ownerParticipantKey) : null,
        ownerRole: action.ownerRole ?? null,
        dueDate: action.due.kind === 'ABSOLUTE' ? action.due.date : null,
        dueMilestoneId: action.due.kind === 'RELATIVE' ? id('milestone', action.due.milestoneKey) : null,
        dueOffsetDays: action.due.kind === 'RELATIVE' ? action.due.offsetDays : null,
        status: action.status,
        blocksDecision: action.blocksDecision,
        servesMatterId: action.servesMatterKey ? id('matter', action.servesMatterKey) : null,
        servesMilestoneId: action.servesMilestoneKey ? id('milestone', action.servesMilestoneKey) : null,
        completedAt: action.completedOn ? at(action.completedOn, '17:00') : null,
        createdAt: at(action.createdOn, '09:00'),
      })),
    );
    await seeds.insertMissing(
      tx,
      ParticipantViewEntity,
      data.views.map((view) => ({
        id: id('view', view.key),
        participantId: id('participant', view.participantKey),
        matterId: id('matter', view.matterKey),
        optionId: view.optionKey ? id('option', view.optionKey) : null,
        position: view.position,
        comment: view.comment ?? null,
        expressedAt: zonedDateTimeToInstant(view.expressedAtLocal, view.timeZone),
        milestoneId: view.milestoneKey ? id('milestone', view.milestoneKey) : null,
        confidentiality: view.confidentiality ?? Confidentiality.PUBLIC,
      })),
    );
  });
}

/** Seeds the real preparatory process of the First Review Conference into the database at `url`. */
export async function seedSampleData(url: string): Promise<void> {
  const seeds = await SeedRepository.connect(url);
  try {
    await seedDataset(seeds, firstReviewConference);
  } finally {
    await seeds.close();
  }
}
