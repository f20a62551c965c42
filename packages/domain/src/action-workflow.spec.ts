import {
  actionStatusAsOf,
  allowedActionMoves,
  checkActionMove,
  isActionOpen,
  isOverdue,
  ownerMayMakeActionMove,
  planActionMove,
} from './action-workflow';
import { ActionStatus } from './model';

const { TODO, IN_PROGRESS, DONE, BLOCKED, CANCELLED } = ActionStatus;
const ALL = Object.values(ActionStatus);
const REASON = 'Overtaken by the decision on the Review Conference.';

const ALLOWED: [ActionStatus, ActionStatus][] = [
  [TODO, IN_PROGRESS],
  [TODO, DONE],
  [TODO, BLOCKED],
  [TODO, CANCELLED],
  [IN_PROGRESS, TODO],
  [IN_PROGRESS, DONE],
  [IN_PROGRESS, BLOCKED],
  [IN_PROGRESS, CANCELLED],
  [BLOCKED, TODO],
  [BLOCKED, IN_PROGRESS],
  [BLOCKED, CANCELLED],
  [DONE, IN_PROGRESS],
  [CANCELLED, TODO],
];
const isAllowed = (from: ActionStatus, to: ActionStatus) => ALLOWED.some(([f, t]) => f === from && t === to);
const REFUSED = ALL.flatMap((from) => ALL.map((to) => [from, to] as const)).filter(
  ([f, t]) => !isAllowed(f, t),
);

describe('action workflow', () => {
  it.each(ALL)('lists exactly the moves from %s', (from) => {
    expect(allowedActionMoves(from)).toEqual(ALLOWED.filter(([f]) => f === from).map(([, to]) => to));
  });

  it.each(ALLOWED)('allows %s → %s (with a reason)', (from, to) =>
    expect(checkActionMove(from, to, REASON)).toEqual([]),
  );

  it.each(REFUSED)('refuses %s → %s', (from, to) => {
    const failures = checkActionMove(from, to, REASON);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ guard: 'TRANSITION_NOT_ALLOWED', field: 'to' });
  });

  it('has 12 refused moves', () => expect(REFUSED).toHaveLength(12));

  it('explains a refusal', () => {
    expect(checkActionMove(BLOCKED, DONE)[0]?.message).toBe(
      "An action that is 'Blocked' cannot move to 'Done'; it can move to 'To do', 'In progress' or 'Cancelled'.",
    );
    expect(checkActionMove(DONE, DONE)[0]?.message).toBe(
      "The action is already 'Done'; it can move to 'In progress'.",
    );
    expect(checkActionMove(DONE, CANCELLED, REASON)[0]?.message).toBe(
      "An action that is 'Done' cannot move to 'Cancelled'; it can move to 'In progress'.",
    );
  });

  it.each([undefined, null, '', '   \n'])('refuses to cancel without a reason (%p)', (note) => {
    expect(checkActionMove(TODO, CANCELLED, note)).toEqual([
      expect.objectContaining({
        guard: 'REASON_REQUIRED',
        field: 'note',
        code: 'ACTION_CANCEL_REASON_REQUIRED',
        message: 'Say why the action is cancelled; the reason stays on record with it.',
      }),
    ]);
  });

  it('asks a reason of no other move', () => {
    for (const [from, to] of ALLOWED.filter(([, to]) => to !== CANCELLED)) {
      expect(checkActionMove(from, to)).toEqual([]);
    }
  });

  it.each([
    [TODO, true],
    [IN_PROGRESS, true],
    [BLOCKED, true],
    [DONE, false],
    [CANCELLED, false],
  ])('isActionOpen(%s) is %p', (status, open) => expect(isActionOpen(status)).toBe(open));

  it('leaves cancelling and reinstating to those who assign actions, every other move to the owner too', () => {
    const ownerMoves = ALLOWED.filter(([from, to]) => ownerMayMakeActionMove(from, to));
    expect(ownerMoves).toEqual(ALLOWED.filter(([from, to]) => from !== CANCELLED && to !== CANCELLED));
    expect(ownerMayMakeActionMove(TODO, CANCELLED)).toBe(false);
    expect(ownerMayMakeActionMove(CANCELLED, TODO)).toBe(false);
    expect(ownerMayMakeActionMove(BLOCKED, IN_PROGRESS)).toBe(true);
  });
});

