import { describe, expect, it } from 'vitest';
import { latestViews, notYetHeard, positionCounts, type ViewData } from './positions';

const view = (
  id: string,
  participant: string,
  position: ViewData['position'],
  expressedAt: string,
  option: string | null = null,
): ViewData => ({
  id,
  position,
  comment: null,
  expressedAt,
  version: 1,
  participant: { id: participant, name: participant },
  option: option ? { id: option } : null,
});

const views = [
  view('v1', 'kenya', 'OBJECTS', '2003-05-01T09:00:00Z'),
  view('v2', 'kenya', 'SUPPORTS', '2003-06-01T09:00:00Z'),
  view('v3', 'norway', 'CAN_LIVE_WITH', '2003-05-02T09:00:00Z'),
  view('v4', 'icbl', 'OBJECTS', '2003-05-03T09:00:00Z'),
  view('v5', 'peru', 'SUPPORTS', '2003-05-04T09:00:00Z', 'option-a'),
];

describe('positions', () => {
  it('count each participant once, with its latest view on the matter as a whole', () => {
    const latest = latestViews(views, null);
    expect([...latest.values()].map((v) => v.id).sort()).toEqual(['v2', 'v3', 'v4']);
    expect(positionCounts(latest)).toEqual({ SUPPORTS: 1, CAN_LIVE_WITH: 1, OBJECTS: 1, COMMENT: 0 });
  });

  it('count States Parties only when told which they are', () => {
    const parties = new Set(['kenya', 'norway', 'peru']);
    expect(positionCounts(latestViews(views, null), parties)).toEqual({
      SUPPORTS: 1,
      CAN_LIVE_WITH: 1,
      OBJECTS: 0,
      COMMENT: 0,
    });
  });

  it('keep views on an option apart from views on the matter', () => {
    expect(positionCounts(latestViews(views, 'option-a'))).toEqual({
      SUPPORTS: 1,
      CAN_LIVE_WITH: 0,
      OBJECTS: 0,
      COMMENT: 0,
    });
  });

  it('name the States Parties not yet heard, on the matter or any option', () => {
    const parties = ['Peru', 'Kenya', 'Chile', 'Norway', 'Angola'].map((name) => ({
      id: name.toLowerCase(),
      name,
    }));
    expect(notYetHeard(parties, views).map((p) => p.name)).toEqual(['Angola', 'Chile']);
  });
});
