import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { makeSubject, never } from 'wonka';
import type { InboxQuery, NotificationPreferencesQuery } from '../generated/graphql';
import { type Answer, answer, coChair, mockClient, type Responder, renderApp } from '../test/harness';

const notification = (id: string, subject: string, readAt: string | null) => ({
  id,
  subject,
  body: `${subject}.\nSee the dashboard.`,
  link: '/matters/mt-venue',
  createdAt: '2026-11-20T09:00:00.000Z',
  readAt,
});

const inbox = (nodes: ReturnType<typeof notification>[]): InboxQuery => ({
  inbox: { totalCount: nodes.length, edges: nodes.map((node) => ({ node })) },
});

const preferences: NotificationPreferencesQuery = {
  notificationPreferences: [
    { kind: 'MATTERS', frequency: 'IMMEDIATELY', isDefault: true },
    { kind: 'READINESS_REPORT', frequency: 'WEEKLY', isDefault: true },
  ],
  me: { account: { id: 'a-nor', language: 'en' } },
};

function show(respond: Responder = () => never) {
  const live = makeSubject<Answer>();
  let unread = 2;
  const mock = mockClient((request, name) => {
    if (name === 'Me') return answer({ data: coChair });
    if (name === 'NotificationAdded') return live.source;
    if (name === 'UnreadNotifications') return answer({ data: { unreadNotifications: unread } });
    if (name === 'NotificationPreferences') return answer({ data: preferences });
    return respond(request, name);
  });
  renderApp('/inbox', () => mock.client);
  return { ...mock, live, setUnread: (n: number) => (unread = n) };
}

describe('InboxScreen', () => {
  it('lists the notifications, and the header counts the unread, live', async () => {
    const { calls, live } = show((_, name) =>
      name === 'Inbox'
        ? answer({
            data: inbox([
              notification('n1', 'Invitation to the dialogue', null),
              notification('n2', 'Matter moved', '2026-11-21T09:00:00.000Z'),
            ]),
          })
        : never,
    );
    const nav = await screen.findByRole('navigation', { name: 'Screens' });
    expect(await within(nav).findByRole('link', { name: 'Inbox 2 unread' })).toHaveAttribute(
      'href',
      '/inbox',
    );
    const unread = await screen.findByRole('article', { name: 'Unread Invitation to the dialogue' });
    expect(within(unread).getByRole('button', { name: 'Mark as read' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Matter moved' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Open' })[0]).toHaveAttribute('href', '/matters/mt-venue');

    const before = calls('Inbox').length;
    act(() =>
      live.next({
        data: {
          notificationAdded: { unreadCount: 3, notification: { id: 'n3', subject: 'Your view is awaited' } },
        },
      }),
    );
    expect(await within(nav).findByRole('link', { name: 'Inbox 3 unread' })).toBeInTheDocument();
    expect(screen.getByText('New notification: Your view is awaited')).toBeInTheDocument();
    await waitFor(() => expect(calls('Inbox').length).toBeGreaterThan(before));
    expect(calls('Inbox').at(-1)![1]).toMatchObject({ requestPolicy: 'network-only' });
  });

  it('marks a notification read and asks the server for the count again', async () => {
    const { calls, setUnread } = show((_, name) => {
      if (name === 'Inbox')
        return answer({ data: inbox([notification('n1', 'Invitation to the dialogue', null)]) });
      if (name === 'MarkNotificationsRead') {
        setUnread(1);
        return answer({ data: { markNotificationsRead: 1 } });
      }
      return never;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as read' }));
    await waitFor(() => expect(calls('MarkNotificationsRead')).toHaveLength(1));
    expect(calls('MarkNotificationsRead')[0]![0].variables).toEqual({ ids: ['n1'] });
    expect(await screen.findByRole('link', { name: 'Inbox 1 unread' })).toBeInTheDocument();
    expect(calls('UnreadNotifications').at(-1)![1]).toMatchObject({ requestPolicy: 'network-only' });
  });

  it('saves a preference as it is chosen, and shows the server’s refusal next to the control', async () => {
    const refusal = new CombinedError({
      graphQLErrors: [
        new GraphQLError(
          'The readiness report sums up a period: choose a daily or weekly digest, or never.',
          {
            extensions: { code: 'BAD_USER_INPUT', field: 'frequency' },
          },
        ),
      ],
    });
    const { calls } = show((request, name) => {
      if (name === 'Inbox') return answer({ data: inbox([]) });
      if (name === 'SetNotificationPreference') {
        const { kind, frequency } = request.variables as { kind: string; frequency: string };
        if (kind === 'READINESS_REPORT') return answer({ error: refusal });
        return answer({
          data: {
            setNotificationPreference: [
              { kind: 'MATTERS', frequency, isDefault: false },
              { kind: 'READINESS_REPORT', frequency: 'WEEKLY', isDefault: true },
            ],
          },
        });
      }
      return never;
    });
    expect(await screen.findByText('You have no notifications yet.')).toBeInTheDocument();
    const report = await screen.findByLabelText('Readiness report');
    fireEvent.change(report, { target: { value: 'IMMEDIATELY' } });
    const problem = await screen.findByText(
      'The readiness report sums up a period: choose a daily or weekly digest, or never.',
    );
    expect(report).toHaveAttribute('aria-describedby', problem.closest('[role=alert]')!.id);
    expect(report).toHaveAttribute('aria-invalid', 'true');
    expect(report).toHaveValue('WEEKLY');

    const matters = screen.getByLabelText('Matters');
    fireEvent.change(matters, { target: { value: 'DAILY' } });
    expect(
      await screen.findByText('Saved: Matters, Daily digest.', { selector: '[role=status]' }),
    ).toBeInTheDocument();
    expect(matters).toHaveValue('DAILY');
    expect(calls('SetNotificationPreference').map(([request]) => request.variables)).toEqual([
      { kind: 'READINESS_REPORT', frequency: 'IMMEDIATELY' },
      { kind: 'MATTERS', frequency: 'DAILY' },
    ]);
  });
});
