import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import type { MeQuery, MyWorkQuery } from '../generated/graphql';
import { overviewData } from '../test/fixtures';
import { answer, mockClient, renderApp, grantedTo } from '../test/harness';

const kenya: MeQuery = {
  me: {
    account: { id: 'a-ken', displayName: 'Delegate of Kenya', email: 'kenya@prepcom.local' },
    participant: { id: 'p-ken', name: 'Kenya' },
    capacities: ['STATE_PARTY'],
    clearance: 'STATES_PARTIES',
    permissions: grantedTo(['STATE_PARTY']),
  },
};

const matter = (id: string, title: string, views: { participant: string; option?: string }[]) => ({
  id,
  title,
  decidingMilestone: { id: 'm-5msp', shortTitle: '5MSP' },
  views: views.map((view, index) => ({
    id: `${id}-v${index}`,
    participant: { id: view.participant },
    option: view.option ? { id: view.option } : null,
  })),
});

const work: MyWorkQuery = {
  process: {
    id: 'p-revcon1',
    matters: {
      edges: [
        matter('mt-venue', 'Dates and venue', [{ participant: 'p-ken' }]),
        // Kenya spoke on one option only: the matter as a whole still awaits its view.
        matter('mt-costs', 'Costs of the preparatory meetings', [{ participant: 'p-ken', option: 'o-1' }]),
        matter('mt-rules', 'Rules of procedure', [{ participant: 'p-nor' }]),
      ].map((node) => ({ node })),
    },
    actions: {
      edges: [
        {
          id: 'a-2',
          title: 'Circulate the draft',
          due: '2026-12-20',
          owner: { id: 'p-ken' },
          servesMatter: null,
        },
        { id: 'a-3', title: 'Norway’s own', due: '2026-12-01', owner: { id: 'p-nor' }, servesMatter: null },
        {
          id: 'a-1',
          title: 'Confirm the offer to host',
          due: '2026-12-10',
          owner: { id: 'p-ken' },
          servesMatter: { id: 'mt-venue', title: 'Dates and venue' },
        },
      ].map((node) => ({ node })),
    },
  },
};

describe('what waits on a delegate', () => {
  beforeEach(() =>
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    ),
  );

  it('lists the open matters awaiting their State’s view and its actions not done, soonest first', async () => {
    const mock = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: kenya });
      if (name === 'OverviewScreen') return answer({ data: overviewData() });
      if (name === 'MyWork') return answer({ data: work });
      return never;
    });
    renderApp('/', () => mock.client);
    const panel = await screen.findByRole('region', { name: 'Waiting on Kenya' });
    expect(within(panel).getByText('2 open matters await its view')).toBeInTheDocument();
    expect(
      within(panel)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Costs of the preparatory meetings', 'Rules of procedure', 'Confirm the offer to host']);
    expect(within(panel).getByText('2 of its actions are not done')).toBeInTheDocument();
    expect(panel).toHaveTextContent(
      /Confirm the offer to host due 10 Dec 2026.*Circulate the draft due 20 Dec 2026/,
    );
  });
});
