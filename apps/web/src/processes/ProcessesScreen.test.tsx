import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { MeQuery, ProcessesScreenQuery } from '../generated/graphql';
import { answer, coChair, mockClient, renderApp } from '../test/harness';

const administrator: MeQuery = {
  me: {
    account: { id: 'a-admin', displayName: 'Administrator', email: 'admin@prepcom.local' },
    participant: null,
    capacities: ['ADMINISTRATOR'],
    clearance: 'CO_CHAIRS',
    permissions: ['process.write', 'participant.write', 'roleTerm.write', 'account.invite', 'account.manage'],
  },
};

const processes: ProcessesScreenQuery = {
  processes: {
    totalCount: 1,
    edges: [
      {
        node: {
          id: 'p-1',
          title: 'Preparatory process for the First Review Conference',
          conveningBody: 'The States Parties, through the Standing Committee on the General Status',
          targetEvent: 'First Review Conference',
          ended: true,
          targetMilestone: { id: 'm-rc', startsAt: '2004-11-29T07:00:00Z', timeZone: 'Africa/Nairobi' },
        },
      },
    ],
  },
};

const show = (
  me: MeQuery,
  copyAnswer = answer({ data: { copyProcess: { id: 'p-2', title: 'Second' } } }),
) => {
  const mock = mockClient((_, name) => {
    if (name === 'Me') return answer({ data: me });
    if (name === 'ProcessesScreen') return answer({ data: processes });
    if (name === 'CopyProcess') return copyAnswer;
    return never;
  });
  const view = renderApp('/processes', () => mock.client);
  return { ...mock, ...view };
};

describe('ProcessesScreen', () => {
  it('lists every process, each opening its own overview, and offers no form but to administrators', async () => {
    show(coChair);
    const link = await screen.findByRole('link', {
      name: 'Preparatory process for the First Review Conference',
    });
    expect(link).toHaveAttribute('href', '/?process=p-1');
    expect(screen.getByText(/29 Nov 2004 · ended/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Start a new process' })).toBeNull();
  });

  it('copies a process with its milestones on new dates and its matters, then opens the new one', async () => {
    const { calls, router } = show(administrator);
    const form = (await screen.findByRole('heading', { name: 'Start a new process' })).parentElement!;
    fireEvent.change(within(form).getByLabelText('Start from'), { target: { value: 'p-1' } });
    // The convening body of the next round is most often the same.
    expect(within(form).getByLabelText('Convening body')).toHaveValue(
      'The States Parties, through the Standing Committee on the General Status',
    );
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Second' } });
    fireEvent.change(within(form).getByLabelText('Target event', { exact: true }), {
      target: { value: 'Second Review Conference' },
    });
    // Without the day the target event opens, nothing is sent and the field says why.
    fireEvent.click(within(form).getByRole('button', { name: 'Create the process from this one' }));
    expect(await within(form).findByText(/Choose the day the target event opens/)).toBeInTheDocument();
    expect(calls('CopyProcess')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('The target event opens on'), {
      target: { value: '2009-11-29' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Create the process from this one' }));
    await waitFor(() => expect(calls('CopyProcess')).toHaveLength(1));
    expect(calls('CopyProcess')[0]![0].variables).toEqual({
      input: {
        sourceProcessId: 'p-1',
        title: 'Second',
        conveningBody: 'The States Parties, through the Standing Committee on the General Status',
        targetEvent: 'Second Review Conference',
        description: '',
        milestonesMovedSoTargetOpensOn: '2009-11-29',
        copyMatters: true,
      },
    });
    await waitFor(() => expect(router.state.location.search).toBe('?process=p-2'));
    expect(router.state.location.pathname).toBe('/');
  });

  it("shows the server's refusal next to the field it names", async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError('The title is required.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'title',
            guards: [{ guard: 'REQUIRED', field: 'title' }],
          },
        }),
      ],
    });
    const { calls } = show(administrator, answer({ error: refusal }));
    const form = (await screen.findByRole('heading', { name: 'Start a new process' })).parentElement!;
    fireEvent.change(within(form).getByLabelText('Start from'), { target: { value: 'p-1' } });
    fireEvent.click(within(form).getByLabelText('Its milestones, on new dates'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create the process from this one' }));
    await waitFor(() => expect(calls('CopyProcess')).toHaveLength(1));
    expect(calls('CopyProcess')[0]![0].variables).toMatchObject({ input: { copyMatters: false } });
    const title = within(form).getByLabelText('Title');
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    // The focus moves in an effect, a moment after what it follows is shown.
    await waitFor(() => expect(title).toHaveFocus());
  });
});
