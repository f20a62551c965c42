import type { TierChange } from './audit-trail.repository';
import { tierAround } from './audit-visibility';

describe('a record’s tier around an event', () => {
  // Created closed at 10, opened to the public at 20, narrowed to States Parties at 30.
  const changes: TierChange[] = [
    { at: 10, from: null, to: 'CO_CHAIRS' },
    { at: 20, from: 'CO_CHAIRS', to: 'PUBLIC' },
    { at: 30, from: 'PUBLIC', to: 'STATES_PARTIES' },
  ];

  it('is the tier of the moment when nothing changes then, narrowed by today’s', () => {
    expect(tierAround('STATES_PARTIES', changes, 15)).toBe('CO_CHAIRS');
    expect(tierAround('STATES_PARTIES', changes, 25)).toBe('STATES_PARTIES');
    expect(tierAround('STATES_PARTIES', changes, 35)).toBe('STATES_PARTIES');
  });

  it('is the narrower of before and after for an event at the instant of a change (one transaction)', () => {
    // The title written as the record was opened still belongs to its closed past.
    expect(tierAround('STATES_PARTIES', changes, 20)).toBe('CO_CHAIRS');
    // Its creation counts at the tier it was created with.
    expect(tierAround('STATES_PARTIES', changes, 10)).toBe('CO_CHAIRS');
  });

  it('is today’s tier for a record never re-tiered, and the first tier before its first change', () => {
    expect(tierAround('OBSERVERS', [], 5)).toBe('OBSERVERS');
    expect(tierAround('PUBLIC', [{ at: 50, from: 'COORDINATING_COMMITTEE', to: 'PUBLIC' }], 40)).toBe(
      'COORDINATING_COMMITTEE',
    );
  });
});
