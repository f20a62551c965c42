// Answers as the API gives them on the eve of the Fifth Meeting (14 September 2003), typed against the generated
// query types, so an operation changed without its fixture fails the type check.
import type { MattersBoardQuery, OverviewScreenQuery, TimelineScreenQuery } from '../generated/graphql';

const ASOF = '2003-09-14T23:59:59.000Z';

const fifth = {
  id: 'm-5msp',
  title: 'Fifth Meeting of the States Parties',
  shortTitle: '5MSP',
  startsAt: '2003-09-15T03:00:00.000Z',
  timeZone: 'Asia/Bangkok',
};

type OpenMatter = OverviewScreenQuery['process']['matters']['edges'][number]['node'];

export const openMatters: OpenMatter[] = [
  {
    id: 'mt-president',
    title: 'President of the First Review Conference',
    status: 'READY_FOR_DECISION',
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
    readiness: { score: 100, reasons: [] },
    health: { level: 'ON_TRACK', reasons: [] },
  },
  {
    id: 'mt-costs',
    title: 'Cost estimates for the First Review Conference',
    status: 'OPTIONS_DEVELOPING',
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
    readiness: {
      score: 60,
      reasons: [
        {
          code: 'NO_DRAFT_TEXT',
          params: { stage: 'CONVERGING' },
          message: "No option has reached draft text yet; the furthest is at 'Converging'.",
        },
        { code: 'NO_VIEWS', params: {}, message: 'No State Party has given a view yet.' },
      ],
    },
    health: {
      level: 'AT_RISK',
      reasons: [
        {
          code: 'LOW_READINESS_NEAR',
          params: {
            score: 60,
            minimum: 80,
            left: { code: 'DAYS_BEFORE_START', params: { count: 1, meeting: '5MSP' } },
          },
          message: "Readiness is 60, below 80, 1 day before '5MSP' starts.",
        },
      ],
    },
  },
  {
    id: 'mt-agenda',
    title: 'Provisional agenda of the Review Conference',
    status: 'OPTIONS_DEVELOPING',
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
    readiness: { score: 70, reasons: [] },
    health: { level: 'AT_RISK', reasons: [] },
  },
];

export function overviewData(matters: OpenMatter[] = openMatters): OverviewScreenQuery {
  return {
    process: {
      id: 'p-revcon1',
      title: 'Preparatory process for the First Review Conference',
      targetEvent: 'First Review Conference, Nairobi 2004',
      ended: false,
      decidingMeeting: { id: 'm-5msp', title: 'Fifth Meeting of the States Parties' },
      eveOfDecidingMeeting: '2003-09-14',
      milestones: { edges: [{ node: { id: 'm-3msp', startsAt: '2001-09-18T16:00:00.000Z' } }] },
      dashboard: {
        asOf: ASOF,
        openMatters: matters.length,
        totalMatters: 10,
        readiness: 82,
        openReadiness: matters.length ? 79 : null,
        daysToNextMilestone: 1,
        daysToDecisionDeadline: 5,
        nextMilestone: fifth,
        decisionDeadline: {
          ...fifth,
          id: 'm-deadline',
          title: 'Decisions due',
          shortTitle: 'Decisions due',
          startsAt: '2003-09-19T10:00:00.000Z',
        },
        byHealth: [
          { health: 'ON_TRACK', count: 1 },
          { health: 'AT_RISK', count: 2 },
          { health: 'OFF_TRACK', count: 0 },
        ],
        byStatus: [
          { status: 'IDENTIFIED', count: 0 },
          { status: 'OPTIONS_DEVELOPING', count: 2 },
          { status: 'READY_FOR_DECISION', count: 1 },
          { status: 'DECIDED', count: 7 },
          { status: 'DEFERRED', count: 0 },
          { status: 'WITHDRAWN', count: 0 },
        ],
        milestones: [{ milestone: fifth, readiness: 79, matters: 10, openMatters: matters.length }],
      },
      matters: { totalCount: matters.length, edges: matters.map((node) => ({ node })) },
    },
  };
}

type TimelineMilestone = TimelineScreenQuery['process']['milestones']['edges'][number]['node'];

const milestone = (
  m: Omit<TimelineMilestone, 'room' | 'readiness' | 'matters'> & Partial<TimelineMilestone>,
) => ({
  room: null,
  readiness: null,
  matters: [],
  ...m,
});

