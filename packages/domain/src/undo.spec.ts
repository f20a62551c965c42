import { MatterStatus } from './model';
import { UNDO_WINDOW_MINUTES, undoableUntil, undoRefusals } from './undo';

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
