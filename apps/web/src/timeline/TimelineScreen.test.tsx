import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { type ReactNode } from 'react';
import {
  type Client,
  CombinedError,
  type GraphQLRequest,
  type OperationContext,
  type OperationResult,
  Provider,
} from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { concat, fromValue, never, type Source } from 'wonka';
import { TimelineScreenDocument } from '../generated/graphql';
import { timelineData } from '../test/timelineFixture';
import { TimelineScreen } from './TimelineScreen';

type Answer = Partial<OperationResult>;

/**
 * A result the way urql's Client delivers it: one value, then the query stays subscribed (for cache updates).
 * A source that completes would make useQuery drop the error, which a real client never does.
 */
const answer = (result: Answer): Source<Answer> => concat([fromValue(result), never]);

/** A Provider value whose executeQuery answers every request through `respond`, recording the requests. */
function mockClient(respond: (request: GraphQLRequest) => Source<Answer>) {
  const executeQuery = vi.fn((request: GraphQLRequest, _context?: Partial<OperationContext>) =>
    respond(request),
  );
  const client = { executeQuery, suspense: false } as unknown as Client;
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={client}>{children}</Provider>;
  return { executeQuery, wrapper };
}

const lastVariables = (executeQuery: ReturnType<typeof mockClient>['executeQuery']) =>
  executeQuery.mock.lastCall?.[0].variables;

function renderScreen(respond: (request: GraphQLRequest) => Source<Answer>, initialDate = '2003-09-14') {
  const mock = mockClient(respond);
  render(<TimelineScreen initialDate={initialDate} />, { wrapper: mock.wrapper });
  return mock;
}

