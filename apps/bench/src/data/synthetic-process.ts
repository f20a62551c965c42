import {
  ActionStatus,
  MatterStatus,
  MilestoneKind,
  MilestoneStatus,
  OptionStage,
  OrganisationType,
  OwnerRole,
  ParticipantKind,
  Position,
  type IsoDate,
} from '@prepcom/domain';
import type {
  SeedAction,
  SeedDataset,
  SeedMatter,
  SeedMatterEvent,
  SeedMilestone,
  SeedParticipant,
  SeedPerson,
  SeedView,
} from '@prepcom/api/dist/seed/data/seed-types';

/** One preparatory process at the real scale (issue 6); a secretariat hosting many runs this many times over. */
export const REAL_SCALE = {
  statesParties: 150,
  /** States not parties and organisations. */
  observers: 40,
  matters: 30,
  optionsPerMatter: 10,
  actionsPerMatter: 20,
  views: 5_000,
  milestones: 50,
} as const;

const DAY_MS = 86_400_000;
const ZONES = ['Europe/Zurich', 'America/New_York', 'Asia/Bangkok', 'Africa/Nairobi'];
/** Milestones before this index are held already; the rest lie ahead. */
const HELD = 15;
/** The future milestone that was called off: the next milestone skips it. */
const CANCELLED = HELD + 1;
const WITHDRAWN_MATTER = 28;

const day = (instant: Date): IsoDate => instant.toISOString().slice(0, 10);
const plusDays = (instant: Date, days: number) => new Date(instant.getTime() + days * DAY_MS);
/** `YYYY-MM-DDTHH:mm` of an instant in UTC. */
const utcLocal = (instant: Date) => instant.toISOString().slice(0, 16);

/**
 * When each milestone starts, in days from now. Nothing starts within 24 days of now, and no open action falls
 * due within 10: the worker's reminder sweep, which runs while deliveries are measured, then has nothing to send.
 */
function milestoneOffsetDays(index: number): number {
  return index < HELD ? -(HELD - index) * 21 - 3 : 25 + (index - HELD) * 21;
}

const stateKey = (i: number) => `bench-state-${i}`;

/** States Parties, then States not parties, then organisations: shared by every process of a secretariat. */
function sharedParticipants(): SeedParticipant[] {
  const observerStates = REAL_SCALE.observers / 2;
  const groups = ['African', 'Asia-Pacific', 'Eastern European', 'Latin American and Caribbean', 'WEOG'];
  const organisationTypes = [
    OrganisationType.NON_GOVERNMENTAL,
    OrganisationType.INTERNATIONAL,
    OrganisationType.UNITED_NATIONS,
  ];
  return [
    ...Array.from({ length: REAL_SCALE.statesParties }, (_, i) => ({
      key: stateKey(i),
      name: `State Party ${String(i).padStart(3, '0')}`,
      kind: ParticipantKind.STATE,
      becamePartyOn: day(new Date(Date.UTC(1999, 2, 1 + i * 20))),
      regionalGroup: groups[i % groups.length]!,
    })),
    ...Array.from({ length: observerStates }, (_, i) => ({
      key: `bench-observer-state-${i}`,
      name: `Observer State ${String(i).padStart(2, '0')}`,
      kind: ParticipantKind.STATE,
      becamePartyOn: null,
      regionalGroup: groups[i % groups.length]!,
    })),
    ...Array.from({ length: REAL_SCALE.observers - observerStates }, (_, i) => ({
      key: `bench-organisation-${i}`,
      name: `Organisation ${String(i).padStart(2, '0')}`,
      kind: ParticipantKind.ORGANISATION,
      organisationType: organisationTypes[i % organisationTypes.length]!,
    })),
  ];
}

function milestonesOf(name: string, now: Date, participants: SeedParticipant[]): SeedMilestone[] {
  return Array.from({ length: REAL_SCALE.milestones }, (_, i) => {
    const starts = plusDays(now, milestoneOffsetDays(i));
    const last = i === REAL_SCALE.milestones - 1;
    return {
      key: `${name}-m${i}`,
      kind: last
        ? MilestoneKind.REVIEW_CONFERENCE
        : i % 10 === 9
          ? MilestoneKind.MEETING_OF_STATES_PARTIES
          : i % 5 === 2
            ? MilestoneKind.DEADLINE
            : i % 2
              ? MilestoneKind.STANDING_COMMITTEE
              : MilestoneKind.PREPARATORY_MEETING,
      title: `${name} meeting ${i}`,
      shortTitle: `M${i}`,
      startsLocal: `${day(starts)}T10:00`,
      endsLocal: `${day(plusDays(starts, 4))}T18:00`,
      timeZone: ZONES[i % ZONES.length]!,
      venue: 'Palais des Nations',
      room: `Room ${(i % 20) + 1}`,
      status:
        i < HELD
          ? MilestoneStatus.HELD
          : i === CANCELLED
            ? MilestoneStatus.CANCELLED
            : MilestoneStatus.PLANNED,
      convenorKeys: [
        stateKey((i * 2) % REAL_SCALE.statesParties),
        stateKey((i * 2 + 1) % REAL_SCALE.statesParties),
      ],
      contactKeys: [`bench-person-${participants[i % participants.length]!.key}`],
    };
  });
}

