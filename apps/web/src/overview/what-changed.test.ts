import { describe, expect, it } from 'vitest';
import type { WhatChangedQuery } from '../generated/graphql';
import { sinceLastVisit } from './last-visit';
import { whatChanged } from './what-changed';

type MatterChanges = WhatChangedQuery['process']['changesSince'][number];
const changes = (matterId: string, changed: Partial<MatterChanges>): MatterChanges => ({
  matterId,
  title: matterId,
  created: false,
  statusFrom: 'OPTIONS_DEVELOPING',
  statusTo: 'OPTIONS_DEVELOPING',
  readinessFrom: 50,
  readinessTo: 50,
  healthFrom: 'AT_RISK',
  healthTo: 'AT_RISK',
  views: 0,
  options: 0,
  actions: 0,
  edited: false,
  ...changed,
});

describe('what changed', () => {
  it('says what kinds of change each matter saw, in the order the API gives', () => {
    const changed = whatChanged({
      id: 'p',
      changesSince: [
        changes('sponsorship', {
          created: true,
          statusFrom: null,
          statusTo: 'IDENTIFIED',
          readinessFrom: null,
        }),
        changes('venue', { statusTo: 'DECIDED', readinessTo: 100, healthTo: null }),
        changes('agenda', {
          readinessTo: 70,
          healthTo: 'ON_TRACK',
          views: 3,
          options: 1,
          actions: 2,
          edited: true,
        }),
        // Only a view's tier changed to one the reader cannot see any more: nothing to say.
        changes('costs', {}),
      ],
    });
    expect(changed).toEqual([
      { id: 'sponsorship', title: 'sponsorship', changes: [{ kind: 'new', status: 'IDENTIFIED' }] },
      {
        id: 'venue',
        title: 'venue',
        changes: [
          { kind: 'status', from: 'OPTIONS_DEVELOPING', to: 'DECIDED' },
          { kind: 'readiness', from: 50, to: 100 },
        ],
      },
      {
        id: 'agenda',
        title: 'agenda',
        changes: [
          { kind: 'readiness', from: 50, to: 70 },
          { kind: 'health', from: 'AT_RISK', to: 'ON_TRACK' },
          { kind: 'views', added: 3 },
          { kind: 'options', count: 1 },
          { kind: 'actions', count: 2 },
          { kind: 'edited' },
        ],
      },
    ]);
  });
});

describe("a visitor's last visit", () => {
  it('is unknown on the first visit, then kept for the whole browsing session', () => {
    const local = new Map<string, string>();
    const storage = (map: Map<string, string>) =>
      ({
        getItem: (k: string) => map.get(k) ?? null,
        setItem: (k: string, v: string) => void map.set(k, v),
      }) as Storage;
    let session = new Map<string, string>();
    expect(
      sinceLastVisit('public', new Date('2026-11-01T09:00:00Z'), storage(local), storage(session)),
    ).toBeNull();
    expect(
      sinceLastVisit('public', new Date('2026-11-01T10:00:00Z'), storage(local), storage(session)),
    ).toBeNull();
    // The next browsing session compares with the start of the last one.
    session = new Map();
    expect(sinceLastVisit('public', new Date('2026-11-05T09:00:00Z'), storage(local), storage(session))).toBe(
      '2026-11-01T09:00:00.000Z',
    );
    expect(sinceLastVisit('public', new Date('2026-11-05T11:00:00Z'), storage(local), storage(session))).toBe(
      '2026-11-01T09:00:00.000Z',
    );
  });
});
