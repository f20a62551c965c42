import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import { overviewData } from '../test/fixtures';
import { answer, anonymous, mockClient, type Responder, renderApp } from '../test/harness';

// The chart panel waits until it comes near the screen; here it is always near.
class NearObserver {
  constructor(private readonly report: IntersectionObserverCallback) {}
  observe() {
    this.report(
      [{ isIntersecting: true } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
  disconnect() {}
}

const show = (respond: Responder) => {
  const mock = mockClient((request, name) =>
    name === 'Me' ? answer({ data: anonymous }) : respond(request, name),
  );
  renderApp('/?asOf=2003-09-14', () => mock.client);
  return mock;
};

describe('OverviewScreen', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', NearObserver));

  it('asks for the overview as of the end of the chosen day, and shows loading meanwhile', async () => {
    const { calls } = show(() => never);
    expect(await screen.findByText('Loading the preparatory process…')).toHaveAttribute('role', 'status');
    expect(calls('OverviewScreen')[0]![0].variables).toEqual({ asOf: '2003-09-14T16:59:59Z' });
  });

  it('says a process has ended and offers to replay it as of the eve of its deciding meeting', async () => {
    const ended = overviewData([]);
    ended.process.ended = true;
    const mock = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: anonymous });
      return name === 'OverviewScreen' ? answer({ data: ended }) : never;
    });
    renderApp('/?process=p-revcon1', () => mock.client);
    const notice = await screen.findByRole('region', {
      name: 'Preparatory process for the First Review Conference has ended',
    });
    const replay = within(notice).getByRole('link', { name: 'replay as of 14 Sept 2003, the eve' });
    expect(replay).toHaveAttribute('href', '/?process=p-revcon1&asOf=2003-09-14');
    expect(notice).toHaveTextContent('before Fifth Meeting of the States Parties took its decisions');
    expect(mock.calls('OverviewScreen')[0]![0].variables).toMatchObject({ processId: 'p-revcon1' });
    fireEvent.click(replay);
    await waitFor(() => expect(screen.queryByRole('region', { name: /has ended/ })).toBeNull());
  });

  it('shows the countdowns, the counts and the matters still open, those needing attention first', async () => {
    show((_, name) => (name === 'OverviewScreen' ? answer({ data: overviewData() }) : never));
    const summary = await screen.findByRole('region', { name: 'Summary as of 14 Sept 2003' });
    const tile = (label: string) => within(summary).getByText(label).closest('.tile') as HTMLElement;
    expect(tile('Next milestone')).toHaveTextContent('tomorrow');
    expect(tile('Next milestone')).toHaveTextContent('15 Sept 2003, 10:00 (Asia/Bangkok)');
    expect(tile('Decision deadline')).toHaveTextContent('in 5 days');
    expect(tile('Matters still open')).toHaveTextContent('3of 10 matters');
    // The headline counts the matters still open; decided ones are in the figure beside it.
    expect(tile('Readiness of open matters')).toHaveTextContent(
      '79%Mean of the 3 matters still open. All matters, decided ones included: 82%',
    );
    expect(
      within(tile('Open matters by health'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓On track1', '▲At risk2', '✕Off track0']);
    expect(within(tile('Matters by status')).getByText('Decided').nextSibling).toHaveTextContent('7');

    const table = screen.getByRole('table', { name: /Matters still open as of 14 Sept 2003/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Cost estimates for the First Review Conference',
      'Provisional agenda of the Review Conference',
      'President of the First Review Conference',
    ]);
    expect(rows[0]).toHaveTextContent('Options being developed');
    expect(rows[0]).toHaveTextContent('60%');
    expect(rows[0]).toHaveTextContent('▲At risk');
    expect(within(rows[0]!).getByText('▲')).toHaveAttribute('aria-hidden', 'true');
    expect(within(rows[0]!).getByText('3 reasons')).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('No reasons given');
  });

  it('reads the readiness series in one request of twelve points, and describes the trend in words', async () => {
    // The API's points: evenly spaced from `from` to `to`.
    const series = ({ from, to, points }: { from: string; to: string; points: number }) => ({
      process: {
        id: 'p-revcon1',
        readinessSeries: Array.from({ length: points }, (_, i) => ({
          asOf: new Date(
            Date.parse(from) + Math.round((i * (Date.parse(to) - Date.parse(from))) / (points - 1)),
          ).toISOString(),
          readiness: 40 + i * 3,
          milestones: [{ milestone: { id: 'm-5msp' }, readiness: 30 + i * 4 }],
        })),
      },
    });
    const { calls } = show((request, name) => {
      if (name === 'OverviewScreen') return answer({ data: overviewData() });
      if (name === 'ReadinessSeries')
        return answer({ data: series(request.variables as { from: string; to: string; points: number }) });
      return never;
    });
    const panel = await screen.findByRole('region', { name: 'Readiness over time' });
    await waitFor(() => expect(calls('ReadinessSeries')).toHaveLength(1));
    expect(calls('ReadinessSeries')[0]![0].variables).toMatchObject({
      from: '2001-09-18T16:00:00.000Z',
      to: '2003-09-14T23:59:59.000Z',
      points: 12,
    });
    expect(await within(panel).findByText(/Overall readiness is 73%\./)).toBeInTheDocument();
    expect(panel).toHaveTextContent(
      'If the recent trend of the matters due at 5MSP continues, they will be 74% ready',
    );
    const figures = within(panel).getByRole('table', { name: 'Readiness at each date of the chart' });
    expect(within(figures).getAllByRole('row')).toHaveLength(1 + 12 + 1);
  });

  it('tells a returning visitor what changed in the matters since their last visit', async () => {
    localStorage.setItem('prepcom.lastVisit.public', '2026-11-01T09:00:00.000Z');
    sessionStorage.clear();
    const mock = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: anonymous });
      if (name === 'OverviewScreen') return answer({ data: overviewData() });
      if (name === 'WhatChanged')
        return answer({
          data: {
            process: {
              id: 'p-revcon1',
              changesSince: [
                {
                  matterId: 'mt-costs',
                  title: 'Cost estimates for the First Review Conference',
                  created: false,
                  statusFrom: 'OPTIONS_DEVELOPING',
                  statusTo: 'READY_FOR_DECISION',
                  readinessFrom: 60,
                  readinessTo: 80,
                  healthFrom: 'AT_RISK',
                  healthTo: 'AT_RISK',
                  views: 0,
                  options: 0,
                  actions: 0,
                  edited: false,
                },
              ],
            },
          },
        });
      return never;
    });
    renderApp('/', () => mock.client);
    const panel = await screen.findByRole('region', {
      name: /^What changed since your last visit \(1 Nov 2026/,
    });
    expect(mock.calls('WhatChanged')[0]![0].variables).toEqual({
      processId: undefined,
      since: '2026-11-01T09:00:00.000Z',
    });
    const matter = await within(panel).findByRole('link', {
      name: 'Cost estimates for the First Review Conference',
    });
    expect(matter.closest('li')).toHaveTextContent('Status: Options being developed → Ready for decision');
    expect(matter.closest('li')).toHaveTextContent('Readiness: 60% → 80%');
    expect(localStorage.getItem('prepcom.lastVisit.public')).not.toBe('2026-11-01T09:00:00.000Z');
  });

  it('says so when no matter is open, and keeps the rest of the screen', async () => {
    show((_, name) => (name === 'OverviewScreen' ? answer({ data: overviewData([]) }) : never));
    expect(await screen.findByText('No matter is open as of 14 Sept 2003.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Matters still open/ })).not.toBeInTheDocument();
    expect(screen.getByText('Readiness of open matters').closest('.tile')).toHaveTextContent(
      '—No matter is still open. All matters, decided ones included: 82%',
    );
  });

  it('shows the server’s error and asks again on request', async () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('No preparatory process is configured')],
    });
    const { calls } = show((_, name) => (name === 'OverviewScreen' ? answer({ error }) : never));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This could not be loaded');
    expect(alert).toHaveTextContent('No preparatory process is configured');
    const before = calls('OverviewScreen').length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(calls('OverviewScreen').length).toBeGreaterThan(before);
    expect(calls('OverviewScreen').at(-1)![1]).toMatchObject({ requestPolicy: 'network-only' });
  });
});
