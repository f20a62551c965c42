import { allowedActionMoves, checkActionMove, isActionOpen, isOverdue } from './action-workflow';
import { ActionStatus } from './model';

const { TODO, IN_PROGRESS, DONE, BLOCKED } = ActionStatus;
const ALL = Object.values(ActionStatus);

const ALLOWED: [ActionStatus, ActionStatus][] = [
  [TODO, IN_PROGRESS],
  [TODO, DONE],
  [TODO, BLOCKED],
  [IN_PROGRESS, TODO],
  [IN_PROGRESS, DONE],
  [IN_PROGRESS, BLOCKED],
  [BLOCKED, TODO],
  [BLOCKED, IN_PROGRESS],
  [DONE, IN_PROGRESS],
];
const isAllowed = (from: ActionStatus, to: ActionStatus) => ALLOWED.some(([f, t]) => f === from && t === to);
const REFUSED = ALL.flatMap((from) => ALL.map((to) => [from, to] as const)).filter(
  ([f, t]) => !isAllowed(f, t),
);

describe('action workflow', () => {
  it.each(ALL)('lists exactly the moves from %s', (from) => {
    expect(allowedActionMoves(from)).toEqual(ALLOWED.filter(([f]) => f === from).map(([, to]) => to));
  });

  it.each(ALLOWED)('allows %s → %s', (from, to) => expect(checkActionMove(from, to)).toEqual([]));

  it.each(REFUSED)('refuses %s → %s', (from, to) => {
    const failures = checkActionMove(from, to);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ guard: 'TRANSITION_NOT_ALLOWED', field: 'to' });
  });

  it('has 7 refused moves', () => expect(REFUSED).toHaveLength(7));

  it('explains a refusal', () => {
    expect(checkActionMove(BLOCKED, DONE)[0]?.message).toBe(
      "An action that is 'Blocked' cannot move to 'Done'; it can move to 'To do' or 'In progress'.",
    );
    expect(checkActionMove(DONE, DONE)[0]?.message).toBe(
      "The action is already 'Done'; it can move to 'In progress'.",
    );
  });

  it.each([
    [TODO, true],
    [IN_PROGRESS, true],
    [BLOCKED, true],
    [DONE, false],
  ])('isActionOpen(%s) is %p', (status, open) => expect(isActionOpen(status)).toBe(open));
});

describe('isOverdue', () => {
  it.each([
    [TODO, '2003-08-31', '2003-09-01', true],
    [IN_PROGRESS, '2003-08-31', '2003-09-01', true],
    [BLOCKED, '2002-12-31', '2003-01-01', true], // across a year end
    [TODO, '2003-09-01', '2003-09-01', false], // due today is not yet overdue
    [TODO, '2003-09-02', '2003-09-01', false],
    [DONE, '2003-08-01', '2003-09-01', false],
  ])('%s due %s, today %s → %p', (status, dueDate, today, expected) =>
    expect(isOverdue({ status, dueDate }, today)).toBe(expected),
  );
});
