import { render } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';
import { zonedDateTimeToInstant } from './dates';
import { ActionStatus, Health, MatterStatus, OptionStage } from './model';
import {
  assessHealth,
  assessMatter,
  assessReadiness,
  HEALTH_THRESHOLDS,
  healthWorsened,
  type MatterFacts,
  READINESS_WEIGHTS,
  rollUpReadiness,
} from './readiness';

const FIFTH_MSP = {
  title: 'Fifth Meeting of the States Parties',
  startsAt: new Date('2003-09-15T03:00:00Z'), // 10:00 in Bangkok
  timeZone: 'Asia/Bangkok',
};
const REVIEW_CONFERENCE_START = new Date('2004-11-29T07:00:00Z');

/** Noon in Bangkok on that day: the evaluation instant for a given local date. */
function bangkokNoon(date: string): Date {
  return zonedDateTimeToInstant(`${date}T12:00`, 'Asia/Bangkok');
}

/** A matter with nothing missing: readiness 100 and, until its milestone starts, on track. */
function facts(overrides: Partial<MatterFacts> = {}): MatterFacts {
  return {
    status: MatterStatus.READY_FOR_DECISION,
    options: [{ stage: OptionStage.DRAFT_TEXT }],
    actions: [
      {
        title: 'Circulate the draft decision',
        status: ActionStatus.DONE,
        blocksDecision: true,
        dueDate: '2003-08-15',
      },
    ],
    dependencies: [
      {
        title: 'Dates of the Review Conference',
        status: MatterStatus.DECIDED,
        decidingMilestoneStartsAt: new Date('2003-02-03T08:00:00Z'),
      },
    ],
    views: { statePartiesWithView: 12, statePartiesObjecting: 0 },
    decidingMilestone: FIFTH_MSP,
    ...overrides,
  };
}

function action(title: string, status: ActionStatus, dueDate = '2003-09-10', blocksDecision = false) {
  return { title, status, dueDate, blocksDecision };
}

function dependency(title: string, status: MatterStatus, decidingMilestoneStartsAt = FIFTH_MSP.startsAt) {
  return { title, status, decidingMilestoneStartsAt };
}

