import { describe, expect, it } from 'vitest';
import {
  type BoardMatter,
  filtersFromSearch,
  ownedBy,
  ownersOf,
  searchWithFilters,
  serverFilter,
} from './filters';

const matter = (id: string, actions: BoardMatter['actions']): BoardMatter => ({
  id,
  title: id,
  status: 'OPTIONS_DEVELOPING',
  version: 1,
  confidentiality: 'PUBLIC',
  allowedMoves: [],
  decidingMilestone: { id: 'm', shortTitle: '5MSP', startsAt: '2003-09-15T03:00:00Z' },
  readiness: { score: 50 },
  health: null,
  actions,
});

const venue = matter('venue', [
  { id: 'a1', ownerRole: null, owner: { id: 'ken', name: 'Kenya' } },
  { id: 'a2', ownerRole: 'CURRENT_PRESIDENCY', owner: null },
]);
const costs = matter('costs', [{ id: 'a3', ownerRole: null, owner: { id: 'dda', name: 'DDA Geneva' } }]);
const secretary = matter('secretary', []);

describe('board filters', () => {
  it('round-trip through the address, keeping the as-of day', () => {
    const filters = {
      milestoneId: 'm-5msp',
      health: 'AT_RISK' as const,
      owner: 'participant:ken',
      openOnly: true,
    };
    const search = searchWithFilters(new URLSearchParams('asOf=2003-09-14'), filters);
    expect(search.toString()).toBe(
      'asOf=2003-09-14&milestone=m-5msp&health=AT_RISK&owner=participant%3Aken&open=1',
    );
    expect(filtersFromSearch(search)).toEqual(filters);
    expect(
      searchWithFilters(search, { milestoneId: null, health: null, owner: null, openOnly: false }).toString(),
    ).toBe('asOf=2003-09-14');
  });

  it('ignore a health the API does not have', () => {
    expect(filtersFromSearch(new URLSearchParams('health=GREAT')).health).toBeNull();
  });

  it('send the API what it filters itself, and nothing when no filter is set', () => {
    expect(
      serverFilter({ milestoneId: 'm', health: 'OFF_TRACK', owner: 'role:CO_CHAIRS', openOnly: true }),
    ).toEqual({
      decidingMilestoneId: 'm',
      health: ['OFF_TRACK'],
      open: true,
    });
    expect(serverFilter({ milestoneId: null, health: null, owner: null, openOnly: false })).toEqual({});
  });

  it('list the owners of actions, participants by name first, then roles', () => {
    expect(ownersOf([venue, costs, secretary])).toEqual([
      { key: 'participant:dda', participant: 'DDA Geneva' },
      { key: 'participant:ken', participant: 'Kenya' },
      { key: 'role:CURRENT_PRESIDENCY', role: 'CURRENT_PRESIDENCY' },
    ]);
  });

  it('keep the matters with an action the owner holds', () => {
    const all = [venue, costs, secretary];
    expect(all.filter((m) => ownedBy(m, 'participant:ken')).map((m) => m.id)).toEqual(['venue']);
    expect(all.filter((m) => ownedBy(m, 'role:CURRENT_PRESIDENCY')).map((m) => m.id)).toEqual(['venue']);
    expect(all.filter((m) => ownedBy(m, null))).toHaveLength(3);
  });
});
