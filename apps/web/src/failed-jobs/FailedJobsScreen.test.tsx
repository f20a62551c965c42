import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import type { FailedNotificationJobsQuery, MeQuery } from '../generated/graphql';
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

const JOB = {
  id: 'deliver-42-a-kenya-EMAIL',
  kind: 'deliver',
  eventType: 'MATTER_STATUS_CHANGED',
  channel: 'EMAIL',
  recipientEmails: ['kenya@prepcom.local'],
  attemptsMade: 1,
  failureReason: 'The mail server refused the message: 550 No such mailbox',
  failedAt: '2026-11-28T08:30:00Z',
};
/** A batch that failed for good (PostgreSQL away through its attempts): the people it carried. */
const BATCH = {
  ...JOB,
  id: 'batch-43-EMAIL-0',
  kind: 'deliver-batch',
  recipientEmails: ['kenya@prepcom.local', 'norway@prepcom.local', 'thailand@prepcom.local'],
  failureReason: 'Connection terminated unexpectedly',
  attemptsMade: 8,
};
const FAILED: FailedNotificationJobsQuery = {
  failedNotificationJobs: { totalCount: 2, edges: [{ node: JOB }, { node: BATCH }] },
};

describe('FailedJobsScreen', () => {
  it('lists each failed job with its recipient and error, and sends one again', async () => {
    const { client, calls } = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: administrator });
      if (name === 'FailedNotificationJobs') return answer({ data: FAILED });
      if (name === 'RetryNotificationJob')
        return answer({ data: { retryNotificationJob: { __typename: 'NotificationJob', id: JOB.id } } });
      return never;
    });
    renderApp('/failed-jobs', () => client);
    const row = await screen.findByRole('row', { name: /deliver · MATTER_STATUS_CHANGED · EMAIL/ });
    expect(within(row).getByText('kenya@prepcom.local')).toBeInTheDocument();
    expect(within(row).getByText(/550 No such mailbox/)).toBeInTheDocument();
    expect(within(row).getByText('1 attempt')).toBeInTheDocument();
    fireEvent.click(within(row).getByRole('button', { name: `Retry job ${JOB.id}` }));
    await screen.findByText('1 job sent again.');
    expect(calls('RetryNotificationJob')[0]![0].variables).toEqual({ id: JOB.id });
    expect(screen.getByRole('button', { name: 'Retry all' })).toBeInTheDocument();
  });

  it('shows how many people a failed batch carried, and opens on their addresses', async () => {
    const { client } = mockClient((_, name) => {
      if (name === 'Me') return answer({ data: administrator });
      if (name === 'FailedNotificationJobs') return answer({ data: FAILED });
      return never;
    });
    renderApp('/failed-jobs', () => client);
    const row = await screen.findByRole('row', { name: /deliver-batch · MATTER_STATUS_CHANGED · EMAIL/ });
    const people = within(row).getByText('3 people');
    expect(within(row).getByText('thailand@prepcom.local')).not.toBeVisible();
    fireEvent.click(people);
    for (const email of BATCH.recipientEmails) expect(within(row).getByText(email)).toBeVisible();
  });

  it('is not offered to a Co-Chair, and says so to one who opens it', async () => {
    const { client, calls } = mockClient((_, name) => (name === 'Me' ? answer({ data: coChair }) : never));
    renderApp('/failed-jobs', () => client);
    await screen.findByText('Only administrators see failed notification jobs.');
    expect(screen.queryByRole('link', { name: 'Failed jobs' })).not.toBeInTheDocument();
    expect(calls('FailedNotificationJobs')).toHaveLength(0);
  });
});