// Deliberately not in date order: the screen sorts them.
export const timelineMilestones: TimelineMilestone[] = [
  milestone({
    ...fifth,
    kind: 'MEETING_OF_STATES_PARTIES',
    endsAt: '2003-09-19T11:00:00.000Z',
    venue: 'United Nations Conference Centre, Bangkok',
    status: 'PLANNED',
    readiness: 79,
    matters: [
      {
        id: 'mt-costs',
        title: 'Cost estimates for the First Review Conference',
        status: 'OPTIONS_DEVELOPING',
        readiness: { score: 60 },
        health: { level: 'AT_RISK' },
      },
    ],
  }),
  milestone({
    id: 'm-dialogue',
    kind: 'INFORMAL_DIALOGUE',
    title: 'Informal dialogue on the preparations for the First Review Conference',
    shortTitle: 'Informal dialogue',
    startsAt: '2002-06-27T13:00:00.000Z',
    endsAt: '2002-06-27T16:00:00.000Z',
    timeZone: 'Europe/Zurich',
    venue: 'Palais des Nations, Geneva',
    room: 'Room VII',
    status: 'HELD',
  }),
  milestone({
    id: 'm-summit',
    kind: 'REVIEW_CONFERENCE',
    title: 'First Review Conference (Nairobi Summit on a Mine-Free World)',
    shortTitle: 'Nairobi Summit',
    startsAt: '2004-11-29T07:00:00.000Z',
    endsAt: '2004-12-03T15:00:00.000Z',
    timeZone: 'Africa/Nairobi',
    venue: 'United Nations Office at Nairobi',
    status: 'PLANNED',
  }),
];

export function timelineData(): TimelineScreenQuery {
  return {
    process: {
      id: 'p-revcon1',
      title: 'Preparatory process for the First Review Conference',
      dashboard: { asOf: ASOF, nextMilestone: { id: 'm-5msp' } },
      milestones: { edges: timelineMilestones.map((node) => ({ node })) },
    },
  };
}

export type BoardMatter = MattersBoardQuery['process']['matters']['edges'][number]['node'];

export const boardMatters: BoardMatter[] = [
  {
    id: 'mt-venue',
    title: 'Dates and venue of the First Review Conference',
    status: 'OPTIONS_DEVELOPING',
    version: 4,
    confidentiality: 'PUBLIC',
    allowedMoves: ['READY_FOR_DECISION', 'DEFERRED', 'WITHDRAWN'],
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP', startsAt: fifth.startsAt },
    readiness: { score: 60 },
    health: { level: 'AT_RISK', reasons: [] },
    actions: [{ id: 'a-kenya', ownerRole: null, owner: { id: 'p-ken', name: 'Kenya' } }],
  },
  {
    id: 'mt-sponsorship',
    title: 'Sponsorship programme',
    status: 'IDENTIFIED',
    version: 1,
    confidentiality: 'STATES_PARTIES',
    allowedMoves: ['OPTIONS_DEVELOPING', 'DEFERRED', 'WITHDRAWN'],
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP', startsAt: fifth.startsAt },
    readiness: { score: 20 },
    health: { level: 'OFF_TRACK', reasons: [] },
    actions: [{ id: 'a-pres', ownerRole: 'CURRENT_PRESIDENCY', owner: null }],
  },
  {
    id: 'mt-president',
    title: 'President of the First Review Conference',
    status: 'DECIDED',
    version: 9,
    confidentiality: 'PUBLIC',
    allowedMoves: [],
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP', startsAt: fifth.startsAt },
    readiness: { score: 100 },
    health: null,
    actions: [],
  },
];

export function boardData(matters: BoardMatter[] = boardMatters): MattersBoardQuery {
  return {
    process: {
      id: 'p-revcon1',
      milestones: {
        edges: [
          { node: { id: 'm-5msp', shortTitle: '5MSP', title: fifth.title, startsAt: fifth.startsAt } },
          {
            node: {
              id: 'm-prep1',
              shortTitle: '1st Preparatory Meeting',
              title: 'First Preparatory Meeting',
              startsAt: '2004-02-13T09:00:00.000Z',
            },
          },
        ],
      },
      matters: { totalCount: matters.length, edges: matters.map((node) => ({ node })) },
    },
  };
}
