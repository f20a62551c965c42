import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { AccountsQuery, MeQuery } from '../generated/graphql';
import { answer, coChair, mockClient, renderApp } from '../test/harness';

const administrator: MeQuery = {
  me: {
    account: { id: 'a-admin', displayName: 'Administrator', email: 'admin@prepcom.local' },
    participant: null,
    capacities: ['ADMINISTRATOR'],
    clearance: 'CO_CHAIRS',
    permissions: ['account.invite', 'account.manage', 'notificationJobs.manage'],
  },
};

const ACCOUNTS: AccountsQuery = {
  accounts: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: 'a-admin',
          email: 'admin@prepcom.local',
          displayName: 'Administrator',
          accountRole: 'ADMINISTRATOR',
          language: 'en',
          status: 'ACTIVE',
          lastSignedInAt: '2026-11-28T08:00:00Z',
          invitationExpiresAt: null,
          participant: null,
        },
      },
      {
        node: {
          id: 'a-chile',
          email: 'chile@prepcom.local',
          displayName: 'Delegate of Chile',
          accountRole: 'DELEGATE',
          language: 'fr',
          status: 'INVITED',
          lastSignedInAt: null,
          invitationExpiresAt: '2026-12-05T09:00:00Z',
          participant: { id: 'p-chl', name: 'Chile' },
        },
      },
    ],
  },
};

const serve = (me: MeQuery) =>
  mockClient((_, name) => {
    if (name === 'Me') return answer({ data: me });
    if (name === 'Accounts') return answer({ data: ACCOUNTS });
    if (name === 'InvitableParticipants')
      return answer({
        data: {
          participants: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [{ node: { id: 'p-chl', name: 'Chile' } }],
          },
        },
      });
    return never;
  });

describe('AccountsScreen', () => {
  it('lists each account with its participant, role, language, last sign-in and status, and what an administrator may do', async () => {
    const { client } = serve(administrator);
    renderApp('/accounts', () => client);
    const chile = await screen.findByRole('row', { name: /Delegate of Chile/ });
    expect(within(chile).getByText('Chile')).toBeInTheDocument();
    expect(within(chile).getByText('Français')).toBeInTheDocument();
    expect(within(chile).getByText('Never')).toBeInTheDocument();
    expect(within(chile).getByText('Invited')).toBeInTheDocument();
    expect(
      within(chile).getByRole('button', {
        name: 'Resend invitation to Delegate of Chile (chile@prepcom.local)',
      }),
    ).toBeInTheDocument();
    expect(within(chile).getByRole('button', { name: /^Disable the account/ })).toBeInTheDocument();
    // Nobody disables their own account; an active one gets a reset link.
    const self = screen.getByRole('row', { name: /admin@prepcom.local/ });
    expect(within(self).queryByRole('button', { name: /^Disable/ })).not.toBeInTheDocument();
    expect(within(self).getByRole('button', { name: /^Send a reset link/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Acts for')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Accounts' })).toBeInTheDocument();
  });

  it('lets a Co-Chair invite into their own delegation, with no administrator’s actions', async () => {
    const { client } = serve({ me: { ...coChair.me, permissions: ['account.invite'] } });
    renderApp('/accounts', () => client);
    await screen.findByRole('row', { name: /Delegate of Chile/ });
    expect(screen.getByText('They will act for Norway, as you do.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Acts for')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Disable/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Failed jobs' })).not.toBeInTheDocument();
  });
});
