import { MatterStatus, OptionStage } from './model';
import {
  allowedOptionMoves,
  checkOptionMove,
  furthestOptionStage,
  OPTION_STAGE_ORDER,
  optionStageRank,
  planOptionMove,
  tabledStep,
} from './option-workflow';

const { TABLED, ELABORATED, CONVERGING, DRAFT_TEXT, ADOPTED, WITHDRAWN } = OptionStage;
const ALL = Object.values(OptionStage);

const ALLOWED: [OptionStage, OptionStage][] = [
  [TABLED, ELABORATED],
  [TABLED, CONVERGING],
  [TABLED, DRAFT_TEXT],
  [TABLED, WITHDRAWN],
  [ELABORATED, TABLED],
  [ELABORATED, CONVERGING],
  [ELABORATED, DRAFT_TEXT],
  [ELABORATED, WITHDRAWN],
  [CONVERGING, ELABORATED],
  [CONVERGING, DRAFT_TEXT],
  [CONVERGING, WITHDRAWN],
  [DRAFT_TEXT, CONVERGING],
  [DRAFT_TEXT, ADOPTED],
  [DRAFT_TEXT, WITHDRAWN],
  [WITHDRAWN, TABLED],
];
const isAllowed = (from: OptionStage, to: OptionStage) => ALLOWED.some(([f, t]) => f === from && t === to);
const REFUSED = ALL.flatMap((from) => ALL.map((to) => [from, to] as const)).filter(
  ([f, t]) => !isAllowed(f, t),
);

describe('OPTION_STAGE_ORDER and optionStageRank', () => {
  it('orders the stages from tabled to adopted, without WITHDRAWN', () => {
    expect(OPTION_STAGE_ORDER).toEqual([TABLED, ELABORATED, CONVERGING, DRAFT_TEXT, ADOPTED]);
  });

  it.each([
    [TABLED, 0],
    [ELABORATED, 1],
    [CONVERGING, 2],
    [DRAFT_TEXT, 3],
    [ADOPTED, 4],
    [WITHDRAWN, -1],
  ])('ranks %s at %d', (stage, rank) => expect(optionStageRank(stage)).toBe(rank));
});

describe('furthestOptionStage', () => {
  it('is null without options or with only withdrawn ones', () => {
    expect(furthestOptionStage([])).toBeNull();
    expect(furthestOptionStage([{ stage: WITHDRAWN }])).toBeNull();
  });

  it('ignores withdrawn options and finds the furthest', () => {
    expect(furthestOptionStage([{ stage: ELABORATED }, { stage: WITHDRAWN }, { stage: TABLED }])).toBe(
      ELABORATED,
    );
    expect(furthestOptionStage([{ stage: DRAFT_TEXT }, { stage: CONVERGING }])).toBe(DRAFT_TEXT);
  });
});

describe('allowedOptionMoves', () => {
  it.each(ALL)('lists exactly the moves from %s', (from) => {
    expect(allowedOptionMoves(from)).toEqual(ALLOWED.filter(([f]) => f === from).map(([, to]) => to));
  });

  it('has no move out of ADOPTED', () => {
    expect(allowedOptionMoves(ADOPTED)).toEqual([]);
  });
});

