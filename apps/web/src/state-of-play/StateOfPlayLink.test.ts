import { describe, expect, it } from 'vitest';
import { stateOfPlaySearch } from './StateOfPlayLink';

describe('the address of a state of play', () => {
  it('carries the process, the milestone and the day, so a colleague opens the same report', () => {
    expect(stateOfPlaySearch('p-1', 'm-5', '2003-09-14')).toBe('?process=p-1&milestone=m-5&asOf=2003-09-14');
  });

  it('leaves out what is not chosen: the first process, the whole process, today', () => {
    expect(stateOfPlaySearch(undefined, null, null)).toBe('');
    expect(stateOfPlaySearch(undefined, 'm-5', null)).toBe('?milestone=m-5');
  });
});