/** A decided matter was decided at a milestone already held; an open one is due at one ahead. */
const decided = (i: number) => i % 5 === 4;

function decidingIndex(i: number): number {
  return decided(i) ? i % HELD : CANCELLED + 1 + (i % (REAL_SCALE.milestones - CANCELLED - 4));
}

/** When the matter was identified: 200 days before its decision, or 300 days ago for open ones. */
function identifiedAt(i: number, now: Date): Date {
  return decided(i) ? plusDays(now, milestoneOffsetDays(decidingIndex(i)) - 200) : plusDays(now, -300);
}

function historyOf(i: number, now: Date, milestoneKey: string): SeedMatterEvent[] {
  const identified = identifiedAt(i, now);
  const at = (instant: Date) => ({ atLocal: utcLocal(instant), timeZone: 'UTC' });
  const steps: SeedMatterEvent[] = [{ to: MatterStatus.IDENTIFIED, ...at(identified) }];
  if (i === WITHDRAWN_MATTER) return [...steps, { to: MatterStatus.WITHDRAWN, ...at(plusDays(now, -10)) }];
  if (decided(i)) {
    const decision = plusDays(now, milestoneOffsetDays(decidingIndex(i)) + 1);
    return [
      ...steps,
      { to: MatterStatus.OPTIONS_DEVELOPING, ...at(plusDays(identified, 50)) },
      { to: MatterStatus.READY_FOR_DECISION, ...at(plusDays(decision, -20)) },
      { to: MatterStatus.DECIDED, ...at(decision), milestoneKey },
    ];
  }
  if (i % 3 >= 1) steps.push({ to: MatterStatus.OPTIONS_DEVELOPING, ...at(plusDays(now, -200)) });
  if (i % 3 === 2) steps.push({ to: MatterStatus.READY_FOR_DECISION, ...at(plusDays(now, -30)) });
  return steps;
}

const OPEN_STAGES = [
  OptionStage.TABLED,
  OptionStage.ELABORATED,
  OptionStage.CONVERGING,
  OptionStage.DRAFT_TEXT,
  OptionStage.TABLED,
  OptionStage.ELABORATED,
  OptionStage.WITHDRAWN,
  OptionStage.TABLED,
  OptionStage.CONVERGING,
  OptionStage.TABLED,
];

function mattersOf(name: string, now: Date, milestones: SeedMilestone[]): SeedMatter[] {
  const keys = Array.from({ length: REAL_SCALE.matters }, (_, i) => `${name}-matter-${i}`);
  return keys.map((key, i) => {
    const deciding = milestones[decidingIndex(i)]!.key;
    const identified = identifiedAt(i, now);
    return {
      key,
      title: `Matter ${i}: ${decided(i) ? 'decided' : 'open'} question`,
      description: `What the States Parties must settle about question ${i}.`,
      decidingMilestoneKey: deciding,
      initialDecidingMilestoneKey: deciding,
      ...(decided(i) && { outcome: `Decision ${i} as adopted.`, outcomeMilestoneKey: deciding }),
      dependsOnKeys: i % 10 === 3 ? [keys[i - 1]!, keys[i - 2]!] : i % 5 === 1 && i > 1 ? [keys[i - 1]!] : [],
      history: historyOf(i, now, deciding),
      options: Array.from({ length: REAL_SCALE.optionsPerMatter }, (_, o) => ({
        key: `${key}-option-${o}`,
        text: `Option ${o} on matter ${i}: a course the States Parties could take.`,
        proposerKey: stateKey((i * REAL_SCALE.optionsPerMatter + o) % REAL_SCALE.statesParties),
        stage: decided(i) ? (o === 0 ? OptionStage.ADOPTED : OptionStage.WITHDRAWN) : OPEN_STAGES[o]!,
        tabledOn: day(plusDays(identified, 10 + o * 3)),
      })),
    };
  });
}

