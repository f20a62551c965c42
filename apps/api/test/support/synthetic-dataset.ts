import {
  ActionStatus,
  MatterStatus,
  MilestoneKind,
  MilestoneStatus,
  OptionStage,
  ParticipantKind,
  Position,
} from '@prepcom/domain';
import type { SeedDataset } from '../../src/seed/data/seed-types';

const ZONE = 'Europe/Zurich';

/**
 * A process of any size shaped like the real one: `matters` matters, each with three options, two actions and
 * views from ten States. Participants are shared between datasets (same keys), processes are not.
 */
export function syntheticDataset(name: string, matters: number): SeedDataset {
  const states = Array.from({ length: 40 }, (_, i) => ({
    key: `synthetic-state-${i}`,
    name: `Synthetic State ${String(i).padStart(3, '0')}`,
    kind: ParticipantKind.STATE,
    becamePartyOn: '1999-03-01',
    regionalGroup: 'Western European and Others',
  }));
  const milestones = Array.from({ length: 6 }, (_, i) => ({
    key: `${name}-m${i}`,
    kind: MilestoneKind.MEETING_OF_STATES_PARTIES,
    title: `${name} meeting ${i}`,
    shortTitle: `${name.toUpperCase()}${i}`,
    startsLocal: `${2030 + i}-09-15T10:00`,
    endsLocal: `${2030 + i}-09-19T18:00`,
    timeZone: ZONE,
    venue: 'Geneva',
    status: MilestoneStatus.PLANNED,
    convenorKeys: [states[i]!.key],
    contactKeys: [],
  }));
  const matterKeys = Array.from({ length: matters }, (_, i) => `${name}-matter-${i}`);
  return {
    process: {
      key: name,
      title: `Synthetic process ${name}`,
      conveningBody: 'Synthetic States Parties',
      targetEvent: 'Synthetic conference',
      targetMilestoneKey: milestones[5]!.key,
      decisionDeadlineMilestoneKey: milestones[4]!.key,
      description: '',
    },
    participants: states,
    people: [],
    milestones,
    roleTerms: [],
    matters: matterKeys.map((key, i) => ({
      key,
      title: `Matter ${i}`,
      description: 'Synthetic',
      decidingMilestoneKey: milestones[i % 5]!.key,
      initialDecidingMilestoneKey: milestones[i % 5]!.key,
      dependsOnKeys: i > 0 && i % 7 === 0 ? [matterKeys[i - 1]!] : [],
      history: [
        { to: MatterStatus.IDENTIFIED, atLocal: '2026-01-05T10:00', timeZone: ZONE },
        ...(i % 2
          ? [{ to: MatterStatus.OPTIONS_DEVELOPING, atLocal: '2026-02-05T10:00', timeZone: ZONE }]
          : []),
      ],
      options: [0, 1, 2].map((o) => ({
        key: `${key}-option-${o}`,
        text: `Option ${o} for matter ${i}`,
        proposerKey: states[(i + o) % states.length]!.key,
        stage: o === 0 && i % 2 ? OptionStage.CONVERGING : OptionStage.TABLED,
        tabledOn: '2026-01-10',
      })),
    })),
    actions: matterKeys.flatMap((key, i) =>
      [0, 1].map((a) => ({
        key: `${key}-action-${a}`,
        title: `Action ${a} for matter ${i}`,
        ownerParticipantKey: a === 0 ? states[i % states.length]!.key : undefined,
        ownerRole: a === 0 ? undefined : ('CURRENT_PRESIDENCY' as const),
        due:
          a === 0
            ? { kind: 'ABSOLUTE' as const, date: '2029-06-01' }
            : { kind: 'RELATIVE' as const, milestoneKey: milestones[i % 5]!.key, offsetDays: -30 },
        status: a === 0 ? ActionStatus.DONE : ActionStatus.TODO,
        createdOn: '2026-01-06',
        completedOn: a === 0 ? '2026-03-01' : undefined,
        servesMatterKey: key,
        blocksDecision: a === 1,
      })),
    ),
    views: matterKeys.flatMap((key, i) =>
      Array.from({ length: 10 }, (_, v) => ({
        key: `${key}-view-${v}`,
        participantKey: states[(i + v) % states.length]!.key,
        matterKey: key,
        optionKey: v % 3 === 0 ? `${key}-option-0` : undefined,
        position: v === 9 ? Position.OBJECTS : Position.SUPPORTS,
        expressedAtLocal: '2026-03-10T11:00',
        timeZone: ZONE,
      })),
    ),
  };
}
