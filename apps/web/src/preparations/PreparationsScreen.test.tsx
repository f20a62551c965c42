import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { HandoverQuery, PreparationActionsQuery } from '../generated/graphql';
import { answer, anonymous, coChair, mockClient, renderApp } from '../test/harness';
import { withLayout } from '../test/layout';
import type { PreparationAction } from './preparations';

const TOTAL = 1_200;
// Due one day apart from 1 August 2003: on the eve of the Fifth Meeting the first 44 are overdue.
const actions: PreparationAction[] = Array.from({ length: TOTAL }, (_, i) => ({
  id: `a${i}`,
  version: 1,
  title: `Action ${i + 1}`,
  status: i % 10 === 9 ? 'DONE' : 'TODO',
  due: new Date(Date.UTC(2003, 7, 1 + i)).toISOString().slice(0, 10),
  blocksDecision: false,
  ownerRole: i % 2 ? 'CURRENT_PRESIDENCY' : null,
  owner: i % 2 ? null : { id: 'p-ken', name: 'Kenya' },
  servesMatter: null,
  servesMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
}));

/** The API's pages of 500, cursor after cursor. */
function page(after: string | null): PreparationActionsQuery {
  const start = after ? Number(after) : 0;
  const slice = actions.slice(start, start + 500);
  const end = start + slice.length;
  return {
    process: {
      id: 'p-revcon1',
      actions: {
        totalCount: TOTAL,
        pageInfo: { hasNextPage: end < TOTAL, endCursor: String(end) },
        edges: slice.map((node) => ({ node })),
      },
    },
  };
}

const term = (id: string, name: string, startsOn: string, endsOn: string | null) => ({
  id,
  role: 'PRESIDENT' as const,
  body: 'Meeting of the States Parties',
  startsOn,
  endsOn,
  personName: null,
  participant: { id: `p-${id}`, name },
  milestone: null,
});

const handover: HandoverQuery = {
  presidencies: {
    on: '2003-09-14',
    current: term('tha', 'Thailand', '2003-09-15', '2004-11-28'),
    incoming: term('ken', 'Kenya', '2004-11-29', null),
  },
  roleTerms: { edges: [] },
};

const show = (me = coChair) => {
  const mock = mockClient((request, name) => {
    if (name === 'Me') return answer({ data: me });
    if (name === 'PreparationActions')
      return answer({ data: page((request.variables as { after: string | null }).after) });
    if (name === 'Handover') return answer({ data: handover });
    return never;
  });
  renderApp('/preparations?asOf=2003-09-14', () => mock.client);
  return mock;
};

describe('PreparationsScreen', () => {
  beforeEach(() => withLayout({ viewport: 600, row: 60 }));

  it('reads every page of actions and lists 1,200 of them smoothly, overdue first', async () => {
    const { calls } = show();
    const table = await screen.findByRole('table', { name: 'Actions, in the order chosen' });
    await waitFor(() => expect(calls('PreparationActions')).toHaveLength(3));
    expect(calls('PreparationActions').map(([request]) => request.variables)).toEqual([
      { asOf: '2003-09-14T16:59:59Z', first: 500, after: null },
      { asOf: '2003-09-14T16:59:59Z', first: 500, after: '500' },
      { asOf: '2003-09-14T16:59:59Z', first: 500, after: '1000' },
    ]);
    // Not done: 1,080 of 1,200; the first row is the one longest overdue.
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(1_080 + 1)));
    expect(screen.getByText('1,080 actions shown; 40 overdue in all.')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeLessThan(40);
    expect(rows[1]).toHaveTextContent('Action 1');
    expect(rows[1]).toHaveTextContent('44 days overdue');
    expect(rows[1]).toHaveTextContent('Kenya');
    expect(rows[2]).toHaveTextContent('The current Presidency (Thailand)');
  });

  it('shows the handover between the current and incoming Presidencies', async () => {
    show();
    const panel = await screen.findByRole('region', { name: 'Handover between Presidencies' });
    expect(panel).toHaveTextContent('Thailand hands over to Kenya on 28 Nov 2004.');
    expect(within(panel).getByText('Current Presidency').parentElement).toHaveTextContent('Thailand');
  });

  it('keeps one owner’s actions, and everything once done ones are asked for', async () => {
    show();
    const table = await screen.findByRole('table', { name: 'Actions, in the order chosen' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '1081'));
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'participant:p-ken' } });
    expect(table).toHaveAttribute('aria-rowcount', String(600 + 1));
    fireEvent.click(screen.getByLabelText('Not done only'));
    expect(table).toHaveAttribute('aria-rowcount', String(600 + 1)); // Kenya's are all even: none done
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: '' } });
    expect(table).toHaveAttribute('aria-rowcount', String(TOTAL + 1));
    // Each body once: Thailand holds the current Presidency that owns the other actions, and filtering by it
    // keeps them.
    const choices = within(screen.getByLabelText('Owner')).getAllByRole('option');
    expect(choices.map((option) => option.textContent)).toEqual([
      'Anyone',
      'Kenya',
      'Thailand — The current Presidency',
    ]);
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'participant:p-tha' } });
    expect(table).toHaveAttribute('aria-rowcount', String(TOTAL - 600 + 1));
  });

  it('asks a visitor to sign in, and asks the API nothing', async () => {
    const { calls } = show(anonymous);
    expect(await screen.findByText('The preparations are shown to those signed in.')).toBeInTheDocument();
    expect(calls('PreparationActions')).toHaveLength(0);
  });
});
