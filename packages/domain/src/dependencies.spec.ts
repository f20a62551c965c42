import { findDependencyCycle } from './dependencies';

describe('findDependencyCycle', () => {
  it('treats a matter depending on itself as a cycle', () => {
    expect(findDependencyCycle([], { from: 'a', to: 'a' })).toEqual(['a', 'a']);
  });

  it('is null when there is no path back', () => {
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ];
    expect(findDependencyCycle([], { from: 'a', to: 'b' })).toBeNull();
    expect(findDependencyCycle(edges, { from: 'a', to: 'c' })).toBeNull(); // a shortcut, not a cycle
    expect(findDependencyCycle(edges, { from: 'd', to: 'a' })).toBeNull();
    expect(findDependencyCycle(edges, { from: 'a', to: 'b' })).toBeNull(); // already there
  });

  it('finds a direct cycle', () => {
    expect(findDependencyCycle([{ from: 'a', to: 'b' }], { from: 'b', to: 'a' })).toEqual(['b', 'a', 'b']);
  });

  it('gives the path from the new dependency round to its start', () => {
    const edges = [
      { from: 'venue', to: 'dates' },
      { from: 'dates', to: 'budget' },
      { from: 'budget', to: 'programme' },
    ];
    expect(findDependencyCycle(edges, { from: 'programme', to: 'venue' })).toEqual([
      'programme',
      'venue',
      'dates',
      'budget',
      'programme',
    ]);
  });

  it('gives the shortest cycle when there are several', () => {
    const edges = [
      { from: 'b', to: 'c' },
      { from: 'c', to: 'd' },
      { from: 'd', to: 'a' },
      { from: 'b', to: 'a' },
    ];
    expect(findDependencyCycle(edges, { from: 'a', to: 'b' })).toEqual(['a', 'b', 'a']);
  });

  it('is not confused by cycles elsewhere or by branches that lead nowhere', () => {
    const edges = [
      { from: 'x', to: 'y' },
      { from: 'y', to: 'x' },
      { from: 'b', to: 'x' },
      { from: 'b', to: 'e' },
      { from: 'e', to: 'f' },
      { from: 'f', to: 'a' },
    ];
    expect(findDependencyCycle(edges, { from: 'a', to: 'b' })).toEqual(['a', 'b', 'e', 'f', 'a']);
    expect(findDependencyCycle(edges, { from: 'y', to: 'b' })).toEqual(['y', 'b', 'x', 'y']);
    expect(findDependencyCycle(edges, { from: 'z', to: 'x' })).toBeNull();
  });
});
