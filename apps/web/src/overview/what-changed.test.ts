import { describe, expect, it } from 'vitest';
import type { WhatChangedQuery } from '../generated/graphql';
import { sinceLastVisit } from './last-visit';
import { whatChanged } from './what-changed';

type Node = WhatChangedQuery['process']['now']['edges'][number]['node'];
const matter = (
  id: string,
  status: Node['status'],
  score: number,
  health: Node['health'],
  views = 0,
): Node => ({
  id,
  title: id,
  status,
  readiness: { score },
  health,
  viewTally: { statePartiesWithView: views },
});
const connection = (nodes: Node[]) => ({ edges: nodes.map((node) => ({ node })) });

describe('what changed', () => {
  it('lists new matters and moves first, then readiness, health and views; and not what stayed', () => {
    const changed = whatChanged({
      id: 'p',
      before: connection([
        matter('agenda', 'OPTIONS_DEVELOPING', 60, { level: 'AT_RISK' }, 10),
        matter('costs', 'OPTIONS_DEVELOPING', 50, { level: 'AT_RISK' }),
        matter('venue', 'READY_FOR_DECISION', 100, { level: 'ON_TRACK' }),
        matter('secretary', 'IDENTIFIED', 20, { level: 'OFF_TRACK' }),
      ]),
      now: connection([
        matter('agenda', 'OPTIONS_DEVELOPING', 70, { level: 'ON_TRACK' }, 13),
        matter('costs', 'OPTIONS_DEVELOPING', 50, { level: 'AT_RISK' }),
        matter('venue', 'DECIDED', 100, null),
        matter('secretary', 'IDENTIFIED', 20, { level: 'OFF_TRACK' }),
        matter('sponsorship', 'IDENTIFIED', 0, { level: 'OFF_TRACK' }),
      ]),
    });
    expect(changed).toEqual([
      { id: 'sponsorship', title: 'sponsorship', changes: [{ kind: 'new', status: 'IDENTIFIED' }] },
      {
        id: 'venue',
        title: 'venue',
        changes: [{ kind: 'status', from: 'READY_FOR_DECISION', to: 'DECIDED' }],
      },
      {
        id: 'agenda',
        title: 'agenda',
        changes: [
          { kind: 'readiness', from: 60, to: 70 },
          { kind: 'health', from: 'AT_RISK', to: 'ON_TRACK' },
          { kind: 'views', added: 3 },
        ],
      },
    ]);
  });
});

describe('the last visit', () => {
  it('is unknown on the first visit, then kept for the whole browsing session', () => {
    const local = new Map<string, string>();
    const storage = (map: Map<string, string>) =>
      ({
        getItem: (k: string) => map.get(k) ?? null,
        setItem: (k: string, v: string) => void map.set(k, v),
      }) as Storage;
    let session = new Map<string, string>();
    expect(
      sinceLastVisit('a-nor', new Date('2026-11-01T09:00:00Z'), storage(local), storage(session)),
    ).toBeNull();
    expect(
      sinceLastVisit('a-nor', new Date('2026-11-01T10:00:00Z'), storage(local), storage(session)),
    ).toBeNull();
    // The next browsing session compares with the start of the last one.
    session = new Map();
    expect(sinceLastVisit('a-nor', new Date('2026-11-05T09:00:00Z'), storage(local), storage(session))).toBe(
      '2026-11-01T09:00:00.000Z',
    );
    expect(sinceLastVisit('a-nor', new Date('2026-11-05T11:00:00Z'), storage(local), storage(session))).toBe(
      '2026-11-01T09:00:00.000Z',
    );
    // Each person has their own.
    expect(
      sinceLastVisit('a-ken', new Date('2026-11-05T11:00:00Z'), storage(local), storage(session)),
    ).toBeNull();
  });
});
