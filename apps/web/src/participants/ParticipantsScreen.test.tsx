import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { ParticipantsQuery, RoleTermsListQuery } from '../generated/graphql';
import { answer, anonymous, mockClient, renderApp } from '../test/harness';
import { withLayout } from '../test/layout';
import type { ParticipantRow } from './ParticipantsScreen';

// A secretariat hosting many processes: 1,100 States, 60 of them not parties, and 140 organisations.
const states: ParticipantRow[] = Array.from({ length: 1_100 }, (_, i) => ({
  id: `s${i}`,
  name: `State ${String(i + 1).padStart(4, '0')}`,
  kind: 'STATE',
  iso3: `S${String(i).padStart(2, '0')}`.slice(0, 3),
  becamePartyOn: i < 1_040 ? '1999-03-01' : null,
  organisationType: null,
  regionalGroup: 'WEOG',
  isParty: i < 1_040,
}));
const organisations: ParticipantRow[] = Array.from({ length: 140 }, (_, i) => ({
  id: `o${i}`,
  name: `Organisation ${i + 1}`,
  kind: 'ORGANISATION',
  iso3: null,
  becamePartyOn: null,
  organisationType: 'NON_GOVERNMENTAL',
  regionalGroup: null,
  isParty: false,
}));
const everyone = [...states, ...organisations];

function page(after: string | null): ParticipantsQuery {
  const start = after ? Number(after) : 0;
  const slice = everyone.slice(start, start + 500);
  return {
    participants: {
      totalCount: everyone.length,
      pageInfo: { hasNextPage: start + 500 < everyone.length, endCursor: String(start + slice.length) },
      edges: slice.map((node) => ({ node })),
    },
  };
}

const terms: RoleTermsListQuery = {
  roleTerms: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: 't1',
          role: 'CO_CHAIR',
          body: 'Standing Committee on the General Status and Operation of the Convention',
          startsOn: '2002-09-20',
          endsOn: '2003-09-19',
          personName: null,
          participant: { id: 'p-nor', name: 'Norway' },
          milestone: null,
        },
      },
      {
        node: {
          id: 't2',
          role: 'PRESIDENT',
          body: 'Fifth Meeting of the States Parties',
          startsOn: '2003-09-15',
          endsOn: '2004-11-28',
          personName: 'Dr Surakiart Sathirathai',
          participant: { id: 'p-tha', name: 'Thailand' },
          milestone: { id: 'm-5msp', shortTitle: '5MSP' },
        },
      },
    ],
  },
};

describe('ParticipantsScreen', () => {
  beforeEach(() => withLayout({ viewport: 500, row: 40 }));

  it('lists 1,240 participants smoothly, by group, with the day each State joined', async () => {
    const { calls } = (() => {
      const mock = mockClient((request, name) => {
        if (name === 'Me') return answer({ data: anonymous });
        if (name === 'Participants')
          return answer({ data: page((request.variables as { after: string | null }).after) });
        if (name === 'RoleTermsList') return answer({ data: terms });
        return never;
      });
      renderApp('/participants?asOf=2003-09-14', () => mock.client);
      return mock;
    })();
    const table = await screen.findByRole('table', { name: 'Participants, by name' });
    await waitFor(() => expect(calls('Participants')).toHaveLength(3));
    expect(calls('Participants')[0]![0].variables).toEqual({ on: '2003-09-14', first: 500, after: null });
    // The role terms as known that day: none decided later.
    expect(calls('RoleTermsList')[0]![0].variables).toMatchObject({ knownOn: '2003-09-14' });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', String(1_040 + 1)));
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('State 0001State Party1 Mar 1999');
    expect(screen.getByLabelText(/States not party/)).toBeInTheDocument();

    fireEvent.click(screen.getByLabelText(/Organisations/));
    expect(table).toHaveAttribute('aria-rowcount', String(140 + 1));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'Organisation 1Non-governmental organisation',
    );

    fireEvent.click(screen.getByLabelText(/Everyone/));
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'state 110' } });
    expect(table).toHaveAttribute('aria-rowcount', String(1 + 1));
    expect(screen.getByText('1 shown')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Find'), { target: { value: 'Atlantis' } });
    expect(await screen.findByText('Nothing matches “Atlantis”.')).toBeInTheDocument();

    const roles = screen.getByRole('region', { name: 'Who holds which role when' });
    const president = within(roles).getByRole('row', { name: /President/ });
    expect(president).toHaveTextContent(
      'PresidentThailandDr Surakiart Sathirathai15 Sept 2003 to 28 Nov 2004',
    );
    expect(within(roles).getByRole('row', { name: /Co-Chair/ })).toHaveTextContent(
      'Co-ChairOn this dayNorway20 Sept 2002 to 19 Sept 2003',
    );
  });
});
