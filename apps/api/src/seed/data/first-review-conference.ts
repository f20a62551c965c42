// The historical sample: the Mine Ban Convention's road from the May 2002 Standing Committee to the First Review
// Conference (Nairobi, 2004). Sources and what is documented or illustrative: docs/sample-data.md.
//
// Conventions
// - Times are venue wall-clock ('YYYY-MM-DDTHH:mm') with the venue's IANA zone. Meeting days run 10:00-18:00 unless
//   a source gives the hour (only the 27 June 2002 dialogue's 15:00 start is documented).
// - Presidencies hand over on the opening day of the next meeting; Standing Committee Co-Chairs and Co-Rapporteurs
//   serve from the closing day of one Meeting of the States Parties to the closing day of the next. Role-term end
//   days are inclusive, so a hand-over day belongs to both terms.
// - Matter histories replay through the workflow in @prepcom/domain (checkMatterMove); the final stage of each option
//   stands for its stage throughout, so an option only counts from its `tabledOn` day.
// - A State's views are only dated on or after its entry into force (`becamePartyOn`).
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
  RoleKind,
} from '@prepcom/domain';
import type {
  SeedAction,
  SeedDataset,
  SeedMatter,
  SeedMatterEvent,
  SeedMilestone,
  SeedParticipant,
  SeedPerson,
  SeedProcess,
  SeedRoleTerm,
  SeedView,
} from './seed-types';
import { loadStatesParties } from './states-parties';

const GENEVA = 'Europe/Zurich';
const MANAGUA = 'America/Managua';
const BANGKOK = 'Asia/Bangkok';
const NAIROBI = 'Africa/Nairobi';

const GENERAL_STATUS_SC = 'Standing Committee on the General Status and Operation of the Convention';
const PALAIS = 'Palais des Nations, Geneva';
const GICHD_VENUE =
  'Geneva International Centre for Humanitarian Demining (GICHD), WMO Building, 7bis avenue de la Paix, Geneva';

// ---------------------------------------------------------------------------------------------------------------
// Process

const process: SeedProcess = {
  key: 'first-review-conference-prep',
  title: 'Preparatory process for the First Review Conference',
  conveningBody:
    'The States Parties to the Anti-Personnel Mine Ban Convention, through the Standing Committee on the General Status and Operation of the Convention',
  targetEvent:
    'First Review Conference (Nairobi Summit on a Mine-Free World), Nairobi, 29 November - 3 December 2004',
  targetMilestoneKey: 'revcon',
  decisionDeadlineMilestoneKey: 'deadline-5msp',
  description:
    'At the Standing Committee meeting of 31 May 2002 many States Parties asked for a transparent and inclusive process ' +
    "to prepare the Convention's First Review Conference in 2004. The Co-Chairs, Norway and Thailand, invited all " +
    'States Parties, States not Parties and interested organisations to an informal dialogue on 27 June 2002, so that ' +
    'the Fourth Meeting of the States Parties could discuss what matters the Fifth Meeting must decide, the options ' +
    'for each and the actions needed to develop them. Decisions on the preparatory process were due no later than ' +
    'the Fifth Meeting (Bangkok, September 2003).',
};

// ---------------------------------------------------------------------------------------------------------------
// Participants: the States of the CSV, States not Parties that observed, and organisations.

/**
 * States neither party nor signatory by the end of 2004 (the CSV already holds the eight remaining signatories,
 * Poland among them). Their non-party status is certain; which meetings each attended is not recorded here. Finland
 * and Latvia joined the Convention later (2012 and 2006), outside this data set's horizon. The United States is
 * left out on purpose: it first attended a formal meeting of the Convention, as an observer, in 2009 (Cartagena).
 */
const statesNotParties: SeedParticipant[] = [
  { name: 'China', iso3: 'CHN', regionalGroup: 'Asia-Pacific' },
  { name: 'Russian Federation', iso3: 'RUS', regionalGroup: 'Eastern European' },
  { name: 'India', iso3: 'IND', regionalGroup: 'Asia-Pacific' },
  { name: 'Pakistan', iso3: 'PAK', regionalGroup: 'Asia-Pacific' },
  { name: 'Finland', iso3: 'FIN', regionalGroup: 'Western European and Others' },
  { name: 'Egypt', iso3: 'EGY', regionalGroup: 'African' },
  { name: 'Republic of Korea', iso3: 'KOR', regionalGroup: 'Asia-Pacific' },
  { name: 'Sri Lanka', iso3: 'LKA', regionalGroup: 'Asia-Pacific' },
  { name: 'Morocco', iso3: 'MAR', regionalGroup: 'African' },
  { name: 'Latvia', iso3: 'LVA', regionalGroup: 'Eastern European' },
  { name: 'Cuba', iso3: 'CUB', regionalGroup: 'Latin American and Caribbean' },
  { name: 'Singapore', iso3: 'SGP', regionalGroup: 'Asia-Pacific' },
].map(({ name, iso3, regionalGroup }) => ({
  key: `state-${iso3.toLowerCase()}`,
  name,
  kind: ParticipantKind.STATE,
  iso3,
  becamePartyOn: null,
  regionalGroup,
}));

const organisation = (key: string, name: string, organisationType: OrganisationType): SeedParticipant => ({
  key,
  name,
  kind: ParticipantKind.ORGANISATION,
  organisationType,
});

const organisations: SeedParticipant[] = [
  organisation(
    'org-icbl',
    'International Campaign to Ban Landmines (ICBL)',
    OrganisationType.NON_GOVERNMENTAL,
  ),
  organisation('org-icrc', 'International Committee of the Red Cross (ICRC)', OrganisationType.INTERNATIONAL),
  organisation('org-undp', 'United Nations Development Programme (UNDP)', OrganisationType.UNITED_NATIONS),
  organisation('org-unmas', 'United Nations Mine Action Service (UNMAS)', OrganisationType.UNITED_NATIONS),
  organisation('org-unicef', "United Nations Children's Fund (UNICEF)", OrganisationType.UNITED_NATIONS),
  // Services the formal meetings and prepared their cost estimates ("prepared by the United Nations").
  organisation(
    'org-un-dda',
    'United Nations Department for Disarmament Affairs (Geneva Branch)',
    OrganisationType.UNITED_NATIONS,
  ),
  organisation(
    'org-isu',
    'Implementation Support Unit of the Anti-Personnel Mine Ban Convention (at the GICHD)',
    OrganisationType.SECRETARIAT,
  ),
  organisation(
    'org-gichd',
    'Geneva International Centre for Humanitarian Demining (GICHD)',
    OrganisationType.INTERNATIONAL,
  ),
];

const participants: SeedParticipant[] = [...loadStatesParties(), ...statesNotParties, ...organisations];

// ---------------------------------------------------------------------------------------------------------------
// People

