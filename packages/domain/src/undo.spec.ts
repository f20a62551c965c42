import { MatterStatus } from './model';
import { planMatterUndo, UNDO_WINDOW_MINUTES, undoableUntil, undoRefusals, valuesReplaced } from './undo';

const decidedAt = new Date('2003-09-19T10:00:00Z');
const decision = { to: MatterStatus.DECIDED, at: decidedAt, byAccountId: 'co-chair' };
const later = (minutes: number) => new Date(decidedAt.getTime() + minutes * 60_000);
const guards = (...args: Parameters<typeof undoRefusals>) =>
  undoRefusals(...args).map((failure) => failure.guard);

describe('undoing a final move', () => {
  it('is open to the person who made it, until the window closes', () => {
    expect(guards(decision, 'co-chair', later(UNDO_WINDOW_MINUTES))).toEqual([]);
    expect(undoableUntil(decision, 'co-chair', later(1))).toEqual(later(UNDO_WINDOW_MINUTES));
    expect(guards(decision, 'co-chair', later(UNDO_WINDOW_MINUTES + 1))).toEqual(['UNDO_TIME_PASSED']);
    expect(undoableUntil(decision, 'co-chair', later(UNDO_WINDOW_MINUTES + 1))).toBeNull();
  });

  it('is refused to anyone else, and says every reason', () => {
    expect(guards(decision, 'other', later(UNDO_WINDOW_MINUTES + 1))).toEqual([
      'NOT_YOUR_MOVE',
      'UNDO_TIME_PASSED',
    ]);
    expect(undoableUntil(decision, 'other', later(1))).toBeNull();
  });

  it('only takes back a decision or a withdrawal', () => {
    const withdrawal = { ...decision, to: MatterStatus.WITHDRAWN };
    expect(guards(withdrawal, 'co-chair', later(1))).toEqual([]);
    expect(guards({ ...decision, to: MatterStatus.DEFERRED }, 'co-chair', later(1))).toEqual([
      'NOTHING_TO_UNDO',
    ]);
    expect(guards(null, 'co-chair', later(1))).toEqual(['NOTHING_TO_UNDO']);
  });
});

describe('planMatterUndo', () => {
  const decided = {
    status: MatterStatus.DECIDED,
    outcome: 'Nairobi, 29 November to 3 December 2004.',
    decidingMilestoneId: 'fifth-msp',
    outcomeMilestoneId: 'fifth-msp',
  };
  const recorded = {
    ...decision,
    from: MatterStatus.READY_FOR_DECISION,
    replaced: { outcome: null, outcomeMilestoneId: null },
  };

  it('puts back the status and the values the move replaced, as a step of its own', () => {
    expect(planMatterUndo(decided, recorded, 'co-chair', later(3))).toEqual({
      allowed: true,
      changes: {
        status: MatterStatus.READY_FOR_DECISION,
        outcome: null,
        decidingMilestoneId: 'fifth-msp',
        outcomeMilestoneId: null,
      },
      history: {
        fromStatus: MatterStatus.DECIDED,
        toStatus: MatterStatus.READY_FOR_DECISION,
        at: later(3),
        atMilestoneId: null,
        decidingMilestoneId: 'fifth-msp',
        note: null,
      },
    });
  });

  it('refuses with every reason, and plans no change', () => {
    expect(planMatterUndo(decided, recorded, 'other', later(UNDO_WINDOW_MINUTES + 1))).toEqual({
      allowed: false,
      refusals: undoRefusals(recorded, 'other', later(UNDO_WINDOW_MINUTES + 1)),
    });
    expect(planMatterUndo(decided, null, 'co-chair', later(1))).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'NOTHING_TO_UNDO' }],
    });
  });
});

describe('valuesReplaced', () => {
  it('keeps the outcome and the milestones a move replaced, nothing else', () => {
    expect(
      valuesReplaced([
        { field: 'status', oldValue: 'READY_FOR_DECISION' },
        { field: 'outcome', oldValue: 'A draft' },
        { field: 'decidingMilestoneId', oldValue: 'fourth-msp' },
        { field: 'title', oldValue: 'Costs' },
      ]),
    ).toEqual({ outcome: 'A draft', decidingMilestoneId: 'fourth-msp' });
  });
});
