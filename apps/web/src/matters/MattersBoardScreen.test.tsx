import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { boardData, boardMatters } from '../test/fixtures';
import {
  answer,
  anonymous,
  clientOverFakeServer,
  coChair,
  mockClient,
  type Responder,
  renderApp,
} from '../test/harness';
import type { MeQuery } from '../generated/graphql';

const show = async (path: string, me: MeQuery, respond: Responder = () => never) => {
  const mock = mockClient((request, name) => {
    if (name === 'Me') return answer({ data: me });
    if (name === 'MattersBoard') return answer({ data: boardData() });
    return respond(request, name);
  });
  const app = renderApp(path, () => mock.client);
  await screen.findByRole('heading', { name: 'Dates and venue of the First Review Conference' });
  return { ...mock, ...app };
};

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name} \\d`) });
const card = (title: string) => screen.getByRole('article', { name: title });

describe('MattersBoardScreen', () => {
  it('puts each matter in the column of its status, with readiness, health in words and its audience', async () => {
    await show('/matters', anonymous);
    expect(within(column('Options being developed')).getByRole('article')).toHaveAccessibleName(
      'Dates and venue of the First Review Conference',
    );
    expect(within(column('Identified')).getByText('Sponsorship programme')).toBeInTheDocument();
    expect(
      within(column('Decided')).getByText('President of the First Review Conference'),
    ).toBeInTheDocument();
    expect(within(column('Deferred')).getByText('None')).toBeInTheDocument();
    const sponsorship = card('Sponsorship programme');
    expect(sponsorship).toHaveTextContent('20%');
    expect(sponsorship).toHaveTextContent('✕Off track');
    expect(sponsorship).toHaveTextContent('Seen byStates Parties');
    expect(card('Dates and venue of the First Review Conference')).not.toHaveTextContent('Seen by');
  });

  it('offers no moves to a visitor, and says how to get them', async () => {
    await show('/matters', anonymous);
    expect(screen.queryByRole('button', { name: 'Move' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Co-Chairs and the support unit move matters after signing in/),
    ).toBeInTheDocument();
  });

  it('offers a Co-Chair the moves the workflow allows next, today only', async () => {
    await show('/matters', coChair);
    const venue = card('Dates and venue of the First Review Conference');
    const options = within(within(venue).getByLabelText('Move to')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Ready for decision', 'Deferred', 'Withdrawn']);
    expect(within(card('President of the First Review Conference')).queryByLabelText('Move to')).toBeNull();
  });

  it('offers no moves on a past day', async () => {
    await show('/matters?asOf=2003-09-14', coChair);
    expect(screen.queryByLabelText('Move to')).not.toBeInTheDocument();
    expect(
      screen.getByText('You are looking at a past day: moves can only be made today.'),
    ).toBeInTheDocument();
  });

  it('asks twice before a final move, and sends nothing until then', async () => {
    const { calls } = await show('/matters', coChair);
    const venue = card('Dates and venue of the First Review Conference');
    fireEvent.change(within(venue).getByLabelText('Move to'), { target: { value: 'WITHDRAWN' } });
    fireEvent.click(within(venue).getByRole('button', { name: 'Move' }));
    const asked = await within(venue).findByRole('alert');
    expect(asked).toHaveTextContent('Withdrawing “Dates and venue of the First Review Conference” is final');
    expect(calls('MoveMatter')).toHaveLength(0);
    fireEvent.click(within(asked).getByRole('button', { name: 'Not yet' }));
    expect(within(venue).queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.click(within(venue).getByRole('button', { name: 'Move' }));
    fireEvent.click(await within(venue).findByRole('button', { name: 'Yes, withdraw it' }));
    await waitFor(() => expect(calls('MoveMatter')).toHaveLength(1));
    expect(calls('MoveMatter')[0]![0].variables).toMatchObject({ input: { to: 'WITHDRAWN' } });
  });

  it('sends the move with the version seen, and explains a refusal next to the control', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Matter cannot move: …', {
          extensions: {
            code: 'TRANSITION_REFUSED',
            field: 'options',
            guards: [
              {
                guard: 'DRAFT_TEXT_REQUIRED',
                field: 'options',
                message:
                  'An option must reach the draft-text stage before the matter can be ready for decision.',
              },
            ],
          },
        }),
      ],
    });
    const { calls } = await show('/matters', coChair, (_, name) =>
      name === 'MoveMatter' ? answer({ error: refusal }) : never,
    );
    const venue = card('Dates and venue of the First Review Conference');
    fireEvent.click(within(venue).getByRole('button', { name: 'Move' }));
    const problem = await within(venue).findByRole('alert');
    expect(problem).toHaveTextContent('An option must reach the draft-text stage');
    expect(within(venue).getByLabelText('Move to')).toHaveAttribute('aria-describedby', problem.id);
    expect(within(venue).getByLabelText('Move to')).toHaveAttribute('aria-invalid', 'true');
    // The focus moves in an effect, a moment after what it follows is shown.
    await waitFor(() => expect(within(venue).getByLabelText('Move to')).toHaveFocus());
    expect(calls('MoveMatter')[0]![0].variables).toEqual({
      input: { matterId: 'mt-venue', to: 'READY_FOR_DECISION', expectedVersion: 4 },
    });
    expect(calls('MoveMatter')[0]![1]).toMatchObject({
      additionalTypenames: ['Dashboard', 'Milestone', 'Process'],
    });
  });

  it('asks what each move needs: why for a withdrawal, a later milestone for a deferral', async () => {
    await show('/matters', coChair);
    const venue = card('Dates and venue of the First Review Conference');
    fireEvent.change(within(venue).getByLabelText('Move to'), { target: { value: 'WITHDRAWN' } });
    expect(within(venue).getByLabelText('Why it is withdrawn')).toBeInTheDocument();
    fireEvent.change(within(venue).getByLabelText('Move to'), { target: { value: 'DEFERRED' } });
    const target = within(venue).getByLabelText('Defer to');
    expect(
      within(target)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a later milestone', '1st Preparatory Meeting']);
  });

  it('announces a move, refreshes the board and follows the matter to its new column', async () => {
    let moved = false;
    const typed = (data: ReturnType<typeof boardData>) => ({
      process: {
        ...data.process,
        __typename: 'Process',
        matters: {
          ...data.process.matters,
          edges: data.process.matters.edges.map((edge) => ({ node: { ...edge.node, __typename: 'Matter' } })),
        },
      },
    });
    const { client, requests } = clientOverFakeServer((name) => {
      if (name === 'Me') return { me: { ...coChair.me, __typename: 'Me' } };
      if (name === 'MattersBoard') {
        const matters = boardMatters.map((m) =>
          moved && m.id === 'mt-venue'
            ? { ...m, status: 'READY_FOR_DECISION' as const, version: 5, allowedMoves: [] }
            : m,
        );
        return typed(boardData(matters));
      }
      if (name === 'MoveMatter') {
        moved = true;
        return {
          moveMatter: {
            __typename: 'Matter',
            id: 'mt-venue',
            title: 'Dates and venue of the First Review Conference',
            status: 'READY_FOR_DECISION',
            version: 5,
            allowedMoves: [],
            readiness: { score: 60 },
            health: { level: 'AT_RISK' },
          },
        };
      }
      return null;
    });
    renderApp('/matters', () => client);
    const venue = await screen.findByRole('article', {
      name: 'Dates and venue of the First Review Conference',
    });
    fireEvent.click(within(venue).getByRole('button', { name: 'Move' }));
    expect(
      await screen.findByText(
        '“Dates and venue of the First Review Conference” moved to Ready for decision.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(column('Ready for decision')).getByRole('heading', { level: 3 })).toHaveFocus(),
    );
    expect(within(column('Options being developed')).getByText('None')).toBeInTheDocument();
    expect(requests('MattersBoard')).toHaveLength(2); // asked again because the mutation changed a Matter
  });

  it('filters by deciding milestone, health and still open on the server, by action owner here', async () => {
    const { calls, router } = await show('/matters', anonymous);
    fireEvent.change(screen.getByLabelText('Deciding milestone'), { target: { value: 'm-5msp' } });
    fireEvent.change(screen.getByLabelText('Health'), { target: { value: 'AT_RISK' } });
    fireEvent.click(screen.getByLabelText('Still open only'));
    await waitFor(() =>
      expect(calls('MattersBoard').at(-1)![0].variables).toEqual({
        asOf: undefined,
        filter: { decidingMilestoneId: 'm-5msp', health: ['AT_RISK'], open: true },
      }),
    );
    expect(screen.queryByRole('region', { name: /^Decided/ })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?milestone=m-5msp&health=AT_RISK&open=1');

    const owner = screen.getByLabelText('Action owner');
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Anyone', 'Kenya', 'The current Presidency']);
    fireEvent.change(owner, { target: { value: 'participant:p-ken' } });
    await waitFor(() => expect(screen.queryByText('Sponsorship programme')).not.toBeInTheDocument());
    expect(screen.getByText('1 matter shown.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
