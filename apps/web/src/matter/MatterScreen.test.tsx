import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { MatterScreenQuery, MeQuery } from '../generated/graphql';
import {
  answer,
  anonymous,
  coChair,
  mockClient,
  type Responder,
  renderApp,
  grantedTo,
} from '../test/harness';

const kenya: MeQuery = {
  me: {
    account: { id: 'a-ken', displayName: 'Delegate of Kenya', email: 'kenya@prepcom.local' },
    participant: { id: 'p-ken', name: 'Kenya' },
    capacities: ['STATE_PARTY'],
    clearance: 'STATES_PARTIES',
    permissions: grantedTo(['STATE_PARTY']),
  },
};

const view = (
  id: string,
  participant: [string, string],
  position: 'SUPPORTS' | 'CAN_LIVE_WITH' | 'OBJECTS' | 'COMMENT',
  expressedAt: string,
  option: string | null = null,
) => ({
  id,
  position,
  comment: position === 'COMMENT' ? 'Needs costing first' : null,
  expressedAt,
  version: 1,
  participant: { id: participant[0], name: participant[1] },
  option: option ? { id: option } : null,
});

function matterData(withChanges: boolean, now: Partial<MatterScreenQuery['matter']> = {}): MatterScreenQuery {
  return {
    matter: {
      id: 'mt-venue',
      process: { id: 'p-revcon1' },
      asOf: '2003-09-14T16:59:59.000Z',
      title: 'Dates and venue of the First Review Conference',
      description: 'Where and when the Review Conference meets.',
      status: 'OPTIONS_DEVELOPING',
      version: 4,
      undoableUntil: null,
      confidentiality: 'PUBLIC',
      observersMayGiveViews: false,
      allowedMoves: ['READY_FOR_DECISION', 'DEFERRED', 'WITHDRAWN'],
      decidingMilestone: {
        id: 'm-5msp',
        title: 'Fifth Meeting of the States Parties',
        shortTitle: '5MSP',
        startsAt: '2003-09-15T03:00:00.000Z',
        timeZone: 'Asia/Bangkok',
      },
      readiness: {
        score: 60,
        reasons: [
          {
            code: 'NO_DRAFT_TEXT',
            params: { stage: 'CONVERGING' },
            message: "No option has reached draft text yet; the furthest is at 'Converging'.",
          },
        ],
      },
      health: { level: 'AT_RISK', reasons: [] },
      outcome: null,
      outcomeMilestone: null,
      options: [
        {
          id: 'o-nairobi',
          text: 'Nairobi, late 2004',
          stage: 'CONVERGING',
          tabledAt: '2003-02-10T09:00:00.000Z',
          version: 2,
          confidentiality: 'PUBLIC',
          allowedMoves: ['ELABORATED', 'DRAFT_TEXT', 'WITHDRAWN'],
          proposer: { id: 'p-ken', name: 'Kenya' },
        },
      ],
      optionStageChanges: [
        {
          id: 's1',
          optionId: 'o-nairobi',
          fromStage: null,
          toStage: 'TABLED',
          at: '2003-02-10T09:00:00.000Z',
        },
        {
          id: 's2',
          optionId: 'o-nairobi',
          fromStage: 'TABLED',
          toStage: 'CONVERGING',
          at: '2003-05-10T09:00:00.000Z',
        },
      ],
      actions: [
        {
          id: 'a-offer',
          version: 1,
          title: 'Confirm the offer to host',
          description: '',
          status: 'IN_PROGRESS',
          cancellationReason: null,
          due: '2003-09-01',
          dueDate: '2003-09-01',
          dueOffsetDays: null,
          dueMilestone: null,
          blocksDecision: true,
          ownerRole: null,
          owner: { id: 'p-ken', name: 'Kenya' },
        },
      ],
      dependencies: [
        { id: 'mt-president', title: 'President of the First Review Conference', status: 'DECIDED' },
      ],
      history: [
        { id: 'h1', at: '2002-06-27T13:00:00.000Z', fromStatus: null, toStatus: 'IDENTIFIED', note: null },
        {
          id: 'h2',
          at: '2003-02-10T09:00:00.000Z',
          fromStatus: 'IDENTIFIED',
          toStatus: 'OPTIONS_DEVELOPING',
          note: 'Kenya offered to host',
        },
      ],
      ...(withChanges
        ? {
            changes: [
              {
                id: 'c1',
                at: '2003-06-01T09:00:00.000Z',
                action: 'UPDATE' as const,
                entityType: 'participant_view',
                entityId: 'v-aus-2',
                field: 'position',
                oldValue: 'OBJECTS',
                newValue: 'CAN_LIVE_WITH',
                participantId: 'p-aus',
              },
              // One view given: the trail writes a row per field, the history says it once.
              ...(
                [
                  ['participantId', 'p-nor'],
                  ['matterId', 'mt-venue'],
                  ['position', 'SUPPORTS'],
                  ['confidentiality', 'PUBLIC'],
                  ['expressedAt', '2003-05-02T09:00:00.000Z'],
                ] as const
              ).map(([field, newValue], index) => ({
                id: `c-nor-${index}`,
                at: '2003-05-02T09:00:00.000Z',
                action: 'CREATE' as const,
                entityType: 'participant_view',
                entityId: 'v-nor',
                field,
                oldValue: null,
                newValue,
                participantId: 'p-nor',
              })),
              {
                id: 'c-desc',
                at: '2003-04-01T09:00:00.000Z',
                action: 'UPDATE' as const,
                entityType: 'matter',
                entityId: 'mt-venue',
                field: 'description',
                oldValue: 'Where the Review Conference meets.',
                newValue: 'Where and when the Review Conference meets.',
                participantId: 'p-nor',
              },
              {
                id: 'c-move',
                at: '2003-02-10T09:00:00.000Z',
                action: 'MOVE' as const,
                entityType: 'matter',
                entityId: 'mt-venue',
                field: 'status',
                oldValue: 'IDENTIFIED',
                newValue: 'OPTIONS_DEVELOPING',
                participantId: 'p-nor',
              },
            ],
          }
        : {}),
      viewTally: { statePartiesWithView: 3, statePartiesObjecting: 0 },
      views: [
        view('v-aus-1', ['p-aus', 'Austria'], 'OBJECTS', '2003-05-01T09:00:00.000Z'),
        view('v-aus-2', ['p-aus', 'Austria'], 'CAN_LIVE_WITH', '2003-06-01T09:00:00.000Z'),
        view('v-nor', ['p-nor', 'Norway'], 'SUPPORTS', '2003-05-02T09:00:00.000Z'),
        view('v-per', ['p-per', 'Peru'], 'SUPPORTS', '2003-05-03T09:00:00.000Z', 'o-nairobi'),
        view('v-icbl', ['p-icbl', 'ICBL'], 'OBJECTS', '2003-05-04T09:00:00.000Z'),
      ],
      ...now,
    },
    participants: {
      totalCount: 5,
      edges: ['Austria', 'Chile', 'Kenya', 'Norway', 'Peru'].map((name) => ({
        node: { id: `p-${name.slice(0, 3).toLowerCase()}`, name },
      })),
    },
  };
}

