import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { StateOfPlayScreenQuery } from '../generated/graphql';
import { answer, coChair, mockClient, renderApp } from '../test/harness';

const counts = (supports: number, canLiveWith: number, objects: number) => ({
  supports,
  canLiveWith,
  objects,
  comments: 0,
});

const report: StateOfPlayScreenQuery = {
  process: {
    id: 'process-1',
    title: 'The road to the First Review Conference',
    dashboard: {
      milestones: [{ milestone: { id: 'm-5msp', title: 'Fifth Meeting of the States Parties' } }],
    },
    stateOfPlay: {
      asOf: '2003-09-14T16:59:59Z',
      milestone: {
        id: 'm-5msp',
        title: 'Fifth Meeting of the States Parties',
        startsAt: '2003-09-15T03:00:00Z',
        timeZone: 'Asia/Bangkok',
        venue: 'Bangkok',
      },
      daysToMilestone: 1,
      partiesOn: '2003-09-14',
      statesParties: 3,
      totalMatters: 1,
      openMatters: 1,
      openReadiness: 60,
      byStatus: [{ status: 'OPTIONS_DEVELOPING', count: 1 }],
      byHealth: [{ health: 'AT_RISK', count: 1 }],
      atRisk: [
        {
          id: 'matter-1',
          title: 'Dates and venue of the First Review Conference',
          health: {
            level: 'AT_RISK',
            reasons: [
              { code: 'LOW_READINESS_NEAR', message: 'Readiness is 60, below 80, 1 day before it starts.' },
            ],
          },
        },
      ],
      preparedFor: { person: 'Delegate of Norway', participant: 'Norway', clearance: 'CO_CHAIRS' },
      matters: [
        {
          matter: {
            id: 'matter-1',
            title: 'Dates and venue of the First Review Conference',
            status: 'OPTIONS_DEVELOPING',
            outcome: null,
            readiness: {
              score: 60,
              reasons: [{ code: 'NO_DRAFT_TEXT', message: 'No option has draft text yet.' }],
            },
            health: {
              level: 'AT_RISK',
              reasons: [
                { code: 'LOW_READINESS_NEAR', message: 'Readiness is 60, below 80, 1 day before it starts.' },
              ],
            },
            options: [
              { id: 'option-1', text: 'Nairobi, 29 November to 3 December 2004', stage: 'CONVERGING' },
            ],
            actions: [
              {
                id: 'action-1',
                title: 'Consult Kenya on hosting',
                status: 'IN_PROGRESS',
                due: '2003-09-10',
                ownerRole: 'CURRENT_PRESIDENCY',
                owner: null,
              },
            ],
            dependencies: [],
          },
          positions: counts(1, 0, 0),
          optionPositions: [{ option: { id: 'option-1' }, positions: counts(1, 1, 0) }],
          notYetHeard: [{ id: 'state-3', name: 'Côte d’Ivoire' }],
        },
      ],
    },
  },
};

describe('StateOfPlayScreen', () => {
  const show = async (path: string) => {
    const mock = mockClient((_, name) =>
      name === 'Me'
        ? answer({ data: coChair })
        : name === 'StateOfPlayScreen'
          ? answer({ data: report })
          : never,
    );
    renderApp(path, () => mock.client);
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    return mock;
  };

  it('asks for the milestone and the day in the address, and says for whom and as of when', async () => {
    const { calls } = await show('/state-of-play?milestone=m-5msp&asOf=2003-09-14');
    expect(calls('StateOfPlayScreen')[0]![0].variables).toEqual({
      milestoneId: 'm-5msp',
      asOf: '2003-09-14T16:59:59Z',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'State of playFifth Meeting of the States Parties',
    );
    expect(screen.getByText('Prepared for Delegate of Norway, Norway')).toBeInTheDocument();
    expect(screen.getByText('Shows what is open to: Co-Chairs.')).toBeInTheDocument();
    expect(screen.getByText('1 day to the meeting')).toBeInTheDocument();
  });

  it('links the PDF and the CSV files to the same milestone and day', async () => {
    await show('/state-of-play?milestone=m-5msp&asOf=2003-09-14');
    expect(screen.getByRole('link', { name: 'Download the PDF' })).toHaveAttribute(
      'href',
      '/reports/state-of-play.pdf?milestone=m-5msp&asOf=2003-09-14&lang=en',
    );
    expect(screen.getByRole('link', { name: 'Positions table (CSV)' })).toHaveAttribute(
      'href',
      '/exports/positions.csv?milestone=m-5msp&asOf=2003-09-14&lang=en',
    );
  });

  it('shows each matter with its options, positions, who has not been heard and its open actions', async () => {
    await show('/state-of-play?milestone=m-5msp&asOf=2003-09-14');
    const section = screen
      .getAllByRole('region', { name: 'Dates and venue of the First Review Conference' })
      .at(-1)!;
    expect(
      within(section).getByRole('cell', { name: 'Nairobi, 29 November to 3 December 2004' }),
    ).toBeInTheDocument();
    expect(within(section).getByText('Not yet heard (1)')).toBeInTheDocument();
    expect(section).toHaveTextContent('Côte d’Ivoire');
    expect(within(section).getByRole('cell', { name: 'The current Presidency' })).toBeInTheDocument();
    expect(section).toHaveTextContent('No option has draft text yet.');
  });
});