function actionsOf(now: Date, matters: SeedMatter[], participants: SeedParticipant[]): SeedAction[] {
  return matters.flatMap((matter, i) => {
    const identified = identifiedAt(i, now);
    const decision = plusDays(now, milestoneOffsetDays(decidingIndex(i)));
    return Array.from({ length: REAL_SCALE.actionsPerMatter }, (_, a): SeedAction => {
      const done = decided(i) || a % 4 === 0;
      const status = done
        ? ActionStatus.DONE
        : [
            ActionStatus.IN_PROGRESS,
            ActionStatus.TODO,
            a % 8 === 3 ? ActionStatus.BLOCKED : ActionStatus.TODO,
          ][(a % 4) - 1]!;
      const byRole = a % 7 === 6;
      return {
        key: `${matter.key}-action-${a}`,
        title: `Action ${a} for matter ${i}`,
        ...(byRole
          ? { ownerRole: OwnerRole.CURRENT_PRESIDENCY }
          : {
              ownerParticipantKey:
                participants[(i * REAL_SCALE.actionsPerMatter + a) % participants.length]!.key,
            }),
        due:
          a % 2 === 0
            ? { kind: 'RELATIVE', milestoneKey: matter.decidingMilestoneKey, offsetDays: -(7 + a) }
            : { kind: 'ABSOLUTE', date: day(done ? plusDays(decision, -60 + a) : plusDays(now, 10 + a * 2)) },
        status,
        createdOn: day(plusDays(identified, 5 + a)),
        ...(done && { completedOn: day(plusDays(decided(i) ? decision : now, -40 + a)) }),
        servesMatterKey: matter.key,
        blocksDecision: a % 5 === 0,
      };
    });
  });
}

function viewsOf(now: Date, matters: SeedMatter[], participants: SeedParticipant[]): SeedView[] {
  return matters.flatMap((matter, i) => {
    const count =
      Math.floor((REAL_SCALE.views * (i + 1)) / REAL_SCALE.matters) -
      Math.floor((REAL_SCALE.views * i) / REAL_SCALE.matters);
    const first = plusDays(identifiedAt(i, now), 20);
    return Array.from({ length: count }, (_, v): SeedView => {
      const position =
        v % 29 === 0
          ? Position.COMMENT
          : v % 17 === 0
            ? Position.OBJECTS
            : v % 9 === 0
              ? Position.CAN_LIVE_WITH
              : Position.SUPPORTS;
      return {
        key: `${matter.key}-view-${v}`,
        // A different participant for each view on a matter; each view an hour after the one before.
        participantKey: participants[(i * 13 + v) % participants.length]!.key,
        matterKey: matter.key,
        ...(v % 4 === 1 && { optionKey: `${matter.key}-option-${v % REAL_SCALE.optionsPerMatter}` }),
        position,
        ...(position === Position.COMMENT && { comment: `Comment ${v} on matter ${i}.` }),
        expressedAtLocal: utcLocal(new Date(first.getTime() + v * 3_600_000)),
        timeZone: 'UTC',
      };
    });
  });
}

/**
 * Process number `index` of a secretariat, at the real scale, its dates placed around `now`. Every process has the
 * same shape, so the dashboard of process 0 answers the same whatever the number of processes beside it.
 */
export function syntheticProcess(index: number, now: Date): SeedDataset {
  const name = `bench-p${index}`;
  const participants = sharedParticipants();
  const people: SeedPerson[] = participants.map((participant) => ({
    key: `bench-person-${participant.key}`,
    participantKey: participant.key,
    name: `Delegate of ${participant.name}`,
    email: `${participant.key}@bench.example`,
  }));
  const milestones = milestonesOf(name, now, participants);
  const matters = mattersOf(name, now, milestones);
  return {
    process: {
      key: name,
      title: `Synthetic preparatory process ${index}`,
      conveningBody: 'Meeting of the States Parties',
      targetEvent: 'Review Conference',
      targetMilestoneKey: milestones[REAL_SCALE.milestones - 1]!.key,
      decisionDeadlineMilestoneKey: milestones[REAL_SCALE.milestones - 5]!.key,
      description: 'Generated by npm run bench.',
    },
    participants,
    people,
    milestones,
    roleTerms: [],
    matters,
    actions: actionsOf(now, matters, participants),
    views: viewsOf(now, matters, participants),
  };
}