const show = (
  me: MeQuery,
  respond: Responder = () => never,
  path = '/matters/mt-venue?asOf=2003-09-14',
  now: Partial<MatterScreenQuery['matter']> = {},
) => {
  const mock = mockClient((request, name) => {
    if (name === 'Me') return answer({ data: me });
    if (name === 'MatterScreen')
      return answer({ data: matterData((request.variables as { withChanges: boolean }).withChanges, now) });
    return respond(request, name);
  });
  renderApp(path, () => mock.client);
  return mock;
};

describe('MatterScreen', () => {
  it('counts the States Parties’ positions, each by its latest view, and names those not yet heard', async () => {
    const { calls } = show(anonymous);
    const positions = await screen.findByRole('region', { name: "States' positions" });
    expect(calls('MatterScreen')[0]![0].variables).toEqual({
      id: 'mt-venue',
      asOf: '2003-09-14T16:59:59Z',
      partiesOn: '2003-09-14',
      withChanges: false,
    });
    const counts = within(positions).getAllByRole('list')[0]!;
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓Supports1', '≈Can live with1', '✕Objects0', '✎Comment0']);
    // Counted as listed: Peru spoke on an option only, and is listed with it.
    expect(positions).toHaveTextContent(
      '3 of 5 States Parties have given a view. 1 of them only on its options (listed with each option).',
    );
    expect(
      within(positions)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Austria', 'ICBLObserver', 'Norway']);
    const options = screen.getByRole('region', { name: '1 option' });
    expect(within(options).getByText('1 view on this option')).toBeInTheDocument();
    expect(within(options).getByRole('rowheader', { name: 'Peru' }).closest('tr')).toHaveTextContent(
      'Supports',
    );
    expect(within(positions).getByText('2 States Parties have not yet given a view')).toBeInTheDocument();
    expect(positions).toHaveTextContent('Chile, Kenya');
    // The observer's view is listed, marked, and not counted among the States Parties'.
    const icbl = within(positions).getByRole('rowheader', { name: /ICBL/ });
    expect(icbl).toHaveTextContent('Observer');
  });

  it('shows options with their stage and positions, actions, dependencies and the workflow steps', async () => {
    show(anonymous);
    await screen.findByRole('heading', { level: 1, name: 'Dates and venue of the First Review Conference' });
    const options = screen.getByRole('region', { name: '1 option' });
    expect(options).toHaveTextContent('Nairobi, late 2004');
    expect(options).toHaveTextContent('Converging');
    expect(options).toHaveTextContent('Tabled on 10 Feb 2003 by Kenya.');
    const actions = screen.getByRole('region', { name: '1 action' });
    expect(within(actions).getByRole('row', { name: /Confirm the offer/ })).toHaveTextContent(
      'Confirm the offer to hostBlocks the decisionKenya1 Sept 2003OverdueIn progress',
    );
    expect(screen.getByRole('link', { name: 'President of the First Review Conference' })).toHaveAttribute(
      'href',
      '/matters/mt-president?asOf=2003-09-14',
    );
    const history = screen.getByRole('region', { name: 'History' });
    expect(history).toHaveTextContent('Moved from Identified to Options being developed.');
    expect(history).toHaveTextContent('Kenya offered to host');
    expect(screen.getByText("A State Party's delegates give its view after signing in.")).toBeInTheDocument();
  });

  it('shows a Co-Chair one history in sentences, each change once, with names and a text diff', async () => {
    const { calls } = show(coChair);
    const history = await screen.findByRole('region', { name: 'History' });
    expect(calls('MatterScreen')[0]![0].variables).toMatchObject({ withChanges: true });
    const entries = within(history)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toEqual([
      '1 Jun 2003, 09:00 Austria changed its view from Objects to Can live with.Recorded by Austria',
      '2 May 2003, 09:00 Norway gave its view: Supports.Recorded by Norway',
      '1 Apr 2003, 09:00 The matter: the description changed.Where Added: and when the Review Conference meets.Recorded by Norway',
      '10 Feb 2003 Moved from Identified to Options being developed.Kenya offered to host',
      '27 Jun 2002 Recorded as Identified.',
    ]);
    // The words added to the description are marked as such; none removed.
    const diff = history.querySelector('.history__diff')!;
    expect(diff.querySelector('ins')).toHaveTextContent('Added: and when');
    expect(diff.querySelector('del')).toBeNull();
  });

  it('lets a delegate give a view on one option, starting from the one it gave there', async () => {
    const { calls } = show(
      kenya,
      (_, name) =>
        name === 'CreateView'
          ? answer({ data: { createView: { id: 'v-new', position: 'OBJECTS', comment: null, version: 1 } } })
          : never,
      '/matters/mt-venue',
    );
    const form = await screen.findByRole('form', { name: "Give Kenya's view" });
    fireEvent.change(screen.getByLabelText('On'), { target: { value: 'o-nairobi' } });
    const onOption = await screen.findByRole('form', { name: "Give Kenya's view" });
    expect(within(onOption).getByRole('group', { name: 'Position on option 1' })).toBeInTheDocument();
    fireEvent.click(within(onOption).getByLabelText('Objects'));
    fireEvent.click(within(onOption).getByRole('button', { name: 'Give this view' }));
    expect(await within(onOption).findByText("Kenya's view is recorded: Objects.")).toBeInTheDocument();
    expect(calls('CreateView')[0]![0].variables).toEqual({
      input: { participantId: 'p-ken', matterId: 'mt-venue', optionId: 'o-nairobi', position: 'OBJECTS' },
    });
    expect(form).not.toBeInTheDocument();
  });

  it('lets a State Party’s delegate give its view, with the server’s message next to the field', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('A view given as a comment needs the comment text.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'comment',
            guards: [
              {
                guard: 'COMMENT_REQUIRED',
                field: 'comment',
                message: 'A view given as a comment needs the comment text.',
              },
            ],
          },
        }),
      ],
    });
    const answers = [
      answer({ error: refusal }),
      answer({ data: { createView: { id: 'v-ken', position: 'SUPPORTS', comment: null, version: 1 } } }),
    ];
    const { calls } = show(
      kenya,
      (_, name) => (name === 'CreateView' ? answers.shift()! : never),
      '/matters/mt-venue',
    );
    const form = await screen.findByRole('form', { name: "Give Kenya's view" });
    fireEvent.click(within(form).getByRole('button', { name: 'Give this view' }));
    expect(await within(form).findByText('Choose a position.')).toBeInTheDocument();
    expect(calls('CreateView')).toHaveLength(0);

    fireEvent.click(within(form).getByLabelText('Comment', { selector: 'input' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Give this view' }));
    const problem = await within(form).findByText('A view given as a comment needs the comment text.');
    const comment = within(form).getByLabelText('Comment', { selector: 'textarea' });
    expect(comment).toHaveAttribute('aria-describedby', problem.closest('[role=alert]')!.id);
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    // Focus goes to what must be put right, not to the page body, in an effect a moment after the refusal shows.
    await waitFor(() => expect(comment).toHaveFocus());

    fireEvent.click(within(form).getByLabelText('Supports'));
    fireEvent.click(within(form).getByRole('button', { name: 'Give this view' }));
    expect(await within(form).findByText("Kenya's view is recorded: Supports.")).toBeInTheDocument();
    expect(calls('CreateView').at(-1)![0].variables).toEqual({
      input: { participantId: 'p-ken', matterId: 'mt-venue', position: 'SUPPORTS' },
    });
  });

  it('offers the Co-Chair who just decided the matter to undo it, until the time the server gives', async () => {
    const { calls } = show(
      coChair,
      (_, name) =>
        name === 'UndoMatterMove'
          ? answer({
              data: {
                undoMatterMove: {
                  id: 'mt-venue',
                  status: 'READY_FOR_DECISION',
                  version: 6,
                  outcome: null,
                  undoableUntil: null,
                  allowedMoves: ['OPTIONS_DEVELOPING', 'DECIDED', 'DEFERRED', 'WITHDRAWN'],
                },
              },
            })
          : never,
      '/matters/mt-venue',
      { status: 'DECIDED', version: 5, undoableUntil: '2003-09-19T10:10:00.000Z' },
    );
    const panel = await screen.findByRole('region', { name: 'You decided this matter' });
    expect(panel).toHaveTextContent('until 19 Sept 2003');
    fireEvent.click(within(panel).getByRole('button', { name: 'Undo the decision' }));
    await waitFor(() => expect(calls('UndoMatterMove')).toHaveLength(1));
    expect(calls('UndoMatterMove')[0]![0].variables).toEqual({
      input: { matterId: 'mt-venue', expectedVersion: 5 },
    });
  });

  it('offers no undo on a day in the past', async () => {
    show(coChair, () => never, '/matters/mt-venue?asOf=2003-09-14', {
      status: 'DECIDED',
      undoableUntil: '2003-09-19T10:10:00.000Z',
    });
    await screen.findByRole('region', { name: 'History' });
    expect(screen.queryByRole('region', { name: 'You decided this matter' })).not.toBeInTheDocument();
  });

  it('lets a Co-Chair cancel an action with the reason, which the row then shows; its owner may not', async () => {
    const reason = 'Kenya confirmed its offer in writing; no further step is needed.';
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('The action "Confirm the offer to host" cannot be moved.', {
          extensions: {
            code: 'TRANSITION_REFUSED',
            field: 'note',
            guards: [
              {
                guard: 'REASON_REQUIRED',
                field: 'note',
                code: 'ACTION_CANCEL_REASON_REQUIRED',
                params: {},
                message: 'Say why the action is cancelled; the reason stays on record with it.',
              },
            ],
          },
        }),
      ],
    });
    const moved = {
      id: 'a-offer',
      version: 2,
      status: 'CANCELLED',
      completedAt: null,
      cancelledAt: '2003-08-20T09:00:00.000Z',
      cancellationReason: reason,
    };
    const answers = [answer({ error: refusal }), answer({ data: { moveAction: moved } })];
    const { calls } = show(
      coChair,
      (_, name) => (name === 'MoveAction' ? answers.shift()! : never),
      '/matters/mt-venue',
    );
    const actions = await screen.findByRole('region', { name: '1 action' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Cancel…: Confirm the offer to host' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel “Confirm the offer to host”' });
    const why = within(dialog).getByLabelText('Why is it cancelled?');
    expect(why).toHaveFocus();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel the action' }));
    const problem = await within(dialog).findByText(
      'Say why the action is cancelled; the reason stays on record with it.',
    );
    expect(why).toHaveAttribute('aria-describedby', problem.closest('[role=alert]')!.id);

    fireEvent.change(why, { target: { value: reason } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel the action' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls('MoveAction').map(([request]) => request.variables)).toEqual([
      { input: { actionId: 'a-offer', to: 'CANCELLED', note: '', expectedVersion: 1 } },
      { input: { actionId: 'a-offer', to: 'CANCELLED', note: reason, expectedVersion: 1 } },
    ]);
    expect(within(actions).getByText('“Confirm the offer to host” cancelled.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('shows a cancelled action with its own status and the reason, offering only its reinstatement', async () => {
    const reason = 'Kenya confirmed its offer in writing.';
    const cancelled = { status: 'CANCELLED' as const, cancellationReason: reason };
    show(coChair, () => never, '/matters/mt-venue', {
      actions: [{ ...matterData(false).matter.actions[0]!, ...cancelled }],
    });
    const actions = await screen.findByRole('region', { name: '1 action' });
    const row = within(actions).getByRole('row', { name: /Confirm the offer/ });
    // Cancelled work is not overdue, nor does it block the decision any longer.
    expect(row).toHaveTextContent(`Kenya1 Sept 2003Cancelled${reason}`);
    expect(row).not.toHaveTextContent('Overdue');
    expect(
      within(row)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Reinstate', 'Edit']);
  });

  it('offers the owner’s delegate the moves of the work but not its cancellation', async () => {
    show(kenya, () => never, '/matters/mt-venue');
    const actions = await screen.findByRole('region', { name: '1 action' });
    const row = within(actions).getByRole('row', { name: /Confirm the offer/ });
    const moves = within(row)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(moves).toEqual(['Back to to-do', 'Mark done', 'Mark blocked']);
  });
});