const people: SeedPerson[] = [
  {
    key: 'person-knut-langeland',
    participantKey: 'state-nor',
    name: 'Mr. Knut Langeland',
    title: 'Permanent Mission of Norway, Geneva',
    phone: '022-918-0400',
    email: 'knut.langeland@mfa.no',
  },
  {
    key: 'person-apirat-sugondhabhirom',
    participantKey: 'state-tha',
    name: 'Mr. Apirat Sugondhabhirom',
    title: 'Permanent Mission of Thailand, Geneva',
    phone: '022-715-1010',
    email: 'suapir01@hotmail.com',
  },
  {
    key: 'person-jean-lint',
    participantKey: 'state-bel',
    name: 'Ambassador Jean Lint',
    title: 'Ambassador of Belgium; President of the Fourth Meeting of the States Parties',
  },
  {
    key: 'person-wolfgang-petritsch',
    participantKey: 'state-aut',
    name: 'Ambassador Wolfgang Petritsch',
    title: 'Ambassador of Austria in Geneva; President of the First Review Conference',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Milestones, in chronological order.

const milestones: SeedMilestone[] = [
  {
    key: '3msp',
    kind: MilestoneKind.MEETING_OF_STATES_PARTIES,
    title: 'Third Meeting of the States Parties',
    shortTitle: '3MSP',
    startsLocal: '2001-09-18T10:00',
    endsLocal: '2001-09-21T18:00',
    timeZone: MANAGUA,
    venue: 'Managua, Nicaragua',
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-nic'],
    contactKeys: [],
    description:
      'Presided by Nicaragua. The States Parties endorsed an Implementation Support Unit at the GICHD here.',
  },
  {
    key: 'sc-2002-05',
    kind: MilestoneKind.STANDING_COMMITTEE,
    title: 'Standing Committee on the General Status and Operation of the Convention (May 2002)',
    shortTitle: 'SC General Status, May 2002',
    startsLocal: '2002-05-31T10:00',
    endsLocal: '2002-05-31T18:00',
    timeZone: GENEVA,
    venue: GICHD_VENUE,
    room: 'Room A',
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-nor', 'state-tha'],
    contactKeys: [],
    description:
      'During the intersessional week of 27-31 May 2002. Many States Parties asked that a process to prepare the ' +
      'First Review Conference be clarified, and that it be transparent and inclusive.',
  },
  {
    key: 'dialogue-2002-06-27',
    kind: MilestoneKind.INFORMAL_DIALOGUE,
    title: 'Informal dialogue on a process to prepare for the First Review Conference',
    shortTitle: 'Informal dialogue',
    startsLocal: '2002-06-27T15:00',
    endsLocal: '2002-06-27T18:00',
    timeZone: GENEVA,
    venue: PALAIS,
    room: 'Room VII',
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-nor', 'state-tha'],
    contactKeys: ['person-knut-langeland', 'person-apirat-sugondhabhirom'],
    description:
      'Convened by the Co-Chairs of the Standing Committee on the General Status and Operation of the Convention ' +
      '(letter of 19 June 2002), open to all States Parties, States not Parties and interested organisations.',
  },
  {
    key: '4msp',
    kind: MilestoneKind.MEETING_OF_STATES_PARTIES,
    title: 'Fourth Meeting of the States Parties',
    shortTitle: '4MSP',
    startsLocal: '2002-09-16T10:00',
    endsLocal: '2002-09-20T18:00',
    timeZone: GENEVA,
    venue: PALAIS,
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-bel'],
    contactKeys: ['person-jean-lint'],
    description:
      'President: Ambassador Jean Lint (Belgium). The States Parties began discussing the preparatory process.',
  },
  {
    key: 'sc-2003-02',
    kind: MilestoneKind.STANDING_COMMITTEE,
    title: 'Intersessional meetings of the Standing Committees (February 2003)',
    shortTitle: 'Intersessional, Feb 2003',
    startsLocal: '2003-02-03T10:00',
    endsLocal: '2003-02-07T18:00',
    timeZone: GENEVA,
    venue: GICHD_VENUE,
    room: 'Room A',
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-aut', 'state-per'],
    contactKeys: [],
    description: 'First session of the 2002-2003 Standing Committee meetings.',
  },
  {
    key: 'sc-2003-05',
    kind: MilestoneKind.STANDING_COMMITTEE,
    title: 'Intersessional meetings of the Standing Committees (May 2003)',
    shortTitle: 'Intersessional, May 2003',
    startsLocal: '2003-05-12T10:00',
    endsLocal: '2003-05-16T18:00',
    timeZone: GENEVA,
    venue: GICHD_VENUE,
    room: 'Room A',
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-aut', 'state-per'],
    contactKeys: [],
    description:
      'Second session of the 2002-2003 Standing Committee meetings; the General Status Committee was convened by ' +
      'its Co-Chairs, Austria (Ambassador Wolfgang Petritsch) and Peru.',
  },
  {
    key: '5msp',
    kind: MilestoneKind.MEETING_OF_STATES_PARTIES,
    title: 'Fifth Meeting of the States Parties',
    shortTitle: '5MSP',
    startsLocal: '2003-09-15T10:00',
    endsLocal: '2003-09-19T18:00',
    timeZone: BANGKOK,
    venue: 'United Nations Conference Centre, Bangkok',
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-tha'],
    contactKeys: [],
    description:
      "President: Thailand's Minister of Foreign Affairs. On 19 September the States Parties took the decisions on " +
      "the Review Conference and its preparation, on the basis of the 4MSP President's report on consultations.",
  },
  {
    key: 'deadline-5msp',
    kind: MilestoneKind.DEADLINE,
    title: 'Decisions on the preparatory process due',
    shortTitle: 'Decisions due',
    startsLocal: '2003-09-19T17:00',
    endsLocal: '2003-09-19T18:00',
    timeZone: BANGKOK,
    venue: 'United Nations Conference Centre, Bangkok',
    status: MilestoneStatus.HELD,
    convenorKeys: [],
    contactKeys: [],
    description:
      'The closing session of the Fifth Meeting (hour nominal): "No later than the Fifth Meeting of the States Parties ... it will be ' +
      'necessary that States Parties make decisions on matters related to the Review Conference\'s preparatory process."',
  },
  {
    key: 'prep-1',
    kind: MilestoneKind.PREPARATORY_MEETING,
    title: 'First Preparatory Meeting for the First Review Conference',
    shortTitle: '1st Preparatory Meeting',
    startsLocal: '2004-02-13T10:00',
    endsLocal: '2004-02-13T18:00',
    timeZone: GENEVA,
    venue: PALAIS,
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-aut'],
    contactKeys: ['person-wolfgang-petritsch'],
    description: 'Opened by the President-designate, Ambassador Wolfgang Petritsch (Austria).',
  },
  {
    key: 'prep-2',
    kind: MilestoneKind.PREPARATORY_MEETING,
    title: 'Second Preparatory Meeting for the First Review Conference',
    shortTitle: '2nd Preparatory Meeting',
    startsLocal: '2004-06-28T10:00',
    endsLocal: '2004-06-29T18:00',
    timeZone: GENEVA,
    venue: PALAIS,
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-aut'],
    contactKeys: ['person-wolfgang-petritsch'],
    description: 'Opened by the President-designate, Ambassador Wolfgang Petritsch (Austria).',
  },
  {
    key: 'revcon',
    kind: MilestoneKind.REVIEW_CONFERENCE,
    title: 'First Review Conference (Nairobi Summit on a Mine-Free World)',
    shortTitle: 'Nairobi Summit',
    startsLocal: '2004-11-29T10:00',
    endsLocal: '2004-12-03T18:00',
    timeZone: NAIROBI,
    venue: 'United Nations Office at Nairobi (Gigiri), Nairobi',
    status: MilestoneStatus.HELD,
    convenorKeys: ['state-aut', 'state-ken'],
    contactKeys: ['person-wolfgang-petritsch'],
    description:
      'President: Ambassador Wolfgang Petritsch (Austria); host: Kenya. Adopted the review of the operation and ' +
      'status of the Convention 1999-2004, the Nairobi Action Plan 2005-2009 and the Nairobi Declaration.',
  },
];

const zoneOf = new Map(milestones.map((milestone) => [milestone.key, milestone.timeZone]));
function zone(milestoneKey: string): string {
  const timeZone = zoneOf.get(milestoneKey);
  if (!timeZone) throw new Error(`Seed data: unknown milestone '${milestoneKey}'.`);
  return timeZone;
}

// ---------------------------------------------------------------------------------------------------------------
// Role terms

const roleTerms: SeedRoleTerm[] = [
  // Standing Committee on the General Status and Operation of the Convention. Co-Rapporteurs become the next
  // year's Co-Chairs. Documented: Co-Rapporteurs 2000-01 Norway and Thailand (May 2001 agenda); Co-Chairs 2001-02
  // Norway and Thailand (the letter); Co-Chairs 2002-03 Austria and Peru, Co-Rapporteurs 2002-03 Mexico and the
  // Netherlands (May 2003 record). Inferred from the rotation, unconfirmed: Co-Rapporteurs 2001-02 Austria and Peru;
  // Co-Chairs 2003-04 Mexico and the Netherlands (they are among the 2003-04 Co-Chairs named at the Second
  // Preparatory Meeting, but which Committee they chaired is inferred). The start of the 2000-01 terms (closing
  // day of the Second Meeting of the States Parties, 15 September 2000) is not confirmed.
  {
    key: 'rt-corap-nor-2000',
    participantKey: 'state-nor',
    role: RoleKind.CO_RAPPORTEUR,
    body: GENERAL_STATUS_SC,
    startsOn: '2000-09-15',
    endsOn: '2001-09-21',
  },
  {
    key: 'rt-corap-tha-2000',
    participantKey: 'state-tha',
    role: RoleKind.CO_RAPPORTEUR,
    body: GENERAL_STATUS_SC,
    startsOn: '2000-09-15',
    endsOn: '2001-09-21',
  },
  {
    key: 'rt-cochair-nor-2001',
    participantKey: 'state-nor',
    role: RoleKind.CO_CHAIR,
    body: GENERAL_STATUS_SC,
    startsOn: '2001-09-21',
    endsOn: '2002-09-20',
  },
  {
    key: 'rt-cochair-tha-2001',
    participantKey: 'state-tha',
    role: RoleKind.CO_CHAIR,
    body: GENERAL_STATUS_SC,
    startsOn: '2001-09-21',
    endsOn: '2002-09-20',
  },
  {
    key: 'rt-corap-aut-2001',
    participantKey: 'state-aut',
    role: RoleKind.CO_RAPPORTEUR,
    body: GENERAL_STATUS_SC,
    startsOn: '2001-09-21',
    endsOn: '2002-09-20',
  },
  {
    key: 'rt-corap-per-2001',
    participantKey: 'state-per',
    role: RoleKind.CO_RAPPORTEUR,
    body: GENERAL_STATUS_SC,
    startsOn: '2001-09-21',
    endsOn: '2002-09-20',
  },
  {
    key: 'rt-cochair-aut-2002',
    participantKey: 'state-aut',
    role: RoleKind.CO_CHAIR,
    body: GENERAL_STATUS_SC,
    startsOn: '2002-09-20',
    endsOn: '2003-09-19',
    personName: 'Ambassador Wolfgang Petritsch',
  },
  {
    key: 'rt-cochair-per-2002',
    participantKey: 'state-per',
    role: RoleKind.CO_CHAIR,
    body: GENERAL_STATUS_SC,
    startsOn: '2002-09-20',
    endsOn: '2003-09-19',
    personName: 'Mr. Gustavo Laurie',
  },
  {
    key: 'rt-corap-mex-2002',
    participantKey: 'state-mex',
    role: RoleKind.CO_RAPPORTEUR,
    body: GENERAL_STATUS_SC,
    startsOn: '2002-09-20',
    endsOn: '2003-09-19',
    personName: 'Ms. Socorro Rovirosa Priego',
  },
  {
    key: 'rt-corap-nld-2002',
    participantKey: 'state-nld',
    role: RoleKind.CO_RAPPORTEUR,
    body: GENERAL_STATUS_SC,
    startsOn: '2002-09-20',
    endsOn: '2003-09-19',
    personName: 'Mr. Alexander Verbeek',
  },
  {
    key: 'rt-cochair-mex-2003',
    participantKey: 'state-mex',
    role: RoleKind.CO_CHAIR,
    body: GENERAL_STATUS_SC,
    startsOn: '2003-09-19',
    endsOn: '2004-12-03',
  },
  {
    key: 'rt-cochair-nld-2003',
    participantKey: 'state-nld',
    role: RoleKind.CO_CHAIR,
    body: GENERAL_STATUS_SC,
    startsOn: '2003-09-19',
    endsOn: '2004-12-03',
  },

  // Presidencies. The letter's "current and incoming Presidencies" are, on any day, the President term running and
  // the next one to start (as @prepcom/domain resolves them); only the Review Conference's President-designate is modelled.
  {
    key: 'rt-president-nic-3msp',
    participantKey: 'state-nic',
    role: RoleKind.PRESIDENT,
    body: 'Third Meeting of the States Parties',
    milestoneKey: '3msp',
    startsOn: '2001-09-18',
    endsOn: '2002-09-16',
  },
  {
    key: 'rt-president-bel-4msp',
    participantKey: 'state-bel',
    role: RoleKind.PRESIDENT,
    body: 'Fourth Meeting of the States Parties',
    milestoneKey: '4msp',
    startsOn: '2002-09-16',
    endsOn: '2003-09-15',
    personName: 'Ambassador Jean Lint',
  },
  {
    key: 'rt-president-tha-5msp',
    participantKey: 'state-tha',
    role: RoleKind.PRESIDENT,
    body: 'Fifth Meeting of the States Parties',
    milestoneKey: '5msp',
    startsOn: '2003-09-15',
    // Known a year ahead: the Fourth Meeting set the Fifth in Bangkok. DOMAIN.md gives no day for it, so this is the
    // Fourth Meeting's closing day, the latest it can have been.
    decidedOn: '2002-09-20',
    endsOn: '2004-11-29',
    // Thailand's Foreign Minister in September 2003; DOMAIN.md names the office, not the person.
    personName: 'Mr. Surakiart Sathirathai, Minister of Foreign Affairs',
  },
  {
    key: 'rt-designate-aut-revcon',
    participantKey: 'state-aut',
    role: RoleKind.PRESIDENT_DESIGNATE,
    body: 'First Review Conference',
    milestoneKey: 'revcon',
    startsOn: '2003-09-19',
    endsOn: '2004-11-29',
    personName: 'Ambassador Wolfgang Petritsch',
  },
  {
    key: 'rt-president-aut-revcon',
    participantKey: 'state-aut',
    role: RoleKind.PRESIDENT,
    body: 'First Review Conference',
    milestoneKey: 'revcon',
    startsOn: '2004-11-29',
    endsOn: '2004-12-03',
    personName: 'Ambassador Wolfgang Petritsch',
  },

  // Secretariat support, from the Third Meeting's endorsement of the Unit at the GICHD.
  {
    key: 'rt-isu',
    participantKey: 'org-isu',
    role: RoleKind.SUPPORT_UNIT,
    body: 'States Parties to the Anti-Personnel Mine Ban Convention',
    startsOn: '2001-09-21',
    endsOn: null,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Matters

const event = (
  to: MatterStatus,
  atLocal: string,
  milestoneKey: string | undefined,
  note?: string,
  timeZone?: string,
): SeedMatterEvent => {
  const resolvedZone = timeZone ?? (milestoneKey ? zone(milestoneKey) : undefined);
  if (!resolvedZone) throw new Error(`Seed data: the event at ${atLocal} needs a milestone or a time zone.`);
  return {
    to,
    atLocal,
    timeZone: resolvedZone,
    ...(milestoneKey ? { milestoneKey } : {}),
    ...(note ? { note } : {}),
  };
};

/** DEFERRED happens at a meeting (`timeZone` of the venue) and names the later milestone deferred to. */
const deferred = (
  atLocal: string,
  timeZone: string,
  toMilestoneKey: string,
  note: string,
): SeedMatterEvent => ({
  to: MatterStatus.DEFERRED,
  atLocal,
  timeZone,
  milestoneKey: toMilestoneKey,
  note,
});

const { IDENTIFIED, OPTIONS_DEVELOPING, READY_FOR_DECISION, DECIDED } = MatterStatus;

const matters: SeedMatter[] = [
  {
    key: 'matter-prep-process',
    title: 'The preparatory process for the First Review Conference',
    description:
      'How the States Parties prepare the Review Conference: who leads the preparations, through which meetings and ' +
      "consultations, on what basis. The question the Co-Chairs' letter of 19 June 2002 put to the Fourth Meeting.",
    decidingMilestoneKey: '5msp',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'The States Parties agreed to proceed with the preparatory process in a manner consistent with the elements ' +
      'of the report of the President of the Fourth Meeting of the States Parties on consultations on preparations ' +
      'for the First Review Conference.',
    outcomeMilestoneKey: '5msp',
    dependsOnKeys: [],
    history: [
      event(
        IDENTIFIED,
        '2002-06-27T15:30',
        'dialogue-2002-06-27',
        'Put to the informal dialogue by the Co-Chairs.',
      ),
      event(OPTIONS_DEVELOPING, '2002-09-18T15:00', '4msp', 'Options discussed at the Fourth Meeting.'),
      event(READY_FOR_DECISION, '2003-05-12T16:00', 'sc-2003-05', "The 4MSP President's elements presented."),
      event(DECIDED, '2003-09-19T15:00', '5msp'),
    ],
    options: [
      {
        key: 'opt-process-president-report',
        text:
          "Proceed on the elements of the 4MSP President's report on consultations: a President-designate leading " +
          'open-ended preparations, Preparatory Meetings in Geneva, and draft documents under the President-designate.',
        proposerKey: 'state-bel',
        stage: OptionStage.ADOPTED,
        tabledOn: '2003-05-12',
      },
      {
        key: 'opt-process-standing-committee',
        text:
          'Prepare within the Intersessional Work Programme, through the Standing Committee on the General Status and ' +
          'Operation of the Convention, without a separate preparatory track.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2002-06-27',
      },
      {
        key: 'opt-process-coordinating-committee',
        text:
          'Entrust the steering of preparations to the Coordinating Committee (the President and the Standing ' +
          'Committee Co-Chairs), reporting to the intersessional meetings.',
        stage: OptionStage.ELABORATED,
        tabledOn: '2002-09-18',
      },
    ],
  },
  {
    key: 'matter-dates-venue',
    title: 'Dates and venue of the First Review Conference',
    description:
      'Article 12 calls for a Review Conference five years after entry into force (1 March 1999): where and when in ' +
      '2004 it meets.',
    decidingMilestoneKey: '5msp',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'The First Review Conference to be held at United Nations facilities in Nairobi, Kenya, from 29 November to 3 December 2004.',
    outcomeMilestoneKey: '5msp',
    dependsOnKeys: [],
    history: [
      event(IDENTIFIED, '2002-06-27T15:40', 'dialogue-2002-06-27'),
      event(OPTIONS_DEVELOPING, '2002-09-18T15:10', '4msp'),
      event(
        READY_FOR_DECISION,
        '2003-05-12T16:10',
        'sc-2003-05',
        "Kenya's offer of 13 March 2003 before the Committee.",
      ),
      event(DECIDED, '2003-09-19T15:05', '5msp'),
    ],
    options: [
      {
        key: 'opt-venue-nairobi',
        text: "Nairobi, at the United Nations Office at Nairobi, 29 November - 3 December 2004, accepting Kenya's offer to host.",
        proposerKey: 'state-ken',
        stage: OptionStage.ADOPTED,
        tabledOn: '2003-03-13',
      },
      {
        key: 'opt-venue-geneva',
        text: 'Geneva, at the Palais des Nations, in the second half of 2004.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2002-09-18',
      },
      {
        key: 'opt-venue-affected-region',
        text: "A venue in a mine-affected region, to bring the Review Conference close to the Convention's humanitarian purpose.",
        stage: OptionStage.CONVERGING,
        tabledOn: '2002-09-18',
      },
    ],
  },
  {
    key: 'matter-prep-meetings',
    title: 'Preparatory meetings',
    description:
      'How many formal preparatory meetings, when and where, and how they relate to the intersessional weeks.',
    decidingMilestoneKey: '5msp',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'Preparatory Meetings to be held at United Nations facilities in Geneva on 13 February 2004 and 28-29 June 2004.',
    outcomeMilestoneKey: '5msp',
    dependsOnKeys: ['matter-prep-process'],
    history: [
      event(IDENTIFIED, '2002-06-27T16:00', 'dialogue-2002-06-27'),
      event(OPTIONS_DEVELOPING, '2002-09-18T15:20', '4msp'),
      event(READY_FOR_DECISION, '2003-05-12T16:20', 'sc-2003-05'),
      event(DECIDED, '2003-09-19T15:10', '5msp'),
    ],
    options: [
      {
        key: 'opt-prep-two-geneva',
        text: 'Two Preparatory Meetings at United Nations facilities in Geneva in 2004: one day on 13 February, two days on 28-29 June.',
        proposerKey: 'state-bel',
        stage: OptionStage.ADOPTED,
        tabledOn: '2003-05-12',
      },
      {
        key: 'opt-prep-prepcom',
        text: 'A formal Preparatory Committee with several sessions and an elected bureau, as for other disarmament review conferences.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2002-09-18',
      },
      {
        key: 'opt-prep-intersessional',
        text: 'No separate meetings: use the 2004 intersessional Standing Committee weeks for the preparations.',
        stage: OptionStage.ELABORATED,
        tabledOn: '2002-09-18',
      },
    ],
  },
  {
    key: 'matter-president',
    title: 'President of the First Review Conference',
    description:
      'Who presides over the Review Conference and, as President-designate, leads its preparation through 2004.',
    decidingMilestoneKey: '5msp',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'Ambassador Wolfgang Petritsch of Austria designated as President of the First Review Conference.',
    outcomeMilestoneKey: '5msp',
    dependsOnKeys: [],
    history: [
      event(IDENTIFIED, '2002-09-18T11:00', '4msp'),
      event(OPTIONS_DEVELOPING, '2003-02-03T15:00', 'sc-2003-02'),
      event(READY_FOR_DECISION, '2003-05-12T16:30', 'sc-2003-05'),
      event(DECIDED, '2003-09-19T15:15', '5msp'),
    ],
    options: [
      {
        key: 'opt-president-petritsch',
        text:
          'Designate Ambassador Wolfgang Petritsch of Austria, Co-Chair of the Standing Committee on the General Status ' +
          'and Operation of the Convention, as President.',
        stage: OptionStage.ADOPTED,
        tabledOn: '2003-05-12',
      },
      {
        key: 'opt-president-host',
        text: 'A President from the host State of the Review Conference.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2003-03-13',
      },
      {
        key: 'opt-president-geneva-based',
        text: 'A Geneva-based head of delegation, able to lead the preparations with the missions in Geneva through 2004.',
        stage: OptionStage.CONVERGING,
        tabledOn: '2002-09-18',
      },
    ],
  },
  {
    key: 'matter-secretary-general',
    title: 'Secretary-General of the First Review Conference',
    description: 'Who serves as Secretary-General of the Conference, given that it meets away from Geneva.',
    decidingMilestoneKey: '5msp',
    initialDecidingMilestoneKey: '5msp',
    outcome: 'Kenya, as host, requested to designate a Secretary-General of the Review Conference.',
    outcomeMilestoneKey: '5msp',
    dependsOnKeys: ['matter-dates-venue'],
    history: [
      event(IDENTIFIED, '2002-09-19T11:00', '4msp'),
      event(OPTIONS_DEVELOPING, '2003-05-12T16:40', 'sc-2003-05'),
      event(READY_FOR_DECISION, '2003-05-16T12:00', 'sc-2003-05'),
      event(DECIDED, '2003-09-19T15:20', '5msp'),
    ],
    options: [
      {
        key: 'opt-sg-host',
        text: 'Request the host State, Kenya, to designate a Secretary-General of the Review Conference.',
        stage: OptionStage.ADOPTED,
        tabledOn: '2003-05-12',
      },
      {
        key: 'opt-sg-un',
        text: 'Ask the United Nations to nominate the Secretary-General of the Conference from its Department for Disarmament Affairs.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2003-02-03',
      },
    ],
  },
  {
    key: 'matter-prep-costs',
    title: 'Costs of the preparatory meetings',
    description:
      'The estimated costs of convening the Preparatory Meetings, and how the States Parties meet them.',
    decidingMilestoneKey: '5msp',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'The estimated costs prepared by the United Nations for convening the Preparatory Meetings accepted.',
    outcomeMilestoneKey: '5msp',
    dependsOnKeys: ['matter-prep-meetings'],
    history: [
      event(IDENTIFIED, '2002-09-19T11:10', '4msp'),
      event(OPTIONS_DEVELOPING, '2003-05-12T17:00', 'sc-2003-05'),
      event(READY_FOR_DECISION, '2003-05-16T12:10', 'sc-2003-05'),
      event(DECIDED, '2003-09-19T15:25', '5msp'),
    ],
    options: [
      {
        key: 'opt-prep-costs-accept',
        text:
          'Accept the estimated costs prepared by the United Nations for convening the Preparatory Meetings, shared as ' +
          'for the annual Meetings of the States Parties (Article 14).',
        stage: OptionStage.ADOPTED,
        tabledOn: '2003-05-12',
      },
      {
        key: 'opt-prep-costs-voluntary',
        text: 'Meet the costs of the Preparatory Meetings from voluntary contributions rather than shares of the States Parties.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2003-02-03',
      },
    ],
  },
  {
    key: 'matter-agenda',
    title: 'Provisional agenda and programme of work of the Review Conference',
    description: 'The agenda and programme of work to recommend for adoption at the Review Conference.',
    decidingMilestoneKey: 'prep-1',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'Recommended for adoption at the First Review Conference: the provisional agenda and the provisional programme ' +
      'of work (First Preparatory Meeting, 13 February 2004).',
    outcomeMilestoneKey: 'prep-1',
    dependsOnKeys: ['matter-prep-meetings'],
    history: [
      event(IDENTIFIED, '2002-09-19T11:20', '4msp'),
      event(OPTIONS_DEVELOPING, '2003-05-13T10:30', 'sc-2003-05'),
      deferred(
        '2003-09-19T15:30',
        BANGKOK,
        'prep-1',
        'Left to the First Preparatory Meeting, on drafts from the President-designate.',
      ),
      event(
        READY_FOR_DECISION,
        '2004-01-23T12:00',
        undefined,
        'Draft agenda and programme circulated by the President-designate.',
        GENEVA,
      ),
      event(DECIDED, '2004-02-13T12:00', 'prep-1', 'Recommended for adoption at the Review Conference.'),
    ],
    options: [
      {
        key: 'opt-agenda-pd-draft',
        text: "The President-designate's draft provisional agenda and provisional programme of work.",
        proposerKey: 'state-aut',
        stage: OptionStage.ADOPTED,
        tabledOn: '2004-01-23',
      },
      {
        key: 'opt-agenda-msp-model',
        text: 'Follow the agenda of the annual Meetings of the States Parties, with items added for the review.',
        stage: OptionStage.CONVERGING,
        tabledOn: '2003-05-13',
      },
      {
        key: 'opt-agenda-high-level',
        text: 'Open with a high-level segment for Heads of State or Government and ministers.',
        stage: OptionStage.ELABORATED,
        tabledOn: '2003-09-16',
      },
    ],
  },
  {
    key: 'matter-revcon-costs',
    title: 'Cost estimates for the First Review Conference',
    description:
      'The estimated costs of convening the Review Conference in Nairobi, to be recommended for adoption there.',
    decidingMilestoneKey: 'prep-2',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'Recommended for adoption at the First Review Conference: the cost estimates for convening it - all but ' +
      'Section B at the First Preparatory Meeting, and the revised estimates at the Second.',
    outcomeMilestoneKey: 'prep-2',
    dependsOnKeys: ['matter-dates-venue'],
    history: [
      event(IDENTIFIED, '2002-09-19T11:30', '4msp'),
      event(OPTIONS_DEVELOPING, '2003-05-13T11:00', 'sc-2003-05'),
      deferred(
        '2003-09-19T15:35',
        BANGKOK,
        'prep-1',
        'No United Nations estimates for a Conference in Nairobi yet.',
      ),
      event(
        OPTIONS_DEVELOPING,
        '2004-01-23T12:10',
        undefined,
        'United Nations cost estimates circulated.',
        GENEVA,
      ),
      deferred(
        '2004-02-13T14:00',
        GENEVA,
        'prep-2',
        'Recommended except Section B; Section B to the Second Preparatory Meeting after consultations.',
      ),
      event(READY_FOR_DECISION, '2004-06-14T12:00', undefined, 'Revised estimates circulated.', GENEVA),
      event(
        DECIDED,
        '2004-06-29T12:00',
        'prep-2',
        'Revised cost estimates recommended for adoption at the Review Conference.',
      ),
    ],
    options: [
      {
        key: 'opt-revcon-costs-revised',
        text: "Recommend revised cost estimates, Section B clarified after the President-designate's consultations.",
        proposerKey: 'state-aut',
        stage: OptionStage.ADOPTED,
        tabledOn: '2004-06-14',
      },
      {
        key: 'opt-revcon-costs-un',
        text: "Recommend the United Nations' estimated costs for convening the Review Conference in Nairobi as they stand.",
        stage: OptionStage.CONVERGING,
        tabledOn: '2004-01-23',
      },
      {
        key: 'opt-revcon-costs-host-share',
        text:
          'Estimate the costs on the basis of an annual Meeting of the States Parties, the host bearing the additional ' +
          'costs of meeting away from Geneva.',
        stage: OptionStage.ELABORATED,
        tabledOn: '2003-05-13',
      },
    ],
  },
  {
    key: 'matter-rules-vps',
    title: 'Rules of procedure and Vice-Presidents of the Review Conference',
    description:
      'The draft rules of procedure to recommend, and which States Parties serve as Vice-Presidents.',
    decidingMilestoneKey: 'prep-2',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'Recommended at the Second Preparatory Meeting: revised draft rules of procedure, and the Co-Chairs of the four ' +
      'Standing Committees (Australia, Cambodia, Croatia, Guatemala, Italy, Japan, Mexico and the Netherlands) as ' +
      'Vice-Presidents, with one additional Vice-President from an African State Party to be nominated at the Review Conference.',
    outcomeMilestoneKey: 'prep-2',
    dependsOnKeys: ['matter-president'],
    history: [
      event(IDENTIFIED, '2002-09-19T11:40', '4msp'),
      event(OPTIONS_DEVELOPING, '2003-05-13T11:30', 'sc-2003-05'),
      deferred('2003-09-19T15:40', BANGKOK, 'prep-1', 'Left to the Preparatory Meetings.'),
      event(
        OPTIONS_DEVELOPING,
        '2004-01-23T12:20',
        undefined,
        'Draft rules of procedure circulated by the President-designate.',
        GENEVA,
      ),
      deferred(
        '2004-02-13T15:00',
        GENEVA,
        'prep-2',
        'The President-designate to consult and present revised draft rules and a recommendation on Vice-Presidents.',
      ),
      event(READY_FOR_DECISION, '2004-06-14T12:00', undefined, 'Revised draft rules circulated.', GENEVA),
      event(DECIDED, '2004-06-29T12:30', 'prep-2', 'Recommended for adoption at the Review Conference.'),
    ],
    options: [
      {
        key: 'opt-rules-revised',
        text: 'Revised draft rules of procedure, adapted from those of the Meetings of the States Parties.',
        proposerKey: 'state-aut',
        stage: OptionStage.ADOPTED,
        tabledOn: '2004-06-14',
      },
      {
        key: 'opt-vps-cochairs-plus-africa',
        text:
          'The eight 2003-2004 Standing Committee Co-Chairs as Vice-Presidents, and one more from an African State ' +
          'Party, nominated at the Review Conference, since it meets in Africa.',
        proposerKey: 'state-aut',
        stage: OptionStage.ADOPTED,
        tabledOn: '2004-06-14',
      },
      {
        key: 'opt-vps-cochairs-only',
        text: 'The Standing Committee Co-Chairs as Vice-Presidents, as at the annual Meetings.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2004-02-13',
      },
      {
        key: 'opt-vps-regional',
        text: 'Vice-Presidents elected on an equitable geographical basis from the five regional groups.',
        stage: OptionStage.ELABORATED,
        tabledOn: '2003-05-13',
      },
    ],
  },
  {
    key: 'matter-review-docs',
    title: 'Review of the operation and status of the Convention 1999-2004, and an action plan',
    description:
      "The Review Conference's substantive documents: a review of the Convention's first five years and a plan for " +
      'the next five, with a high-level declaration.',
    decidingMilestoneKey: 'revcon',
    initialDecidingMilestoneKey: '5msp',
    outcome:
      'Adopted at the First Review Conference: the Review of the Operation and Status of the Convention 1999-2004, the ' +
      'Nairobi Action Plan 2005-2009 (70 actions) and "Towards a Mine-Free World: The 2004 Nairobi Declaration".',
    outcomeMilestoneKey: 'revcon',
    dependsOnKeys: ['matter-prep-meetings', 'matter-president'],
    history: [
      event(IDENTIFIED, '2002-09-19T12:00', '4msp'),
      event(OPTIONS_DEVELOPING, '2003-05-13T12:00', 'sc-2003-05'),
      deferred(
        '2003-09-19T15:45',
        BANGKOK,
        'prep-1',
        'Substantive preparations to begin at the Preparatory Meetings.',
      ),
      event(
        OPTIONS_DEVELOPING,
        '2004-02-13T15:30',
        'prep-1',
        'Friends of the President to assist the President-designate.',
      ),
      deferred(
        '2004-06-29T15:00',
        GENEVA,
        'revcon',
        'The President-designate to circulate drafts; adoption left to the Review Conference.',
      ),
      event(READY_FOR_DECISION, '2004-11-29T12:00', 'revcon'),
      event(DECIDED, '2004-12-03T16:00', 'revcon'),
    ],
    options: [
      {
        key: 'opt-docs-review-plan-declaration',
        text:
          'Three documents drafted by the President-designate with the Friends of the President: a review of the ' +
          'operation and status of the Convention 1999-2004, an action plan for 2005-2009 and a high-level declaration.',
        proposerKey: 'state-aut',
        stage: OptionStage.ADOPTED,
        tabledOn: '2004-02-13',
      },
      {
        key: 'opt-docs-declaration-only',
        text: 'A political declaration alone, renewing the commitment to the Convention.',
        stage: OptionStage.WITHDRAWN,
        tabledOn: '2003-05-13',
      },
      {
        key: 'opt-docs-review-recommendations',
        text: 'A factual review with recommendations, without a separate action plan.',
        stage: OptionStage.ELABORATED,
        tabledOn: '2003-05-13',
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Actions

const relative = (milestoneKey: string, offsetDays: number) => ({
  kind: 'RELATIVE' as const,
  milestoneKey,
  offsetDays,
});
const absolute = (date: string) => ({ kind: 'ABSOLUTE' as const, date });
const DONE = ActionStatus.DONE;

const actions: SeedAction[] = [
  // The letter's three questions for the Fourth Meeting.
  {
    key: 'act-letter-matters',
    title: 'Identify what matters may need to be considered at the Fifth Meeting',
    description:
      "First of the three questions in the Co-Chairs' letter of 19 June 2002 for the Fourth Meeting.",
    ownerRole: OwnerRole.CURRENT_PRESIDENCY,
    due: relative('4msp', -14),
    status: DONE,
    createdOn: '2002-06-19',
    completedOn: '2002-08-30',
    servesMilestoneKey: '4msp',
    blocksDecision: false,
  },
  {
    key: 'act-letter-options',
    title: 'Identify what options might exist with respect to these matters',
    description: "Second of the letter's questions.",
    ownerRole: OwnerRole.INCOMING_PRESIDENCY,
    due: relative('4msp', -14),
    status: DONE,
    createdOn: '2002-06-19',
    completedOn: '2002-08-30',
    servesMilestoneKey: '4msp',
    blocksDecision: false,
  },
  {
    key: 'act-letter-actions',
    title: 'Propose what actions should be undertaken to develop these options for consideration',
    description: "Third of the letter's questions.",
    ownerRole: OwnerRole.INCOMING_PRESIDENCY,
    due: relative('4msp', -14),
    status: DONE,
    createdOn: '2002-06-19',
    completedOn: '2002-09-02',
    servesMilestoneKey: '4msp',
    blocksDecision: false,
  },
  // Towards the Fourth Meeting.
  {
    key: 'act-dialogue-summary',
    title: "Circulate the Co-Chairs' summary of the informal dialogue to all missions",
    ownerRole: OwnerRole.CO_CHAIRS,
    due: absolute('2002-07-12'),
    status: DONE,
    createdOn: '2002-06-27',
    completedOn: '2002-07-10',
    servesMilestoneKey: '4msp',
    blocksDecision: false,
  },
  {
    key: 'act-4msp-options-paper',
    title: 'Prepare a paper on options for the preparatory process for discussion at the Fourth Meeting',
    ownerParticipantKey: 'state-bel',
    due: relative('4msp', -7),
    status: DONE,
    createdOn: '2002-07-15',
    completedOn: '2002-09-06',
    servesMilestoneKey: '4msp',
    blocksDecision: false,
  },
  // Towards the Fifth Meeting's decisions.
  {
    key: 'act-4msp-consultations',
    title: 'Hold open-ended consultations on preparations for the First Review Conference',
    description: 'Led by the President of the Fourth Meeting between the Fourth and Fifth Meetings.',
    ownerParticipantKey: 'state-bel',
    due: relative('5msp', -7),
    status: DONE,
    createdOn: '2002-09-20',
    completedOn: '2003-09-05',
    servesMatterKey: 'matter-prep-process',
    blocksDecision: false,
  },
  {
    key: 'act-isu-background-note',
    title: 'Prepare a background note on how review conferences of other instruments were prepared',
    ownerParticipantKey: 'org-isu',
    due: absolute('2003-01-31'),
    status: DONE,
    createdOn: '2002-09-20',
    completedOn: '2003-01-29',
    servesMatterKey: 'matter-prep-meetings',
    blocksDecision: false,
  },
  {
    key: 'act-kenya-offer',
    title: "Announce Kenya's offer to host the First Review Conference",
    description: 'Kenya announced the offer to the Conference on Disarmament in Geneva on 13 March 2003.',
    ownerParticipantKey: 'state-ken',
    due: relative('sc-2003-05', 0),
    status: DONE,
    createdOn: '2002-09-20',
    completedOn: '2003-03-13',
    servesMatterKey: 'matter-dates-venue',
    blocksDecision: true,
  },
  {
    key: 'act-president-candidates',
    title: 'Consult the regional groups on candidates for President of the Review Conference',
    ownerRole: OwnerRole.CURRENT_PRESIDENCY,
    due: absolute('2003-05-09'),
    status: DONE,
    createdOn: '2002-09-20',
    completedOn: '2003-05-09',
    servesMatterKey: 'matter-president',
    blocksDecision: true,
  },
  {
    key: 'act-un-prep-cost-estimates',
    title: 'Prepare estimated costs of convening the Preparatory Meetings',
    ownerParticipantKey: 'org-un-dda',
    due: absolute('2003-05-09'),
    status: DONE,
    createdOn: '2003-02-07',
    completedOn: '2003-05-08',
    servesMatterKey: 'matter-prep-costs',
    blocksDecision: true,
  },
  {
    key: 'act-consultations-report-may',
    title:
      'Report on the consultations to the Standing Committee on the General Status and Operation of the Convention',
    ownerParticipantKey: 'state-bel',
    due: relative('sc-2003-05', 0),
    status: DONE,
    createdOn: '2003-02-07',
    completedOn: '2003-05-12',
    servesMatterKey: 'matter-prep-process',
    blocksDecision: true,
  },
  {
    key: 'act-host-additional-costs',
    title: 'Set out the additional costs of holding the Review Conference in Nairobi rather than Geneva',
    ownerParticipantKey: 'org-un-dda',
    due: relative('5msp', -30),
    status: DONE,
    createdOn: '2003-05-16',
    completedOn: '2003-08-14',
    servesMatterKey: 'matter-dates-venue',
    blocksDecision: false,
  },
  {
    key: 'act-president-report-5msp',
    title: "Issue the President's report on consultations on preparations for the First Review Conference",
    ownerRole: OwnerRole.CURRENT_PRESIDENCY,
    due: relative('5msp', -30),
    status: DONE,
    createdOn: '2003-05-16',
    completedOn: '2003-08-15',
    servesMatterKey: 'matter-prep-process',
    blocksDecision: false,
  },
  {
    key: 'act-draft-decisions-5msp',
    title: 'Circulate draft decisions on the Review Conference and its preparation before the Fifth Meeting',
    ownerRole: OwnerRole.CURRENT_PRESIDENCY,
    due: relative('5msp', -30),
    status: DONE,
    createdOn: '2003-05-16',
    completedOn: '2003-08-15',
    servesMatterKey: 'matter-dates-venue',
    blocksDecision: false,
  },
  // Towards the Preparatory Meetings.
  {
    key: 'act-pd-draft-agenda',
    title: 'Circulate the draft provisional agenda and programme of work of the Review Conference',
    ownerRole: OwnerRole.PRESIDENT_DESIGNATE,
    due: relative('prep-1', -21),
    status: DONE,
    createdOn: '2003-09-19',
    completedOn: '2004-01-23',
    servesMatterKey: 'matter-agenda',
    blocksDecision: true,
  },
  {
    key: 'act-un-revcon-cost-estimates',
    title: 'Prepare estimated costs of convening the Review Conference in Nairobi',
    ownerParticipantKey: 'org-un-dda',
    due: relative('prep-1', -21),
    status: DONE,
    createdOn: '2003-09-19',
    completedOn: '2004-01-21',
    servesMatterKey: 'matter-revcon-costs',
    blocksDecision: true,
  },
  {
    key: 'act-friends-of-president',
    title: 'Ask Friends of the President to help prepare the Review Conference documents',
    description:
      'Canada, Germany, Malaysia, Mozambique, Nicaragua and Norway, announced at the First Preparatory Meeting.',
    ownerParticipantKey: 'state-aut',
    due: relative('prep-1', 0),
    status: DONE,
    createdOn: '2003-09-19',
    completedOn: '2004-02-13',
    servesMatterKey: 'matter-review-docs',
    blocksDecision: false,
  },
  {
    key: 'act-pd-section-b',
    title: 'Consult States Parties on Section B of the Review Conference cost estimates',
    ownerRole: OwnerRole.PRESIDENT_DESIGNATE,
    due: relative('prep-2', -14),
    status: DONE,
    createdOn: '2004-02-13',
    completedOn: '2004-06-14',
    servesMatterKey: 'matter-revcon-costs',
    blocksDecision: true,
  },
  {
    key: 'act-pd-revised-rules',
    title: 'Present revised draft rules of procedure for the Review Conference',
    ownerRole: OwnerRole.PRESIDENT_DESIGNATE,
    due: relative('prep-2', -14),
    status: DONE,
    createdOn: '2004-02-13',
    completedOn: '2004-06-14',
    servesMatterKey: 'matter-rules-vps',
    blocksDecision: true,
  },
  {
    key: 'act-pd-vice-presidents',
    title: 'Consult States Parties on the Vice-Presidents of the Review Conference',
    ownerParticipantKey: 'state-aut',
    due: relative('prep-2', -14),
    status: DONE,
    createdOn: '2004-02-13',
    completedOn: '2004-06-11',
    servesMatterKey: 'matter-rules-vps',
    blocksDecision: true,
  },
  {
    key: 'act-isu-article7-compilation',
    title:
      'Compile Article 7 transparency information for the review of the operation and status of the Convention',
    ownerRole: OwnerRole.SUPPORT_UNIT,
    due: relative('prep-2', -21),
    status: DONE,
    createdOn: '2004-02-13',
    completedOn: '2004-06-04',
    servesMatterKey: 'matter-review-docs',
    blocksDecision: false,
  },
  // Towards Nairobi.
  {
    key: 'act-pd-draft-documents',
    title: 'Circulate the draft review, draft action plan and draft declaration',
    ownerRole: OwnerRole.PRESIDENT_DESIGNATE,
    due: relative('revcon', -60),
    status: DONE,
    createdOn: '2004-06-29',
    completedOn: '2004-09-24',
    servesMatterKey: 'matter-review-docs',
    blocksDecision: true,
  },
  {
    key: 'act-icbl-landmine-monitor',
    title: 'Make the Landmine Monitor Report 2004 available as input to the review',
    ownerParticipantKey: 'org-icbl',
    due: relative('revcon', -7),
    status: DONE,
    createdOn: '2004-06-29',
    completedOn: '2004-11-18',
    servesMatterKey: 'matter-review-docs',
    blocksDecision: false,
  },
  {
    key: 'act-kenya-secretary-general',
    title: 'Designate the Secretary-General of the Review Conference',
    ownerParticipantKey: 'state-ken',
    due: relative('revcon', -60),
    status: DONE,
    createdOn: '2003-09-19',
    completedOn: '2004-06-28',
    servesMilestoneKey: 'revcon',
    blocksDecision: false,
  },
  {
    key: 'act-kenya-host-arrangements',
    title: 'Agree host-country arrangements with the United Nations for the Conference in Nairobi',
    ownerParticipantKey: 'state-ken',
    due: relative('revcon', -90),
    status: DONE,
    createdOn: '2003-09-19',
    completedOn: '2004-08-20',
    servesMilestoneKey: 'revcon',
    blocksDecision: false,
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Views: illustrative positions, dated at meetings; a State only speaks once it is a party.

interface ViewSpec {
  key: string;
  by: string;
  matter: string;
  option?: string;
  position: Position;
  /** The meeting and the venue wall-clock time the view was expressed at. */
  at: [milestoneKey: string, local: string];
  comment: string;
}

const view = ({
  key,
  by,
  matter,
  option,
  position,
  at: [milestoneKey, expressedAtLocal],
  comment,
}: ViewSpec): SeedView => ({
  key,
  participantKey: by,
  matterKey: matter,
  ...(option ? { optionKey: option } : {}),
  position,
  comment,
  expressedAtLocal,
  timeZone: zone(milestoneKey),
  milestoneKey,
});

const { SUPPORTS, CAN_LIVE_WITH, OBJECTS, COMMENT } = Position;
const D = 'dialogue-2002-06-27';

const views: SeedView[] = [
  // Informal dialogue, 27 June 2002.
  view({
    key: 'view-01',
    by: 'state-can',
    matter: 'matter-prep-process',
    position: COMMENT,
    at: [D, '2002-06-27T15:45'],
    comment: 'Start the discussion at the Fourth Meeting; every State Party must be able to take part.',
  }),
  view({
    key: 'view-02',
    by: 'state-zaf',
    matter: 'matter-prep-process',
    option: 'opt-process-standing-committee',
    position: CAN_LIVE_WITH,
    at: [D, '2002-06-27T15:55'],
    comment: 'Use the machinery we have where possible, and avoid new costs.',
  }),
  view({
    key: 'view-03',
    by: 'state-mex',
    matter: 'matter-dates-venue',
    position: COMMENT,
    at: [D, '2002-06-27T16:10'],
    comment: 'Settle the dates and venue early so that capitals can plan for high-level attendance.',
  }),
  view({
    key: 'view-04',
    by: 'org-icbl',
    matter: 'matter-prep-process',
    position: COMMENT,
    at: [D, '2002-06-27T16:20'],
    comment: 'Civil society must be able to take part fully in every preparatory meeting.',
  }),
  view({
    key: 'view-05',
    by: 'state-che',
    matter: 'matter-prep-meetings',
    position: COMMENT,
    at: [D, '2002-06-27T16:30'],
    comment: "Geneva's facilities and the GICHD's support are available for any preparatory work.",
  }),
  view({
    key: 'view-06',
    by: 'state-aus',
    matter: 'matter-prep-process',
    option: 'opt-process-standing-committee',
    position: SUPPORTS,
    at: [D, '2002-06-27T16:45'],
    comment: 'The General Status Committee is the natural place to prepare.',
  }),

  // Fourth Meeting of the States Parties, 16-20 September 2002.
  view({
    key: 'view-07',
    by: 'state-nor',
    matter: 'matter-prep-process',
    option: 'opt-process-coordinating-committee',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T15:30'],
    comment:
      'The Coordinating Committee already brings the President and the Co-Chairs together; it can steer.',
  }),
  view({
    key: 'view-08',
    by: 'state-tha',
    matter: 'matter-prep-process',
    option: 'opt-process-coordinating-committee',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T15:35'],
    comment: 'As incoming President, Thailand would work through the Coordinating Committee.',
  }),
  view({
    key: 'view-09',
    by: 'state-aus',
    matter: 'matter-prep-process',
    option: 'opt-process-standing-committee',
    position: CAN_LIVE_WITH,
    at: ['4msp', '2002-09-18T15:40'],
    comment: "Acceptable if the Committees' time for clearance and victim assistance is protected.",
  }),
  view({
    key: 'view-10',
    by: 'state-nld',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-prepcom',
    position: OBJECTS,
    at: ['4msp', '2002-09-18T16:00'],
    comment:
      "A formal PrepCom with its own bureau would be costly and slow; keep the Convention's light machinery.",
  }),
  view({
    key: 'view-11',
    by: 'state-fra',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-prepcom',
    position: COMMENT,
    at: ['4msp', '2002-09-18T16:05'],
    comment: 'Some formal sessions are needed to agree the procedural documents.',
  }),
  view({
    key: 'view-12',
    by: 'state-jpn',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-intersessional',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T16:10'],
    comment: 'Preparing alongside the intersessional weeks saves delegations travel.',
  }),
  view({
    key: 'view-13',
    by: 'state-moz',
    matter: 'matter-dates-venue',
    option: 'opt-venue-affected-region',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T16:20'],
    comment: "A Conference in a mine-affected region would show the Convention's humanitarian purpose.",
  }),
  view({
    key: 'view-14',
    by: 'state-khm',
    matter: 'matter-dates-venue',
    option: 'opt-venue-affected-region',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T16:25'],
    comment: 'Affected States should be at the centre of the Review Conference.',
  }),
  view({
    key: 'view-15',
    by: 'state-deu',
    matter: 'matter-dates-venue',
    option: 'opt-venue-geneva',
    position: CAN_LIVE_WITH,
    at: ['4msp', '2002-09-18T16:30'],
    comment: 'Geneva is the economical default unless a host offers to bear the additional costs.',
  }),
  view({
    key: 'view-16',
    by: 'state-gbr',
    matter: 'matter-dates-venue',
    option: 'opt-venue-geneva',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T16:35'],
    comment: 'Geneva keeps costs down and lets every mission attend.',
  }),
  view({
    key: 'view-17',
    by: 'state-ken',
    matter: 'matter-dates-venue',
    option: 'opt-venue-affected-region',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T16:40'],
    comment: 'Africa, the most mine-affected continent, would welcome the Conference.',
  }),
  view({
    key: 'view-18',
    by: 'state-nic',
    matter: 'matter-president',
    option: 'opt-president-geneva-based',
    position: COMMENT,
    at: ['4msp', '2002-09-18T17:00'],
    comment: 'Choose the President early enough to lead the preparations.',
  }),
  view({
    key: 'view-19',
    by: 'state-per',
    matter: 'matter-president',
    option: 'opt-president-geneva-based',
    position: SUPPORTS,
    at: ['4msp', '2002-09-18T17:05'],
    comment: 'The preparations happen in Geneva; so should the President-designate.',
  }),
  view({
    key: 'view-20',
    by: 'state-dnk',
    matter: 'matter-secretary-general',
    position: COMMENT,
    at: ['4msp', '2002-09-19T15:00'],
    comment: 'The choice of Secretary-General follows from the venue; settle the venue first.',
  }),
  view({
    key: 'view-21',
    by: 'state-hrv',
    matter: 'matter-rules-vps',
    position: COMMENT,
    at: ['4msp', '2002-09-19T15:30'],
    comment:
      'The rules of procedure of the annual Meetings have served well; adapt them rather than rewrite.',
  }),
  view({
    key: 'view-22',
    by: 'state-chl',
    matter: 'matter-prep-costs',
    position: COMMENT,
    at: ['4msp', '2002-09-19T16:00'],
    comment: 'The costs of preparatory meetings must stay modest.',
  }),
  view({
    key: 'view-23',
    by: 'state-swe',
    matter: 'matter-revcon-costs',
    position: COMMENT,
    at: ['4msp', '2002-09-19T16:20'],
    comment: 'Cost estimates should come early, with the cost sharing of the annual Meetings as the model.',
  }),
  view({
    key: 'view-24',
    by: 'state-col',
    matter: 'matter-agenda',
    position: COMMENT,
    at: ['4msp', '2002-09-19T16:40'],
    comment: 'The agenda should give mine-affected States room to present their plans.',
  }),
  view({
    key: 'view-25',
    by: 'state-irl',
    matter: 'matter-review-docs',
    position: COMMENT,
    at: ['4msp', '2002-09-20T10:30'],
    comment: 'Look forward: a plan for the next five years, not only a review of the past five.',
  }),
  view({
    key: 'view-26',
    by: 'org-icrc',
    matter: 'matter-review-docs',
    position: COMMENT,
    at: ['4msp', '2002-09-20T10:45'],
    comment: 'The review should centre on victim assistance and the 2009 clearance deadlines.',
  }),

  // Intersessional meetings, February 2003.
  view({
    key: 'view-27',
    by: 'state-can',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-intersessional',
    position: CAN_LIVE_WITH,
    at: ['sc-2003-02', '2003-02-04T11:00'],
    comment: 'Workable, though a dedicated meeting to settle procedure would help.',
  }),
  view({
    key: 'view-28',
    by: 'state-nzl',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-prepcom',
    position: OBJECTS,
    at: ['sc-2003-02', '2003-02-04T11:15'],
    comment: 'Several formal sessions would be excessive for this Convention.',
  }),
  view({
    key: 'view-29',
    by: 'state-ita',
    matter: 'matter-secretary-general',
    option: 'opt-sg-un',
    position: SUPPORTS,
    at: ['sc-2003-02', '2003-02-04T11:30'],
    comment: 'The United Nations services the annual Meetings well.',
  }),
  view({
    key: 'view-30',
    by: 'state-mys',
    matter: 'matter-president',
    option: 'opt-president-geneva-based',
    position: SUPPORTS,
    at: ['sc-2003-02', '2003-02-04T15:00'],
    comment: 'A President-designate in Geneva can consult every mission.',
  }),
  view({
    key: 'view-31',
    by: 'state-gtm',
    matter: 'matter-prep-process',
    option: 'opt-process-coordinating-committee',
    position: SUPPORTS,
    at: ['sc-2003-02', '2003-02-04T15:20'],
    comment: 'The Coordinating Committee has shown it can steer transparently.',
  }),
  view({
    key: 'view-32',
    by: 'state-sen',
    matter: 'matter-dates-venue',
    option: 'opt-venue-affected-region',
    position: SUPPORTS,
    at: ['sc-2003-02', '2003-02-05T10:30'],
    comment: 'Senegal would welcome a Review Conference in Africa.',
  }),
  view({
    key: 'view-33',
    by: 'org-icbl',
    matter: 'matter-dates-venue',
    option: 'opt-venue-affected-region',
    position: SUPPORTS,
    at: ['sc-2003-02', '2003-02-05T10:45'],
    comment: 'A summit in a mine-affected region would draw leaders and attention.',
  }),
  view({
    key: 'view-34',
    by: 'state-arg',
    matter: 'matter-prep-costs',
    option: 'opt-prep-costs-voluntary',
    position: OBJECTS,
    at: ['sc-2003-02', '2003-02-05T11:00'],
    comment: 'Voluntary funding would make the process depend on a few donors.',
  }),
  view({
    key: 'view-35',
    by: 'state-bra',
    matter: 'matter-prep-costs',
    option: 'opt-prep-costs-voluntary',
    position: COMMENT,
    at: ['sc-2003-02', '2003-02-05T11:10'],
    comment: 'Whatever the formula, States with limited means need sponsorship to attend.',
  }),

  // Intersessional meetings, May 2003.
  view({
    key: 'view-36',
    by: 'state-afg',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T14:00'],
    comment: "Afghanistan, a State Party since March, welcomes Kenya's offer.",
  }),
  view({
    key: 'view-37',
    by: 'state-uga',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T14:10'],
    comment: 'Nairobi is well placed for the region and for the United Nations.',
  }),
  view({
    key: 'view-38',
    by: 'state-tza',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T14:15'],
    comment: "Tanzania supports Kenya's offer.",
  }),
  view({
    key: 'view-39',
    by: 'state-zmb',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T14:20'],
    comment: 'A Review Conference in Africa would carry a strong message.',
  }),
  view({
    key: 'view-40',
    by: 'state-nor',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T14:30'],
    comment: "Norway supports Kenya's offer.",
  }),
  view({
    key: 'view-41',
    by: 'state-gbr',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: CAN_LIVE_WITH,
    at: ['sc-2003-05', '2003-05-12T14:40'],
    comment: 'Provided the additional costs of meeting away from Geneva are clear.',
  }),
  view({
    key: 'view-42',
    by: 'state-jpn',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-two-geneva',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T15:00'],
    comment: 'Two short meetings in Geneva are enough.',
  }),
  view({
    key: 'view-43',
    by: 'state-deu',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-two-geneva',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T15:05'],
    comment: "Consistent with the President's elements.",
  }),
  view({
    key: 'view-44',
    by: 'state-fra',
    matter: 'matter-prep-meetings',
    option: 'opt-prep-two-geneva',
    position: CAN_LIVE_WITH,
    at: ['sc-2003-05', '2003-05-12T15:10'],
    comment: 'Two meetings suffice if drafts circulate well ahead.',
  }),
  view({
    key: 'view-45',
    by: 'state-mex',
    matter: 'matter-president',
    option: 'opt-president-petritsch',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T15:20'],
    comment: 'His work as Co-Chair has prepared him well.',
  }),
  view({
    key: 'view-46',
    by: 'state-nic',
    matter: 'matter-president',
    option: 'opt-president-petritsch',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T15:25'],
    comment: 'Nicaragua supports the designation.',
  }),
  view({
    key: 'view-47',
    by: 'state-khm',
    matter: 'matter-president',
    option: 'opt-president-host',
    position: COMMENT,
    at: ['sc-2003-05', '2003-05-12T15:30'],
    comment: 'What matters is leadership of the preparations in Geneva, whoever presides.',
  }),
  view({
    key: 'view-48',
    by: 'state-che',
    matter: 'matter-prep-process',
    option: 'opt-process-president-report',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T15:40'],
    comment: "The President's elements keep the process light and open.",
  }),
  view({
    key: 'view-49',
    by: 'state-can',
    matter: 'matter-prep-process',
    option: 'opt-process-president-report',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-12T15:45'],
    comment: 'A transparent and inclusive process, as asked for in May 2002.',
  }),
  view({
    key: 'view-50',
    by: 'state-phl',
    matter: 'matter-secretary-general',
    option: 'opt-sg-host',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-13T10:15'],
    comment: 'The host is best placed to provide the Secretary-General.',
  }),
  view({
    key: 'view-51',
    by: 'state-ken',
    matter: 'matter-secretary-general',
    option: 'opt-sg-host',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-13T10:20'],
    comment: 'Kenya stands ready to designate a Secretary-General.',
  }),
  view({
    key: 'view-52',
    by: 'state-aus',
    matter: 'matter-prep-costs',
    option: 'opt-prep-costs-accept',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-13T14:00'],
    comment: 'The estimates are reasonable.',
  }),
  view({
    key: 'view-53',
    by: 'state-slv',
    matter: 'matter-prep-costs',
    option: 'opt-prep-costs-accept',
    position: CAN_LIVE_WITH,
    at: ['sc-2003-05', '2003-05-13T14:10'],
    comment: 'Acceptable, with sponsorship for delegations from developing States.',
  }),
  view({
    key: 'view-54',
    by: 'state-ago',
    matter: 'matter-review-docs',
    option: 'opt-docs-review-recommendations',
    position: COMMENT,
    at: ['sc-2003-05', '2003-05-14T10:30'],
    comment: 'The review must reflect the needs of heavily affected States.',
  }),
  view({
    key: 'view-55',
    by: 'state-bih',
    matter: 'matter-review-docs',
    option: 'opt-docs-declaration-only',
    position: OBJECTS,
    at: ['sc-2003-05', '2003-05-14T10:40'],
    comment: 'A declaration alone would not guide the next five years.',
  }),
  view({
    key: 'view-56',
    by: 'org-icbl',
    matter: 'matter-review-docs',
    option: 'opt-docs-declaration-only',
    position: OBJECTS,
    at: ['sc-2003-05', '2003-05-14T10:50'],
    comment: 'Without an action plan the Review Conference would waste its chance.',
  }),
  view({
    key: 'view-57',
    by: 'state-hrv',
    matter: 'matter-rules-vps',
    option: 'opt-vps-regional',
    position: CAN_LIVE_WITH,
    at: ['sc-2003-05', '2003-05-14T11:00'],
    comment: 'Either formula works if the bureau stays small.',
  }),
  view({
    key: 'view-58',
    by: 'state-yem',
    matter: 'matter-agenda',
    option: 'opt-agenda-msp-model',
    position: SUPPORTS,
    at: ['sc-2003-05', '2003-05-14T11:10'],
    comment: 'Familiar structure, fewer surprises.',
  }),
  view({
    key: 'view-59',
    by: 'state-jor',
    matter: 'matter-revcon-costs',
    option: 'opt-revcon-costs-host-share',
    position: COMMENT,
    at: ['sc-2003-05', '2003-05-14T11:20'],
    comment: 'The basis of the estimates should be clear before any venue is chosen.',
  }),

  // Fifth Meeting of the States Parties, 15-19 September 2003.
  view({
    key: 'view-60',
    by: 'state-cyp',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: SUPPORTS,
    at: ['5msp', '2003-09-16T11:00'],
    comment: 'Cyprus, a State Party since July, supports Nairobi.',
  }),
  view({
    key: 'view-61',
    by: 'state-nga',
    matter: 'matter-dates-venue',
    option: 'opt-venue-nairobi',
    position: SUPPORTS,
    at: ['5msp', '2003-09-16T11:10'],
    comment: 'Nigeria supports holding the Review Conference in Nairobi.',
  }),
  view({
    key: 'view-62',
    by: 'state-dza',
    matter: 'matter-secretary-general',
    option: 'opt-sg-host',
    position: SUPPORTS,
    at: ['5msp', '2003-09-16T11:20'],
    comment: 'Algeria supports the request to Kenya.',
  }),
  view({
    key: 'view-63',
    by: 'state-tha',
    matter: 'matter-president',
    option: 'opt-president-petritsch',
    position: SUPPORTS,
    at: ['5msp', '2003-09-17T10:30'],
    comment: 'Thailand warmly supports the designation.',
  }),
  view({
    key: 'view-64',
    by: 'state-phl',
    matter: 'matter-agenda',
    option: 'opt-agenda-high-level',
    position: SUPPORTS,
    at: ['5msp', '2003-09-17T10:40'],
    comment: 'A high-level segment would raise the profile of the Conference.',
  }),
  view({
    key: 'view-65',
    by: 'state-gtm',
    matter: 'matter-revcon-costs',
    position: COMMENT,
    at: ['5msp', '2003-09-17T11:00'],
    comment: 'Wait until the United Nations has estimates for Nairobi.',
  }),

  // First Preparatory Meeting, 13 February 2004.
  view({
    key: 'view-66',
    by: 'state-afg',
    matter: 'matter-agenda',
    option: 'opt-agenda-pd-draft',
    position: SUPPORTS,
    at: ['prep-1', '2004-02-13T10:45'],
    comment: 'The draft gives mine-affected States their place.',
  }),
  view({
    key: 'view-67',
    by: 'state-moz',
    matter: 'matter-agenda',
    option: 'opt-agenda-pd-draft',
    position: SUPPORTS,
    at: ['prep-1', '2004-02-13T10:50'],
    comment: "Mozambique supports the President-designate's draft.",
  }),
  view({
    key: 'view-68',
    by: 'state-nld',
    matter: 'matter-revcon-costs',
    option: 'opt-revcon-costs-un',
    position: COMMENT,
    at: ['prep-1', '2004-02-13T11:30'],
    comment: 'Recommend everything but Section B, which needs clarifying.',
  }),
  view({
    key: 'view-69',
    by: 'state-jpn',
    matter: 'matter-rules-vps',
    option: 'opt-vps-cochairs-only',
    position: SUPPORTS,
    at: ['prep-1', '2004-02-13T14:30'],
    comment: 'Follow the practice of the annual Meetings.',
  }),
  view({
    key: 'view-70',
    by: 'state-cmr',
    matter: 'matter-rules-vps',
    option: 'opt-vps-cochairs-only',
    position: OBJECTS,
    at: ['prep-1', '2004-02-13T14:40'],
    comment: 'A Conference in Africa needs an African Vice-President.',
  }),

  // Second Preparatory Meeting, 28-29 June 2004.
  view({
    key: 'view-71',
    by: 'state-grc',
    matter: 'matter-rules-vps',
    option: 'opt-vps-cochairs-plus-africa',
    position: SUPPORTS,
    at: ['prep-2', '2004-06-28T11:00'],
    comment: 'Greece, a State Party since March, supports the recommendation.',
  }),
  view({
    key: 'view-72',
    by: 'state-ken',
    matter: 'matter-rules-vps',
    option: 'opt-vps-cochairs-plus-africa',
    position: SUPPORTS,
    at: ['prep-2', '2004-06-28T11:10'],
    comment: 'The host welcomes an African Vice-President.',
  }),
  view({
    key: 'view-73',
    by: 'state-tur',
    matter: 'matter-review-docs',
    option: 'opt-docs-review-plan-declaration',
    position: SUPPORTS,
    at: ['prep-2', '2004-06-28T15:00'],
    comment: 'Turkey supports the three documents.',
  }),
  view({
    key: 'view-74',
    by: 'state-can',
    matter: 'matter-review-docs',
    option: 'opt-docs-review-plan-declaration',
    position: SUPPORTS,
    at: ['prep-2', '2004-06-28T15:10'],
    comment: 'The action plan is the heart of the outcome.',
  }),
  view({
    key: 'view-75',
    by: 'org-icbl',
    matter: 'matter-review-docs',
    option: 'opt-docs-review-plan-declaration',
    position: SUPPORTS,
    at: ['prep-2', '2004-06-28T15:20'],
    comment: 'The action plan needs concrete, time-bound commitments.',
  }),
  view({
    key: 'view-76',
    by: 'state-sdn',
    matter: 'matter-revcon-costs',
    option: 'opt-revcon-costs-revised',
    position: CAN_LIVE_WITH,
    at: ['prep-2', '2004-06-28T16:00'],
    comment: 'Acceptable as revised.',
  }),
];

export const firstReviewConference: SeedDataset = {
  process,
  participants,
  people,
  milestones,
  roleTerms,
  matters,
  actions,
  views,
};
