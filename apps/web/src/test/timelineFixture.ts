// A TimelineScreen result as the API would answer it on the eve of the Fifth Meeting (14 September 2003).
// Typed against the generated query type, so a change to timeline.graphql that the fixture misses fails tsc.
import type { TimelineScreenQuery } from '../generated/graphql';
import type { MatterData, MilestoneData } from '../timeline/types';

const milestone = (m: Omit<MilestoneData, 'room'> & { room?: string | null }): MilestoneData => ({
  room: null,
  ...m,
});

// Deliberately not in date order: the screen must sort them.
export const milestones: MilestoneData[] = [
  milestone({
    id: 'm-5msp',
    kind: 'MEETING_OF_STATES_PARTIES',
    title: 'Fifth Meeting of the States Parties',
    shortTitle: '5MSP',
    startsAt: '2003-09-15T03:00:00.000Z',
    endsAt: '2003-09-19T11:00:00.000Z',
    startsAtLocal: '2003-09-15T10:00:00+07:00',
    timeZone: 'Asia/Bangkok',
    venue: 'United Nations Conference Centre, Bangkok',
    status: 'PLANNED',
  }),
  milestone({
    id: 'm-dialogue',
    kind: 'INFORMAL_DIALOGUE',
    title: 'Informal dialogue on the preparations for the First Review Conference',
    shortTitle: 'Informal dialogue',
    startsAt: '2002-06-27T13:00:00.000Z',
    endsAt: '2002-06-27T16:00:00.000Z',
    startsAtLocal: '2002-06-27T15:00:00+02:00',
    timeZone: 'Europe/Zurich',
    venue: 'Geneva International Centre for Humanitarian Demining',
    room: 'Room VII',
    status: 'HELD',
  }),
  milestone({
    id: 'm-revcon',
    kind: 'REVIEW_CONFERENCE',
    title: 'First Review Conference (Nairobi Summit on a Mine-Free World)',
    shortTitle: 'Review Conference',
    startsAt: '2004-11-29T07:00:00.000Z',
    endsAt: '2004-12-03T15:00:00.000Z',
    startsAtLocal: '2004-11-29T10:00:00+03:00',
    timeZone: 'Africa/Nairobi',
    venue: 'United Nations Office at Nairobi',
    status: 'PLANNED',
  }),
  milestone({
    id: 'm-sc-feb',
    kind: 'STANDING_COMMITTEE',
    title: 'Intersessional Standing Committees',
    shortTitle: 'SC Feb 2003',
    startsAt: '2003-02-03T08:00:00.000Z',
    endsAt: '2003-02-07T17:00:00.000Z',
    startsAtLocal: '2003-02-03T09:00:00+01:00',
    timeZone: 'Europe/Zurich',
    venue: 'Geneva International Conference Centre',
    status: 'HELD',
  }),
];

export const matters: MatterData[] = [
  {
    id: 'mt-venue',
    title: 'Venue and dates of the First Review Conference',
    status: 'OPTIONS_DEVELOPING',
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
    readiness: {
      score: 40,
      reasons: [
        { code: 'OPTIONS_TABLED', message: 'Two offers to host are on the table.' },
        { code: 'NO_CONVERGENCE', message: 'No option has converged yet.' },
      ],
    },
    health: {
      level: 'AT_RISK',
      reasons: [{ code: 'DEADLINE_NEAR', message: 'The deciding meeting opens tomorrow.' }],
    },
  },
  {
    id: 'mt-president',
    title: 'President of the First Review Conference',
    status: 'READY_FOR_DECISION',
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
    readiness: { score: 85, reasons: [{ code: 'DRAFT_TEXT', message: 'A draft decision is circulated.' }] },
    health: { level: 'ON_TRACK', reasons: [] },
  },
  {
    id: 'mt-budget',
    title: 'Cost estimates of the First Review Conference',
    status: 'IDENTIFIED',
    decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
    readiness: { score: 5, reasons: [] },
    health: null,
  },
];

export function timelineData(overrides: { matters?: MatterData[]; asOf?: string } = {}): TimelineScreenQuery {
  const open = overrides.matters ?? matters;
  return {
    process: {
      id: 'p-revcon1',
      title: 'Preparations for the First Review Conference',
      targetEvent: 'First Review Conference, Nairobi 2004',
      dashboard: {
        asOf: overrides.asOf ?? '2003-09-14T23:59:59.000Z',
        openMatters: open.length,
        readiness: open.length ? 43 : null,
        daysToNextMilestone: 1,
        daysToDecisionDeadline: 1,
        nextMilestone: { id: 'm-5msp', title: 'Fifth Meeting of the States Parties' },
        decisionDeadline: {
          id: 'm-5msp',
          title: 'Fifth Meeting of the States Parties',
          startsAtLocal: '2003-09-15T10:00:00+07:00',
        },
        byHealth: [
          { health: 'AT_RISK', count: 1 },
          { health: 'ON_TRACK', count: 1 },
        ],
      },
      milestones: { edges: milestones.map((node) => ({ node })) },
      matters: { edges: open.map((node) => ({ node })) },
    },
  };
}