describe('checkOptionMove', () => {
  it.each(ALLOWED)('allows %s → %s while the matter is ready for decision', (from, to) => {
    expect(checkOptionMove(from, to, { matterStatus: MatterStatus.READY_FOR_DECISION })).toEqual([]);
  });

  it.each(REFUSED)('refuses %s → %s', (from, to) => {
    const failures = checkOptionMove(from, to, { matterStatus: MatterStatus.READY_FOR_DECISION });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ guard: 'TRANSITION_NOT_ALLOWED', field: 'to' });
  });

  it('lists the allowed moves when it refuses one', () => {
    expect(
      checkOptionMove(CONVERGING, TABLED, { matterStatus: MatterStatus.OPTIONS_DEVELOPING }),
    ).toMatchObject([
      {
        guard: 'TRANSITION_NOT_ALLOWED',
        field: 'to',
        message:
          "An option that is 'Converging' cannot move to 'Tabled'; it can move to 'Elaborated', 'Draft text' or 'Withdrawn'.",
      },
    ]);
    expect(checkOptionMove(ADOPTED, WITHDRAWN, { matterStatus: MatterStatus.DECIDED })[0]?.message).toBe(
      "An option that is 'Adopted' is final and cannot move to 'Withdrawn'.",
    );
  });

  it.each([MatterStatus.IDENTIFIED, MatterStatus.OPTIONS_DEVELOPING, MatterStatus.DEFERRED])(
    'allows every move but adoption while the matter is %s',
    (matterStatus) => {
      for (const [from, to] of ALLOWED.filter(([, t]) => t !== ADOPTED)) {
        expect(checkOptionMove(from, to, { matterStatus })).toEqual([]);
      }
    },
  );

  it.each([MatterStatus.IDENTIFIED, MatterStatus.OPTIONS_DEVELOPING, MatterStatus.DEFERRED])(
    'refuses adoption while the matter is %s',
    (matterStatus) => {
      expect(checkOptionMove(DRAFT_TEXT, ADOPTED, { matterStatus })).toMatchObject([
        {
          guard: 'MATTER_NOT_READY',
          field: 'to',
          message: expect.stringMatching(
            /^An option can be adopted only once the matter is ready for decision or decided/,
          ),
        },
      ]);
    },
  );

  it('names the status of a matter that is not ready', () => {
    expect(
      checkOptionMove(DRAFT_TEXT, ADOPTED, { matterStatus: MatterStatus.OPTIONS_DEVELOPING })[0]?.message,
    ).toBe(
      "An option can be adopted only once the matter is ready for decision or decided; the matter is 'Options being developed'.",
    );
  });

  it('allows only adoption on a decided matter', () => {
    const matterStatus = MatterStatus.DECIDED;
    expect(checkOptionMove(DRAFT_TEXT, ADOPTED, { matterStatus })).toEqual([]);
    for (const [from, to] of ALLOWED.filter(([, t]) => t !== ADOPTED)) {
      expect(checkOptionMove(from, to, { matterStatus })).toMatchObject([
        {
          guard: 'MATTER_CLOSED',
          field: 'to',
          message:
            'The matter is decided, so its options can no longer change; an option can only still be adopted.',
        },
      ]);
    }
  });

  it.each(ALLOWED)('allows no move %s → %s on a withdrawn matter', (from, to) => {
    expect(checkOptionMove(from, to, { matterStatus: MatterStatus.WITHDRAWN })).toMatchObject([
      {
        guard: 'MATTER_CLOSED',
        field: 'to',
        message: 'The matter is withdrawn, so its options can no longer change.',
      },
    ]);
  });
});

describe('planOptionMove', () => {
  const at = new Date('2003-05-16T15:00:00Z');

  it('moves the stage and adds the step to its history', () => {
    expect(
      planOptionMove({ stage: CONVERGING }, DRAFT_TEXT, {
        matterStatus: MatterStatus.OPTIONS_DEVELOPING,
        at,
      }),
    ).toEqual({
      allowed: true,
      changes: { stage: DRAFT_TEXT },
      history: { fromStage: CONVERGING, toStage: DRAFT_TEXT, at },
    });
  });

  it('refuses with the guards and plans no change', () => {
    expect(
      planOptionMove({ stage: DRAFT_TEXT }, ADOPTED, { matterStatus: MatterStatus.OPTIONS_DEVELOPING, at }),
    ).toEqual({
      allowed: false,
      refusals: checkOptionMove(DRAFT_TEXT, ADOPTED, { matterStatus: MatterStatus.OPTIONS_DEVELOPING }),
    });
    expect(
      planOptionMove({ stage: ADOPTED }, WITHDRAWN, { matterStatus: MatterStatus.DECIDED, at }),
    ).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'TRANSITION_NOT_ALLOWED' }],
    });
  });

  it('starts every history at TABLED', () => {
    expect(tabledStep(at)).toEqual({ fromStage: null, toStage: TABLED, at });
  });
});