describe('TimelineScreen', () => {
  it('asks for the TimelineScreen operation as of the end of the initial day', () => {
    const { executeQuery } = renderScreen(() => never);
    expect(executeQuery).toHaveBeenCalled();
    expect(executeQuery.mock.lastCall?.[0].query).toBe(TimelineScreenDocument);
    expect(lastVariables(executeQuery)).toEqual({ asOf: '2003-09-14T23:59:59Z' });
  });

  it('takes the as-of day from the address, and writes the chosen day back to it', () => {
    window.history.replaceState(null, '', '/?asOf=2003-09-20');
    try {
      const { executeQuery, wrapper } = mockClient(() => never);
      render(<TimelineScreen />, { wrapper });
      expect(lastVariables(executeQuery)).toEqual({ asOf: '2003-09-20T23:59:59Z' });
      fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2002-06-27' } });
      expect(new URLSearchParams(window.location.search).get('asOf')).toBe('2002-06-27');
      expect(lastVariables(executeQuery)).toEqual({ asOf: '2002-06-27T23:59:59Z' });
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('ignores an as-of address parameter that is not a real day', () => {
    window.history.replaceState(null, '', '/?asOf=2003-02-30');
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2003, 2, 1, 12, 0));
      const { executeQuery, wrapper } = mockClient(() => never);
      render(<TimelineScreen />, { wrapper });
      expect(lastVariables(executeQuery)).toEqual({ asOf: '2003-03-01T23:59:59Z' });
    } finally {
      vi.useRealTimers();
      window.history.replaceState(null, '', '/');
    }
  });

  it('defaults the as-of date to today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2003, 2, 1, 12, 0)); // local noon, whatever the machine's zone
      const { executeQuery, wrapper } = mockClient(() => never);
      render(<TimelineScreen />, { wrapper });
      expect(screen.getByLabelText('As of')).toHaveValue('2003-03-01');
      expect(lastVariables(executeQuery)).toEqual({ asOf: '2003-03-01T23:59:59Z' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a loading state while the query is in flight', () => {
    renderScreen(() => never);
    const status = screen.getByText('Loading the preparatory process…');
    expect(status).toHaveAttribute('role', 'status');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Preparatory process');
    expect(screen.getByLabelText('As of')).toBeEnabled();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the GraphQL error message, and retries on request', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('No preparatory process is configured')],
    });
    const { executeQuery } = renderScreen(() => answer({ error }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The dashboard could not be loaded');
    expect(alert).toHaveTextContent('No preparatory process is configured');
    expect(alert).not.toHaveTextContent('[GraphQL]');
    expect(screen.queryByText('Loading the preparatory process…')).not.toBeInTheDocument();

    const calls = executeQuery.mock.calls.length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(executeQuery.mock.calls.length).toBeGreaterThan(calls);
    expect(executeQuery.mock.lastCall?.[1]).toMatchObject({ requestPolicy: 'network-only' });
  });

  it('shows a network error message', () => {
    const error = new CombinedError({ networkError: new Error('Failed to fetch') });
    renderScreen(() => answer({ error }));
    expect(screen.getByRole('alert')).toHaveTextContent('Failed to fetch');
  });

  it('says so when no matter is open', () => {
    renderScreen(() => answer({ data: timelineData({ matters: [] }) }));
    expect(screen.getByText('No open matters as of 14 Sep 2003.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // The rest of the screen is still there.
    const timeline = screen.getByRole('region', { name: 'Milestones' });
    expect(within(within(timeline).getByRole('list')).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByText('Overall readiness').closest('.tile')).toHaveTextContent('—');
  });

  describe('with data', () => {
    const show = () => renderScreen(() => answer({ data: timelineData() }));

    it('shows the process and the summary tiles', () => {
      show();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Preparations for the First Review Conference',
      );
      expect(screen.getByText('Towards First Review Conference, Nairobi 2004')).toBeInTheDocument();

      const summary = screen.getByRole('region', { name: 'Summary as of 14 Sep 2003' });
      const tile = (label: string) => within(summary).getByText(label).closest('.tile') as HTMLElement;
      expect(tile('Open matters')).toHaveTextContent('3');
      expect(tile('Overall readiness')).toHaveTextContent('43%');
      expect(tile('Next milestone')).toHaveTextContent('1 day');
      expect(tile('Next milestone')).toHaveTextContent('Fifth Meeting of the States Parties');
      expect(tile('Decision deadline')).toHaveTextContent('15 Sep 2003, 10:00');
      const byHealth = within(tile('Open matters by health')).getAllByRole('listitem');
      expect(byHealth.map((li) => li.textContent)).toEqual(['✓On track1', '▲At risk1', '✕Off track0']);
    });

    it('lists the milestones in date order, in local time, marking the past ones', () => {
      show();
      const timeline = screen.getByRole('region', { name: 'Milestones' });
      const items = within(within(timeline).getByRole('list')).getAllByRole('listitem');
      expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
        'Informal dialogue on the preparations for the First Review Conference',
        'Intersessional Standing Committees',
        'Fifth Meeting of the States Parties',
        'First Review Conference (Nairobi Summit on a Mine-Free World)',
      ]);

      const [dialogue, committees, fifth, revcon] = items as [
        HTMLElement,
        HTMLElement,
        HTMLElement,
        HTMLElement,
      ];
      expect(dialogue).toHaveTextContent('27 Jun 2002, 15:00–18:00 (Europe/Zurich)');
      expect(dialogue).toHaveTextContent('Informal dialogue');
      expect(dialogue).toHaveTextContent('Geneva International Centre for Humanitarian Demining, Room VII');
      expect(dialogue).toHaveTextContent('Held');
      expect(within(dialogue).getByText('Past')).toBeInTheDocument();
      expect(dialogue).toHaveClass('milestone--past');
      expect(committees).toHaveClass('milestone--past');
      expect(committees).toHaveTextContent('3 Feb 2003, 09:00 – 7 Feb 2003, 18:00 (Europe/Zurich)');

      expect(fifth).not.toHaveClass('milestone--past');
      expect(within(fifth).queryByText('Past')).not.toBeInTheDocument();
      expect(within(fifth).getByText('Next')).toBeInTheDocument();
      expect(fifth).toHaveAttribute('aria-current', 'step');
      expect(fifth).toHaveTextContent('15 Sep 2003, 10:00 – 19 Sep 2003, 18:00 (Asia/Bangkok)');
      expect(fifth).toHaveTextContent('Meeting of the States Parties');
      expect(revcon).toHaveTextContent('29 Nov 2004, 10:00 – 3 Dec 2004, 18:00 (Africa/Nairobi)');
      expect(revcon).toHaveTextContent('Planned');
    });

    it('shows the open matters with status, readiness number, health in words and reasons', () => {
      show();
      const table = screen.getByRole('table', { name: 'Matters still open as of 14 Sep 2003' });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows).toHaveLength(3);

      const venue = within(table).getByRole('rowheader', {
        name: 'Venue and dates of the First Review Conference',
      }).parentElement as HTMLElement;
      expect(venue).toHaveTextContent('Options being developed');
      expect(venue).toHaveTextContent('5MSP');
      expect(venue).toHaveTextContent('40%');
      expect(venue).toHaveTextContent('At risk');
      expect(within(venue).getByText('▲')).toHaveAttribute('aria-hidden', 'true');
      const details = venue.querySelector('details') as HTMLDetailsElement;
      expect(within(details).getByText('3 reasons')).toBeInTheDocument();
      expect(details).toHaveTextContent('Two offers to host are on the table.');
      expect(details).toHaveTextContent('No option has converged yet.');
      expect(details).toHaveTextContent('The deciding meeting opens tomorrow.');

      const [, president, budget] = rows as [HTMLElement, HTMLElement, HTMLElement];
      expect(president).toHaveTextContent('Ready for decision');
      expect(president).toHaveTextContent('85%');
      expect(president).toHaveTextContent('On track');
      expect(president).toHaveTextContent('1 reason');
      expect(budget).toHaveTextContent('Identified');
      expect(budget).toHaveTextContent('5%');
      expect(budget).toHaveTextContent('Not assessed');
      expect(budget).toHaveTextContent('No reasons given');
      expect(budget.querySelector('details')).toBeNull();
    });
  });

  it('re-runs the query when the as-of date changes', () => {
    const { executeQuery } = renderScreen((request) =>
      answer({ data: timelineData({ asOf: String(request.variables?.asOf) }) }),
    );
    const input = screen.getByLabelText('As of');
    expect(input).toHaveValue('2003-09-14');

    fireEvent.change(input, { target: { value: '2002-12-31' } });
    expect(input).toHaveValue('2002-12-31');
    expect(lastVariables(executeQuery)).toEqual({ asOf: '2002-12-31T23:59:59Z' });
    expect(screen.getByRole('table', { name: 'Matters still open as of 31 Dec 2002' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /Eve of the Fifth Meeting/ }));
    expect(input).toHaveValue('2003-09-14');
    expect(lastVariables(executeQuery)).toEqual({ asOf: '2003-09-14T23:59:59Z' });
  });

  it('keeps the previous data on screen, marked as updating, while a new date loads', () => {
    const { executeQuery } = renderScreen((request) =>
      request.variables?.asOf === '2003-09-14T23:59:59Z' ? answer({ data: timelineData() }) : never,
    );
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2004-01-31' } });
    expect(lastVariables(executeQuery)).toEqual({ asOf: '2004-01-31T23:59:59Z' });
    expect(screen.getByText('Updating…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Preparations for the First Review Conference',
    );
    expect(screen.queryByText('Loading the preparatory process…')).not.toBeInTheDocument();
  });

  it('ignores a cleared date instead of querying with it', () => {
    const { executeQuery } = renderScreen(() => never);
    const calls = executeQuery.mock.calls.length;
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '' } });
    expect(executeQuery.mock.calls.length).toBe(calls);
    expect(lastVariables(executeQuery)).toEqual({ asOf: '2003-09-14T23:59:59Z' });
  });
});
