import { describe, expect, it } from 'vitest';
import type { HandoverQuery } from '../generated/graphql';
import {
  daysUntil,
  type Holder,
  isOverdue,
  ownerChoices,
  ownerKeys,
  type PreparationAction,
  roleHolders,
  worklist,
} from './preparations';
import type { OwnerRole } from '../generated/graphql';

const action = (
  id: string,
  due: string,
  status: PreparationAction['status'] = 'TODO',
  owner: string | null = 'Kenya',
): PreparationAction => ({
  id,
  version: 1,
  title: id,
  status,
  due,
  blocksDecision: false,
  ownerRole: owner ? null : 'CURRENT_PRESIDENCY',
  owner: owner ? { id: owner.toLowerCase(), name: owner } : null,
  servesMatter: null,
  servesMilestone: null,
});

const TODAY = '2003-09-14';
const actions = [
  action('later', '2003-10-01'),
  action('done', '2003-08-01', 'DONE'),
  action('late', '2003-09-01', 'IN_PROGRESS', 'Austria'),
  action('later-late', '2003-09-10', 'TODO', null),
  action('soon', '2003-09-15', 'TODO', 'Austria'),
];
const label = (a: PreparationAction) => a.owner?.name ?? 'The current Presidency';
const nobodyHolds = new Map<OwnerRole, Holder[]>();
const asWritten = (a: PreparationAction) => ownerKeys(a, nobodyHolds);
/** Austria holds the current Presidency. */
const austriaPresides = new Map<OwnerRole, Holder[]>([
  ['CURRENT_PRESIDENCY', [{ id: 'austria', name: 'Austria' }]],
]);

describe('the preparations worklist', () => {
  it('puts the overdue first, the longest overdue first, then the open by due day, then the done', () => {
    const all = worklist(actions, { owner: null, openOnly: false, order: 'due' }, TODAY, label, asWritten);
    expect(all.map((a) => a.id)).toEqual(['late', 'later-late', 'soon', 'later', 'done']);
  });

  it('takes a cancelled action for closed work: never overdue, listed with the done, left out of the open', () => {
    const withCancelled = [...actions, action('dropped', '2003-07-01', 'CANCELLED')];
    const all = worklist(
      withCancelled,
      { owner: null, openOnly: false, order: 'due' },
      TODAY,
      label,
      asWritten,
    );
    expect(all.map((a) => a.id)).toEqual(['late', 'later-late', 'soon', 'later', 'dropped', 'done']);
    const open = worklist(
      withCancelled,
      { owner: null, openOnly: true, order: 'due' },
      TODAY,
      label,
      asWritten,
    );
    expect(open.map((a) => a.id)).not.toContain('dropped');
    expect(isOverdue(action('dropped', '2003-07-01', 'CANCELLED'), TODAY)).toBe(false);
  });

  it('groups by owner when asked, keeping that order within each', () => {
    const open = worklist(actions, { owner: null, openOnly: true, order: 'owner' }, TODAY, label, asWritten);
    expect(open.map((a) => a.id)).toEqual(['late', 'soon', 'later', 'later-late']);
  });

  it('keeps one owner’s actions, a role included', () => {
    expect(
      worklist(
        actions,
        { owner: 'role:CURRENT_PRESIDENCY', openOnly: true, order: 'due' },
        TODAY,
        label,
        asWritten,
      ).map((a) => a.id),
    ).toEqual(['later-late']);
  });

  it('gives a body the actions of the roles it holds on the day, and lists it once to filter by', () => {
    const austrias = worklist(
      actions,
      { owner: 'participant:austria', openOnly: true, order: 'due' },
      TODAY,
      label,
      (a) => ownerKeys(a, austriaPresides),
    );
    expect(austrias.map((a) => a.id)).toEqual(['late', 'later-late', 'soon']);
    expect(ownerChoices(actions, austriaPresides, () => 'The current Presidency')).toEqual([
      { key: 'participant:austria', name: 'Austria', roles: ['The current Presidency'] },
      { key: 'participant:kenya', name: 'Kenya', roles: [] },
    ]);
    expect(ownerChoices(actions, nobodyHolds, () => 'The current Presidency').map((c) => c.key)).toEqual([
      'participant:austria',
      'participant:kenya',
      'role:CURRENT_PRESIDENCY',
    ]);
  });

  it('counts days to a due day across a month', () => {
    expect(daysUntil('2003-10-01', TODAY)).toBe(17);
    expect(daysUntil('2003-09-01', TODAY)).toBe(-13);
  });

  it('names who holds each owner role on the day', () => {
    const handover = {
      presidencies: {
        on: TODAY,
        current: { participant: { id: 'tha', name: 'Thailand' } },
        incoming: null,
      },
      roleTerms: {
        edges: [
          { node: { id: 'r1', role: 'CO_CHAIR', participant: { id: 'nor', name: 'Norway' } } },
          { node: { id: 'r2', role: 'CO_CHAIR', participant: { id: 'bel', name: 'Belgium' } } },
          { node: { id: 'r3', role: 'PRESIDENT', participant: { id: 'tha', name: 'Thailand' } } },
        ],
      },
    } as unknown as HandoverQuery;
    const holders = roleHolders(handover);
    expect(holders.get('CURRENT_PRESIDENCY')).toEqual([{ id: 'tha', name: 'Thailand' }]);
    expect(holders.get('CO_CHAIRS')).toEqual([
      { id: 'bel', name: 'Belgium' },
      { id: 'nor', name: 'Norway' },
    ]);
    expect(holders.has('INCOMING_PRESIDENCY')).toBe(false);
  });
});