describe('READINESS_WEIGHTS', () => {
  it('add up to 100', () => {
    expect(Object.values(READINESS_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });
});

describe('assessReadiness', () => {
  it('is 100 with no reason when nothing is missing', () => {
    expect(assessReadiness(facts())).toMatchObject({ score: 100, reasons: [] });
  });

  it('is 100 for a decided matter whatever its facts', () => {
    expect(
      assessReadiness(
        facts({
          status: MatterStatus.DECIDED,
          options: [],
          views: { statePartiesWithView: 0, statePartiesObjecting: 0 },
        }),
      ),
    ).toMatchObject({
      score: 100,
      reasons: [],
    });
  });

  it('is 0 for a withdrawn matter, with the reason', () => {
    expect(assessReadiness(facts({ status: MatterStatus.WITHDRAWN }))).toMatchObject({
      score: 0,
      reasons: [
        { code: 'WITHDRAWN', message: 'The matter has been withdrawn; it will not be decided.', points: 100 },
      ],
    });
  });

  describe('options (30)', () => {
    it.each([
      [[], 70, 'NO_OPTION', 'No option has been tabled yet.', 30],
      [
        [OptionStage.WITHDRAWN],
        70,
        'ALL_OPTIONS_WITHDRAWN',
        'Every option has been withdrawn; none is on the table.',
        30,
      ],
      [
        [OptionStage.TABLED],
        80,
        'NO_CONVERGING_OPTION',
        "No option is converging yet; the furthest is at 'Tabled'.",
        20,
      ],
      [
        [OptionStage.TABLED, OptionStage.ELABORATED],
        80,
        'NO_CONVERGING_OPTION',
        "No option is converging yet; the furthest is at 'Elaborated'.",
        20,
      ],
      [
        [OptionStage.CONVERGING],
        90,
        'NO_DRAFT_TEXT',
        "No option has reached draft text yet; the furthest is at 'Converging'.",
        10,
      ],
      // A withdrawn option counts for nothing, however far it had come.
      [
        [OptionStage.WITHDRAWN, OptionStage.ELABORATED],
        80,
        'NO_CONVERGING_OPTION',
        "No option is converging yet; the furthest is at 'Elaborated'.",
        20,
      ],
    ])('%p → %d', (stages, score, code, message, points) => {
      expect(assessReadiness(facts({ options: stages.map((stage) => ({ stage })) }))).toMatchObject({
        score,
        reasons: [{ code, message, points }],
      });
    });

    it.each([OptionStage.DRAFT_TEXT, OptionStage.ADOPTED])('gives all 30 for an option at %s', (stage) => {
      expect(assessReadiness(facts({ options: [{ stage: OptionStage.TABLED }, { stage }] })).score).toBe(100);
    });
  });

  describe('actions (30)', () => {
    it('gives all 30 when the matter has no action', () => {
      expect(assessReadiness(facts({ actions: [] }))).toMatchObject({ score: 100, reasons: [] });
    });

    it('counts done over total and lists the open actions in one reason', () => {
      const actions = [
        action('Consult regional groups', ActionStatus.TODO),
        action('Circulate the draft', ActionStatus.DONE),
        action('Obtain legal advice', ActionStatus.BLOCKED),
        action('Cost the options', ActionStatus.DONE),
        action('Brief the co-chairs', ActionStatus.DONE),
      ];
      expect(assessReadiness(facts({ actions }))).toMatchObject({
        score: 88,
        reasons: [
          {
            code: 'ACTIONS_OPEN',
            message:
              "Actions still open: 2 of 5 ('Consult regional groups' (To do) and 'Obtain legal advice' (Blocked)).",
            points: 12,
          },
        ],
      });
    });

    it('leaves cancelled actions out of both the open ones and the total', () => {
      const actions = [
        action('Consult regional groups', ActionStatus.TODO),
        action('Commission a study', ActionStatus.CANCELLED),
        action('Circulate the draft', ActionStatus.DONE),
      ];
      expect(assessReadiness(facts({ actions }))).toMatchObject({
        score: 85,
        reasons: [
          {
            code: 'ACTIONS_OPEN',
            message: "Actions still open: 1 of 2 ('Consult regional groups' (To do)).",
            points: 15,
          },
        ],
      });
      const cancelledOnly = [action('Commission a study', ActionStatus.CANCELLED)];
      expect(assessReadiness(facts({ actions: cancelledOnly }))).toMatchObject({ score: 100, reasons: [] });
    });

    it('takes all 30 when the only action is open', () => {
      expect(
        assessReadiness(facts({ actions: [action('Brief the co-chairs', ActionStatus.IN_PROGRESS)] })),
      ).toMatchObject({
        score: 70,
        reasons: [
          {
            code: 'ACTIONS_OPEN',
            message: "Actions still open: 1 of 1 ('Brief the co-chairs' (In progress)).",
            points: 30,
          },
        ],
      });
    });

    it.each([
      [1, 3, 90, 10],
      [1, 4, 93, 7.5], // 92.5 rounds half up
      [3, 4, 78, 22.5], // 77.5 rounds half up
      [2, 3, 80, 20],
    ])('%d of %d open → %d (reason costs %d)', (open, total, score, points) => {
      const actions = Array.from({ length: total }, (_, i) =>
        action(`Action ${i + 1}`, i < open ? ActionStatus.TODO : ActionStatus.DONE),
      );
      const result = assessReadiness(facts({ actions }));
      expect(result.score).toBe(score);
      expect(result.reasons.map((reason) => reason.points)).toEqual([points]);
    });
  });

  describe('dependencies (20)', () => {
    it('gives all 20 without dependencies', () => {
      expect(assessReadiness(facts({ dependencies: [] })).score).toBe(100);
    });

    it('counts decided and withdrawn dependencies as settled, and names each other one', () => {
      const dependencies = [
        dependency('Dates of the Review Conference', MatterStatus.DECIDED),
        dependency('Cost estimates', MatterStatus.WITHDRAWN),
        dependency('Venue of the Review Conference', MatterStatus.DEFERRED),
        dependency('President-designate', MatterStatus.IDENTIFIED),
      ];
      expect(assessReadiness(facts({ dependencies }))).toMatchObject({
        score: 90,
        reasons: [
          {
            code: 'DEPENDENCY_UNDECIDED',
            message: "Depends on 'Venue of the Review Conference', not yet decided (it is 'Deferred').",
            points: 5,
          },
          {
            code: 'DEPENDENCY_UNDECIDED',
            message: "Depends on 'President-designate', not yet decided (it is 'Identified').",
            points: 5,
          },
        ],
      });
    });

    it.each([
      [1, 93, 6.7], // 100 − 20/3 = 93.3
      [2, 87, 6.7], // 100 − 40/3 = 86.7
    ])('with %d of 3 undecided, rounds the score to %d and each reason to %d', (undecided, score, points) => {
      const dependencies = ['A', 'B', 'C'].map((title, i) =>
        dependency(title, i < undecided ? MatterStatus.READY_FOR_DECISION : MatterStatus.DECIDED),
      );
      const result = assessReadiness(facts({ dependencies }));
      expect(result.score).toBe(score);
      expect(result.reasons.map((reason) => reason.points)).toEqual(Array(undecided).fill(points));
    });
  });

  describe('views (20)', () => {
    it.each([
      [0, 0, 90, [['NO_VIEWS', 'No State Party has given a view yet.']]],
      [1, 0, 100, []],
      [5, 1, 90, [['OBJECTIONS', '1 State Party objects.']]],
      [40, 3, 90, [['OBJECTIONS', '3 States Parties object.']]],
    ])('%d with a view, %d objecting → %d', (statePartiesWithView, statePartiesObjecting, score, reasons) => {
      expect(
        assessReadiness(facts({ views: { statePartiesWithView, statePartiesObjecting } })),
      ).toMatchObject({
        score,
        reasons: reasons.map(([code, message]) => ({ code, message, points: 10 })),
      });
    });
  });

  it('adds the components up and gives the reasons in component order', () => {
    const result = assessReadiness(
      facts({
        status: MatterStatus.OPTIONS_DEVELOPING,
        options: [{ stage: OptionStage.TABLED }],
        actions: [
          action('A', ActionStatus.TODO),
          action('B', ActionStatus.BLOCKED),
          action('C', ActionStatus.DONE),
          action('D', ActionStatus.DONE),
          action('E', ActionStatus.DONE),
        ],
        dependencies: [
          dependency('Venue', MatterStatus.OPTIONS_DEVELOPING),
          dependency('Dates', MatterStatus.DECIDED),
        ],
        views: { statePartiesWithView: 0, statePartiesObjecting: 0 },
      }),
    );
    // 100 − 20 (options) − 12 (actions) − 10 (dependencies) − 10 (views)
    expect(result.score).toBe(48);
    expect(result.reasons.map((reason) => [reason.code, reason.points])).toEqual([
      ['NO_CONVERGING_OPTION', 20],
      ['ACTIONS_OPEN', 12],
      ['DEPENDENCY_UNDECIDED', 10],
      ['NO_VIEWS', 10],
    ]);
  });

  it('keeps only the no-objection points when everything else is missing', () => {
    const result = assessReadiness(
      facts({
        status: MatterStatus.IDENTIFIED,
        options: [],
        actions: [action('A', ActionStatus.TODO)],
        dependencies: [dependency('B', MatterStatus.IDENTIFIED)],
        views: { statePartiesWithView: 0, statePartiesObjecting: 0 },
      }),
    );
    expect(result.score).toBe(10); // views: nobody objects, since nobody has spoken
    expect(result.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(90);
  });
});

describe('HEALTH_THRESHOLDS', () => {
  it('are the documented values', () => {
    expect(HEALTH_THRESHOLDS).toEqual({
      soonDays: 30,
      nearDays: 90,
      minReadinessSoon: 50,
      minReadinessNear: 80,
    });
  });
});

describe('assessHealth', () => {
  const codes = (result: ReturnType<typeof assessHealth>) => result?.reasons.map((reason) => reason.code);

  it.each([MatterStatus.DECIDED, MatterStatus.WITHDRAWN])('is null for a %s matter', (status) => {
    expect(assessHealth(facts({ status }), 100, bangkokNoon('2003-09-20'))).toBeNull();
  });

  it('is on track with nothing missing and time to spare', () => {
    expect(assessHealth(facts(), 100, bangkokNoon('2003-06-01'))).toMatchObject({
      level: Health.ON_TRACK,
      reasons: [],
    });
  });

  it('gives health reasons no points', () => {
    const result = assessHealth(facts(), 10, bangkokNoon('2003-09-20'));
    expect(result?.reasons.length).toBeGreaterThan(0);
    expect(result?.reasons.every((reason) => reason.points === 0)).toBe(true);
  });

  describe('once the deciding milestone has started', () => {
    it('is off track if the matter is not decided', () => {
      expect(assessHealth(facts(), 100, bangkokNoon('2003-09-20'))).toMatchObject({
        level: Health.OFF_TRACK,
        reasons: [
          {
            code: 'MILESTONE_STARTED',
            message:
              "'Fifth Meeting of the States Parties' started on 2003-09-15 and the matter is not decided.",
            points: 0,
          },
        ],
      });
    });

    it('counts from the exact start instant', () => {
      expect(codes(assessHealth(facts(), 100, FIFTH_MSP.startsAt))).toEqual(['MILESTONE_STARTED']);
      expect(assessHealth(facts(), 100, new Date(FIFTH_MSP.startsAt.getTime() - 60_000))?.level).toBe(
        Health.ON_TRACK,
      );
    });
  });

  describe('readiness against the days left', () => {
    it.each([
      // [local date in Bangkok, days left, readiness, level]
      ['2003-08-16', 30, 49, Health.AT_RISK], // not yet "soon"
      ['2003-08-17', 29, 49, Health.OFF_TRACK],
      ['2003-08-17', 29, 50, Health.AT_RISK],
      ['2003-08-17', 29, 79, Health.AT_RISK],
      ['2003-08-17', 29, 80, Health.ON_TRACK],
      ['2003-06-17', 90, 79, Health.ON_TRACK], // not yet "near"
      ['2003-06-18', 89, 79, Health.AT_RISK],
      ['2003-06-18', 89, 10, Health.AT_RISK], // low, but not soon
    ])('as of %s (%d days left) readiness %d is %s', (date, _daysLeft, readiness, level) => {
      expect(assessHealth(facts(), readiness, bangkokNoon(date))?.level).toBe(level);
    });

    it('says how low and how close', () => {
      expect(assessHealth(facts(), 40, bangkokNoon('2003-09-01'))?.reasons).toMatchObject([
        {
          code: 'LOW_READINESS_SOON',
          message: "Readiness is 40, below 50, 14 days before 'Fifth Meeting of the States Parties' starts.",
          points: 0,
        },
      ]);
      expect(assessHealth(facts(), 70, bangkokNoon('2003-07-01'))?.reasons).toMatchObject([
        {
          code: 'LOW_READINESS_NEAR',
          message: "Readiness is 70, below 80, 76 days before 'Fifth Meeting of the States Parties' starts.",
          points: 0,
        },
      ]);
    });

    it("counts days in the milestone's zone, not UTC", () => {
      // 18:00 UTC on 16 August is already 01:00 on 17 August in Bangkok: 29 days left, not 30.
      expect(assessHealth(facts(), 40, new Date('2003-08-16T18:00:00Z'))?.level).toBe(Health.OFF_TRACK);
      expect(assessHealth(facts(), 40, new Date('2003-08-16T16:59:00Z'))?.level).toBe(Health.AT_RISK);
    });

    it.each([
      ['2003-09-14', "1 day before 'Fifth Meeting of the States Parties' starts"],
      ['2003-09-15', "'Fifth Meeting of the States Parties' starts today"],
      ['2003-09-16', "'Fifth Meeting of the States Parties' started 1 day ago"],
      ['2003-09-20', "'Fifth Meeting of the States Parties' started 5 days ago"],
    ])('as of %s phrases the time left as "%s"', (date, phrase) => {
      const asOf = zonedDateTimeToInstant(`${date}T08:00`, 'Asia/Bangkok');
      const low = assessHealth(facts(), 40, asOf)?.reasons.find(
        (reason) => reason.code === 'LOW_READINESS_SOON',
      );
      expect(low?.message).toBe(`Readiness is 40, below 50, ${phrase}.`);
    });
  });

  describe('overdue actions', () => {
    const late = action('Consult regional groups', ActionStatus.IN_PROGRESS, '2003-05-30', true);

    it('are a risk while the milestone is still some way off', () => {
      expect(assessHealth(facts({ actions: [late] }), 100, bangkokNoon('2003-06-01'))).toMatchObject({
        level: Health.AT_RISK,
        reasons: [
          {
            code: 'OVERDUE_ACTIONS',
            message: "1 action is overdue: 'Consult regional groups' (due 2003-05-30, blocks the decision).",
            points: 0,
          },
        ],
      });
    });

    it('put the matter off track when fewer than 30 days are left', () => {
      const actions = [
        action('Consult regional groups', ActionStatus.TODO, '2003-08-29', true),
        action('Book interpretation', ActionStatus.BLOCKED, '2003-08-31'),
        action('Circulate the draft', ActionStatus.DONE, '2003-08-15'),
        action('Brief the President', ActionStatus.TODO, '2003-09-01'), // due today: not overdue
      ];
      expect(assessHealth(facts({ actions }), 100, bangkokNoon('2003-09-01'))).toMatchObject({
        level: Health.OFF_TRACK,
        reasons: [
          {
            code: 'OVERDUE_ACTIONS_SOON',
            message:
              "2 actions are overdue: 'Consult regional groups' (due 2003-08-29, blocks the decision) and 'Book interpretation' (due 2003-08-31), 14 days before 'Fifth Meeting of the States Parties' starts.",
            points: 0,
          },
        ],
      });
    });

    it("are judged by the milestone's calendar", () => {
      const actions = [action('Book interpretation', ActionStatus.TODO, '2003-08-31')];
      // 18:00 UTC on 31 August is 1 September in Bangkok: the action is overdue.
      expect(codes(assessHealth(facts({ actions }), 100, new Date('2003-08-31T18:00:00Z')))).toEqual([
        'OVERDUE_ACTIONS_SOON',
      ]);
      expect(assessHealth(facts({ actions }), 100, new Date('2003-08-31T16:00:00Z'))?.level).toBe(
        Health.ON_TRACK,
      );
    });
  });

  describe('dependencies', () => {
    it('put the matter off track when one cannot be decided in time', () => {
      const dependencies = [
        dependency(
          'Venue of the Review Conference',
          MatterStatus.OPTIONS_DEVELOPING,
          REVIEW_CONFERENCE_START,
        ),
      ];
      expect(assessHealth(facts({ dependencies }), 100, bangkokNoon('2003-01-10'))).toMatchObject({
        level: Health.OFF_TRACK,
        reasons: [
          {
            code: 'DEPENDENCY_TOO_LATE',
            message:
              "Depends on 'Venue of the Review Conference', which is not due to be decided until 2004-11-29, after 'Fifth Meeting of the States Parties' starts.",
            points: 0,
          },
        ],
      });
    });

    it('ignore a settled dependency whatever its milestone', () => {
      const dependencies = [
        dependency('Venue', MatterStatus.DECIDED, REVIEW_CONFERENCE_START),
        dependency('Costs', MatterStatus.WITHDRAWN, REVIEW_CONFERENCE_START),
      ];
      expect(assessHealth(facts({ dependencies }), 100, bangkokNoon('2003-08-01'))?.level).toBe(
        Health.ON_TRACK,
      );
    });

    it('are a risk when undecided fewer than 90 days before', () => {
      const dependencies = [dependency('Dates of the Review Conference', MatterStatus.READY_FOR_DECISION)];
      expect(assessHealth(facts({ dependencies }), 100, bangkokNoon('2003-06-17'))?.level).toBe(
        Health.ON_TRACK,
      );
      expect(assessHealth(facts({ dependencies }), 100, bangkokNoon('2003-06-18'))).toMatchObject({
        level: Health.AT_RISK,
        reasons: [
          {
            code: 'DEPENDENCY_UNDECIDED_NEAR',
            message:
              "Depends on 'Dates of the Review Conference', not yet decided, 89 days before 'Fifth Meeting of the States Parties' starts.",
            points: 0,
          },
        ],
      });
    });

    it('report a dependency that is too late only once', () => {
      const dependencies = [dependency('Venue', MatterStatus.IDENTIFIED, REVIEW_CONFERENCE_START)];
      expect(codes(assessHealth(facts({ dependencies }), 100, bangkokNoon('2003-09-01')))).toEqual([
        'DEPENDENCY_TOO_LATE',
      ]);
    });
  });

  describe('views', () => {
    const silent = { statePartiesWithView: 0, statePartiesObjecting: 0 };

    it('are a risk when no State Party has spoken fewer than 90 days before', () => {
      expect(assessHealth(facts({ views: silent }), 100, bangkokNoon('2003-06-17'))?.level).toBe(
        Health.ON_TRACK,
      );
      expect(assessHealth(facts({ views: silent }), 100, bangkokNoon('2003-06-18'))?.reasons).toMatchObject([
        {
          code: 'NO_VIEWS_NEAR',
          message:
            "No State Party has given a view yet, 89 days before 'Fifth Meeting of the States Parties' starts.",
          points: 0,
        },
      ]);
    });
  });

  it('returns every reason, off-track ones first, and the worst level', () => {
    const result = assessHealth(
      facts({
        actions: [action('Consult regional groups', ActionStatus.TODO, '2003-07-01')],
        dependencies: [
          dependency('Venue', MatterStatus.IDENTIFIED, REVIEW_CONFERENCE_START),
          dependency('Dates', MatterStatus.OPTIONS_DEVELOPING),
        ],
        views: { statePartiesWithView: 0, statePartiesObjecting: 0 },
      }),
      60,
      bangkokNoon('2003-07-15'),
    );
    expect(result?.level).toBe(Health.OFF_TRACK);
    expect(codes(result)).toEqual([
      'DEPENDENCY_TOO_LATE',
      'OVERDUE_ACTIONS',
      'LOW_READINESS_NEAR',
      'DEPENDENCY_UNDECIDED_NEAR',
      'NO_VIEWS_NEAR',
    ]);
  });
});

describe('rollUpReadiness', () => {
  it.each([
    [[], null],
    [[100], 100],
    [[50, 75], 63], // 62.5 rounds half up
    [[33, 33, 34], 33],
    [[0, 100, 100], 67],
    [[48, 75, 100, 0], 56], // 55.75
  ])('%p → %p', (scores, expected) => expect(rollUpReadiness(scores)).toBe(expected));
});

describe('assessMatter: the work programme due at the Fifth Meeting (Bangkok, 15 September 2003)', () => {
  const workProgramme = facts({
    status: MatterStatus.OPTIONS_DEVELOPING,
    options: [{ stage: OptionStage.CONVERGING }, { stage: OptionStage.TABLED }],
    actions: [
      action("Circulate the co-chairs' draft", ActionStatus.DONE, '2003-08-15', true),
      action('Consult the regional groups', ActionStatus.IN_PROGRESS, '2003-09-05', true),
    ],
    dependencies: [],
    views: { statePartiesWithView: 12, statePartiesObjecting: 0 },
  });

  it('is 75 ready and at risk two weeks before the meeting', () => {
    expect(assessMatter(workProgramme, bangkokNoon('2003-09-01'))).toMatchObject({
      readiness: {
        score: 75, // 100 − 10 (no draft text) − 15 (1 of 2 actions open)
        reasons: [
          {
            code: 'NO_DRAFT_TEXT',
            message: "No option has reached draft text yet; the furthest is at 'Converging'.",
            points: 10,
          },
          {
            code: 'ACTIONS_OPEN',
            message: "Actions still open: 1 of 2 ('Consult the regional groups' (In progress)).",
            points: 15,
          },
        ],
      },
      health: {
        level: Health.AT_RISK,
        reasons: [
          {
            code: 'LOW_READINESS_NEAR',
            message:
              "Readiness is 75, below 80, 14 days before 'Fifth Meeting of the States Parties' starts.",
            points: 0,
          },
        ],
      },
    });
  });

  it('is off track once the meeting has opened without a decision', () => {
    const { readiness, health } = assessMatter(workProgramme, bangkokNoon('2003-09-20'));
    expect(readiness.score).toBe(75);
    expect(health).toMatchObject({
      level: Health.OFF_TRACK,
      reasons: [
        {
          code: 'MILESTONE_STARTED',
          message:
            "'Fifth Meeting of the States Parties' started on 2003-09-15 and the matter is not decided.",
          points: 0,
        },
        {
          code: 'OVERDUE_ACTIONS_SOON',
          message:
            "1 action is overdue: 'Consult the regional groups' (due 2003-09-05, blocks the decision), 'Fifth Meeting of the States Parties' started 5 days ago.",
          points: 0,
        },
        {
          code: 'LOW_READINESS_NEAR',
          message: "Readiness is 75, below 80, 'Fifth Meeting of the States Parties' started 5 days ago.",
          points: 0,
        },
      ],
    });
  });

  it('gives every reason with the code and parameters to say it in French and Spanish', () => {
    const { readiness, health } = assessMatter(workProgramme, bangkokNoon('2003-09-20'));
    const reasons = [...readiness.reasons, ...health!.reasons];
    expect(reasons.map((reason) => render(reason, 'en', LOOKUPS.en))).toEqual(
      reasons.map((reason) => reason.message),
    );
    expect(reasons.map((reason) => render(reason, 'fr', LOOKUPS.fr))).toEqual([
      'Aucune option n’a encore atteint le projet de texte ; la plus avancée en est à « En convergence ».',
      'Actions encore ouvertes : 1 sur 2 (« Consult the regional groups » (En cours)).',
      '« Fifth Meeting of the States Parties » a commencé le 2003-09-15 et la question n’est pas tranchée.',
      '1 action est en retard : « Consult the regional groups » (échéance 2003-09-05, bloque la décision), « Fifth Meeting of the States Parties » a commencé il y a 5 jours.',
      'La préparation est à 75, sous 80, « Fifth Meeting of the States Parties » a commencé il y a 5 jours.',
    ]);
    expect(render(reasons[3]!, 'es', LOOKUPS.es)).toBe(
      '1 acción está atrasada: «Consult the regional groups» (plazo 2003-09-05, bloquea la decisión), «Fifth Meeting of the States Parties» comenzó hace 5 días.',
    );
  });

  it('has no health once decided', () => {
    const decided = { ...workProgramme, status: MatterStatus.DECIDED };
    expect(assessMatter(decided, bangkokNoon('2003-09-20'))).toMatchObject({
      readiness: { score: 100, reasons: [] },
      health: null,
    });
  });
});

describe('healthWorsened', () => {
  it.each([
    ['ON_TRACK', 'AT_RISK', true],
    ['AT_RISK', 'OFF_TRACK', true],
    ['ON_TRACK', 'OFF_TRACK', true],
    ['AT_RISK', 'AT_RISK', false],
    ['OFF_TRACK', 'AT_RISK', false],
    ['AT_RISK', 'ON_TRACK', false],
  ] as const)('%s → %s is %p', (before, after, worse) => expect(healthWorsened(before, after)).toBe(worse));
});
