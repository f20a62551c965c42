import { describe, expect, it } from 'vitest';
import { wordDiff } from './history';

describe('wordDiff', () => {
  it('keeps the common words and marks those removed and added', () => {
    expect(wordDiff('Geneva, late 2004', 'Nairobi, late 2004')).toEqual([
      { kind: 'removed', text: 'Geneva,' },
      { kind: 'added', text: 'Nairobi,' },
      { kind: 'same', text: ' late 2004' },
    ]);
  });

  it('shows a first text as all added, and an emptied one as all removed', () => {
    expect(wordDiff('', 'A text')).toEqual([{ kind: 'added', text: 'A text' }]);
    expect(wordDiff('A text', '')).toEqual([{ kind: 'removed', text: 'A text' }]);
  });
});