describe('planActionMove', () => {
  const at = new Date('2003-08-20T09:30:00Z');
  const earlier = new Date('2003-08-01T08:00:00Z');
  const open = { status: IN_PROGRESS, completedAt: null, cancelledAt: null, cancellationReason: null };

  it('records when the work was done, and forgets it when reopened', () => {
    const done = planActionMove(open, { to: DONE }, at);
    expect(done).toEqual({
      allowed: true,
      changes: { status: DONE, completedAt: at, cancelledAt: null, cancellationReason: null },
      history: null,
    });
    const reopened = planActionMove({ ...open, status: DONE, completedAt: earlier }, { to: IN_PROGRESS }, at);
    expect(reopened).toMatchObject({ allowed: true, changes: { status: IN_PROGRESS, completedAt: null } });
  });

  it('records when and why it was cancelled, the reason trimmed', () => {
    expect(planActionMove(open, { to: CANCELLED, note: `  ${REASON}\n` }, at)).toEqual({
      allowed: true,
      changes: { status: CANCELLED, completedAt: null, cancelledAt: at, cancellationReason: REASON },
      history: null,
    });
  });

  it('reinstates cancelled work from the start, clearing the cancellation', () => {
    const cancelled = { ...open, status: CANCELLED, cancelledAt: earlier, cancellationReason: REASON };
    expect(planActionMove(cancelled, { to: TODO }, at)).toEqual({
      allowed: true,
      changes: { status: TODO, completedAt: null, cancelledAt: null, cancellationReason: null },
      history: null,
    });
  });

  it('refuses with the guards and changes nothing', () => {
    const plan = planActionMove({ ...open, status: DONE, completedAt: earlier }, { to: CANCELLED }, at);
    expect(plan).toEqual({ allowed: false, refusals: checkActionMove(DONE, CANCELLED) });
    expect(planActionMove(open, { to: CANCELLED, note: ' ' }, at)).toMatchObject({
      allowed: false,
      refusals: [{ guard: 'REASON_REQUIRED' }],
    });
  });
});

describe('actionStatusAsOf', () => {
  const closed = new Date('2003-09-01T12:00:00Z');
  const before = new Date('2003-09-01T11:59:59Z');
  const none = { completedAt: null, cancelledAt: null };

  it.each([
    ['done by then', { ...none, status: DONE, completedAt: closed }, closed, DONE],
    ['done later', { ...none, status: DONE, completedAt: closed }, before, IN_PROGRESS],
    ['cancelled by then', { ...none, status: CANCELLED, cancelledAt: closed }, closed, CANCELLED],
    ['cancelled later', { ...none, status: CANCELLED, cancelledAt: closed }, before, IN_PROGRESS],
    ['open', { ...none, status: BLOCKED }, before, BLOCKED],
  ])('%s', (_, action, asOf, expected) => expect(actionStatusAsOf(action, asOf)).toBe(expected));
});

describe('isOverdue', () => {
  it.each([
    [TODO, '2003-08-31', '2003-09-01', true],
    [IN_PROGRESS, '2003-08-31', '2003-09-01', true],
    [BLOCKED, '2002-12-31', '2003-01-01', true], // across a year end
    [TODO, '2003-09-01', '2003-09-01', false], // due today is not yet overdue
    [TODO, '2003-09-02', '2003-09-01', false],
    [DONE, '2003-08-01', '2003-09-01', false],
    [CANCELLED, '2003-08-01', '2003-09-01', false],
  ])('%s due %s, today %s → %p', (status, dueDate, today, expected) =>
    expect(isOverdue({ status, dueDate }, today)).toBe(expected),
  );
});
