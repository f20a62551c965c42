import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { never } from 'wonka';
import type { MeetingInvitationsQuery, MeQuery } from '../generated/graphql';
import { answer, coChair, mockClient, type Responder, renderApp, grantedTo } from '../test/harness';

const kenya: MeQuery = {
  me: {
    account: { id: 'a-ken', displayName: 'Delegate of Kenya', email: 'kenya@prepcom.local' },
    participant: { id: 'p-ken', name: 'Kenya' },
    capacities: ['STATE_PARTY'],
    clearance: 'STATES_PARTIES',
    permissions: grantedTo(['STATE_PARTY']),
  },
};

const recipient = (
  id: string,
  name: string,
  attending: boolean | null,
  attendeeCount = 0,
  names: string[] = [],
) => ({
  id: `r-${id}`,
  copied: false,
  attending,
  attendeeCount,
  attendeeNames: names,
  repliedAt: attending === null ? null : '2030-05-02T09:00:00.000Z',
  participant: { id: `p-${id}`, name },
});

function invitations(steering: boolean, withdrawnAt: string | null = null): MeetingInvitationsQuery {
  return {
    meetingInvitations: [
      {
        id: 'i-dialogue',
        version: 3,
        sentAt: '2030-05-01T09:00:00.000Z',
        note: 'We look forward to seeing you.',
        correctedAt: null,
        withdrawnAt,
        withdrawalReason: withdrawnAt ? 'Sent for the wrong meeting.' : null,
        invitedAudiences: ['STATES_PARTIES'],
        copiedAudiences: ['STATES_NOT_PARTIES', 'ORGANISATIONS'],
        sentBy: { id: 'p-nor', name: 'Norway' },
        milestone: {
          id: 'm-dialogue',
          title: 'Informal dialogue on the follow-up',
          startsAt: '2030-06-27T13:00:00.000Z',
          endsAt: '2030-06-27T16:00:00.000Z',
          timeZone: 'Europe/Zurich',
          venue: 'Palais des Nations, Geneva',
          room: 'Room VII',
          status: 'PLANNED',
        },
        myReply: steering ? null : recipient('ken', 'Kenya', null),
        attendance: steering
          ? { reached: 150, replied: 2, attending: 1, notAttending: 1, awaiting: 148, people: 2 }
          : null,
        recipients: steering
          ? [recipient('ken', 'Kenya', true, 2, ['A. Mwangi', 'B. Otieno']), recipient('per', 'Peru', false)]
          : [recipient('ken', 'Kenya', null)],
      },
    ],
  };
}

const show = (me: MeQuery, respond: Responder = () => never, withdrawnAt: string | null = null) => {
  const mock = mockClient((request, name) => {
    if (name === 'Me') return answer({ data: me });
    if (name === 'MeetingInvitations') return answer({ data: invitations(me === coChair, withdrawnAt) });
    if (name === 'CalendarFeeds') return answer({ data: { calendarFeeds: [] } });
    return respond(request, name);
  });
  renderApp('/invitations', () => mock.client);
  return mock;
};

describe('InvitationsScreen', () => {
  it('lets a delegate reply for their State, with the server’s message next to the field', async () => {
    const tooMany = new CombinedError({
      graphQLErrors: [
        new GraphQLError('You named 2 people but said 1 will come.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'attendeeNames',
            guards: [
              {
                guard: 'MORE_NAMES_THAN_PEOPLE',
                field: 'attendeeNames',
                message: 'You named 2 people but said 1 will come.',
              },
            ],
          },
        }),
      ],
    });
    const answers = [
      answer({ error: tooMany }),
      answer({
        data: {
          replyToMeetingInvitation: {
            id: 'r-ken',
            attending: true,
            attendeeCount: 2,
            attendeeNames: ['A. Mwangi', 'B. Otieno'],
            repliedAt: '2030-05-03T09:00:00.000Z',
          },
        },
      }),
    ];
    const { calls } = show(kenya, (_, name) =>
      name === 'ReplyToMeetingInvitation' ? answers.shift()! : never,
    );
    const card = await screen.findByRole('article', { name: 'Informal dialogue on the follow-up' });
    expect(card).toHaveTextContent('27 Jun 2030, 15:00–18:00 (Europe/Zurich)');
    expect(card).toHaveTextContent('Kenya has not replied yet.');
    expect(screen.queryByRole('form', { name: 'Invite to a meeting' })).not.toBeInTheDocument();

    const form = within(card).getByRole('form', { name: 'Reply for Kenya' });
    fireEvent.click(within(form).getByLabelText('Attending'));
    fireEvent.change(within(form).getByLabelText('How many people'), { target: { value: '1' } });
    fireEvent.change(within(form).getByLabelText('Who (one name per line)'), {
      target: { value: 'A. Mwangi\n\n B. Otieno ' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Send the reply' }));
    const problem = await within(form).findByText('You named 2 people but said 1 will come.');
    expect(within(form).getByLabelText('Who (one name per line)')).toHaveAttribute(
      'aria-describedby',
      problem.closest('[role=alert]')!.id,
    );

    fireEvent.change(within(form).getByLabelText('How many people'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send the reply' }));
    expect(await within(form).findByText('Your reply is recorded: attending, 2 people.')).toBeInTheDocument();
    expect(calls('ReplyToMeetingInvitation').at(-1)![0].variables).toEqual({
      input: {
        invitationId: 'i-dialogue',
        attending: true,
        attendeeCount: 2,
        attendeeNames: ['A. Mwangi', 'B. Otieno'],
      },
    });
  });

  it('shows a Co-Chair who is coming, and sends an invitation', async () => {
    const { calls } = show(coChair, (_, name) => {
      if (name === 'InvitableMeetings')
        return answer({
          data: {
            process: {
              id: 'p-revcon1',
              milestones: {
                edges: [
                  {
                    node: {
                      id: 'm-dialogue',
                      title: 'Informal dialogue on the follow-up',
                      shortTitle: 'Dialogue',
                      kind: 'INFORMAL_DIALOGUE',
                      status: 'PLANNED',
                      startsAt: '2030-06-27T13:00:00.000Z',
                      timeZone: 'Europe/Zurich',
                    },
                  },
                ],
              },
            },
          },
        });
      if (name === 'InviteToMeeting')
        return answer({ data: { inviteToMeeting: { id: 'i-new', attendance: { reached: 150 } } } });
      if (name === 'InvitationReach')
        return answer({
          data: {
            parties: { totalCount: 132 },
            statesNotParties: { totalCount: 12 },
            organisations: { totalCount: 28 },
          },
        });
      return never;
    });
    const card = await screen.findByRole('article', { name: 'Informal dialogue on the follow-up' });
    expect(card).toHaveTextContent('Coming1 participant, 2 people');
    expect(card).toHaveTextContent('No reply yet148 of 150 reached');
    expect(
      within(card).getByRole('link', { name: 'The list of participants, with every reply (CSV)' }),
    ).toHaveAttribute('href', '/exports/invitations.csv?milestone=m-dialogue&lang=en');
    expect(within(card).getByRole('row', { name: /Kenya/ })).toHaveTextContent(
      'KenyaAttending2A. Mwangi, B. Otieno',
    );

    const form = await screen.findByRole('form', { name: 'Invite to a meeting' });
    fireEvent.change(within(form).getByLabelText('Meeting'), { target: { value: 'm-dialogue' } });
    fireEvent.change(within(form).getByLabelText('Your words'), { target: { value: 'Room VII, 15:00.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Send the invitation' }));
    // Nothing goes before the person has seen who receives it, and that the meeting has an invitation already.
    const confirm = await within(form).findByRole('alert');
    expect(confirm).toHaveTextContent('This invitation will go to 172 participants.');
    expect(confirm).toHaveTextContent('(132)');
    expect(confirm).toHaveTextContent('This meeting already has an invitation');
    expect(calls('InviteToMeeting')).toHaveLength(0);
    fireEvent.click(within(form).getByRole('button', { name: 'Send it now' }));
    expect(await within(form).findByText('The invitation went to 150 participants.')).toBeInTheDocument();
    await waitFor(() => expect(calls('InviteToMeeting')).toHaveLength(1));
    expect(calls('InviteToMeeting')[0]![0].variables).toEqual({
      input: {
        milestoneId: 'm-dialogue',
        invited: ['STATES_PARTIES'],
        copied: ['STATES_NOT_PARTIES', 'ORGANISATIONS'],
        note: 'Room VII, 15:00.',
      },
    });
  });

  it('makes a private calendar, shows its address once on this host, copies it, and revokes it; the public one too', async () => {
    let feeds = [
      {
        id: 'f-old',
        label: 'Laptop',
        createdAt: '2030-01-05T09:00:00.000Z',
        revokedAt: null as string | null,
      },
    ];
    const mock = mockClient((request, name) => {
      if (name === 'Me') return answer({ data: kenya });
      if (name === 'MeetingInvitations') return answer({ data: { meetingInvitations: [] } });
      if (name === 'CalendarFeeds') return answer({ data: { calendarFeeds: feeds } });
      if (name === 'CreateCalendarFeed')
        return answer({
          data: {
            createCalendarFeed: {
              url: 'http://localhost:4000/calendar/private/secret-token.ics',
              feed: { id: 'f-new', label: 'Phone', createdAt: '2030-05-01T09:00:00.000Z', revokedAt: null },
            },
          },
        });
      if (name === 'RevokeCalendarFeed') {
        feeds = [{ ...feeds[0]!, revokedAt: '2030-05-01T10:00:00.000Z' }];
        return answer({
          data: {
            revokeCalendarFeed: {
              id: (request.variables as { id: string }).id,
              revokedAt: feeds[0]!.revokedAt,
            },
          },
        });
      }
      return never;
    });
    renderApp('/invitations', () => mock.client);
    expect(await screen.findByText('No invitation yet.')).toBeInTheDocument();
    const calendars = screen.getByRole('region', { name: 'Calendars' });
    const here = window.location.origin;
    const webcal = here.replace(/^https?:/, 'webcal:');
    expect(within(calendars).getByLabelText('Every milestone, for anyone')).toHaveValue(
      `${here}/calendar/public.ics`,
    );
    expect(
      within(calendars).getByRole('link', { name: 'Subscribe in your calendar program' }),
    ).toHaveAttribute('href', `${webcal}/calendar/public.ics`);

    fireEvent.change(within(calendars).getByLabelText('Name of a new calendar'), {
      target: { value: ' Phone ' },
    });
    fireEvent.click(within(calendars).getByRole('button', { name: 'Make a private calendar' }));
    // The API names its own configured host; the address given is on the host this person is using.
    expect(await within(calendars).findByLabelText('Address')).toHaveValue(
      `${here}/calendar/private/secret-token.ics`,
    );
    const subscribe = within(calendars).getAllByRole('link', { name: 'Subscribe in your calendar program' });
    expect(subscribe.at(-1)).toHaveAttribute('href', `${webcal}/calendar/private/secret-token.ics`);
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(within(calendars).getAllByRole('button', { name: 'Copy the address' }).at(-1)!);
    expect(await within(calendars).findByText('Address copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(`${here}/calendar/private/secret-token.ics`);
    expect(mock.calls('CreateCalendarFeed')[0]![0].variables).toEqual({ label: 'Phone' });

    fireEvent.click(within(calendars).getByRole('button', { name: 'Revoke “Laptop”' }));
    await waitFor(() => expect(mock.calls('RevokeCalendarFeed')).toHaveLength(1));
    expect(mock.calls('RevokeCalendarFeed')[0]![0].variables).toEqual({ id: 'f-old' });
  });

  it('lets a Co-Chair withdraw an invitation with a reason, once asked a second time how many will be told', async () => {
    const { calls } = show(coChair, (_, name) =>
      name === 'WithdrawMeetingInvitation'
        ? answer({
            data: {
              withdrawMeetingInvitation: {
                id: 'i-dialogue',
                version: 4,
                withdrawnAt: '2030-05-04T09:00:00.000Z',
                withdrawalReason: 'Sent for the wrong meeting.',
              },
            },
          })
        : never,
    );
    const card = await screen.findByRole('article', { name: 'Informal dialogue on the follow-up' });
    fireEvent.click(within(card).getByText('Correct or withdraw this invitation'));
    const form = within(card).getByRole('form', { name: 'Withdraw the invitation' });
    fireEvent.click(within(form).getByRole('button', { name: 'Withdraw the invitation…' }));
    // Without a reason nothing is sent: the recipients are owed one.
    expect(await within(form).findByRole('alert')).toHaveTextContent('Say why the invitation is withdrawn');
    fireEvent.change(within(form).getByLabelText('Why it is withdrawn'), {
      target: { value: 'Sent for the wrong meeting.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Withdraw the invitation…' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The 150 participants it reached will be told it is withdrawn',
    );
    expect(calls('WithdrawMeetingInvitation')).toHaveLength(0);
    fireEvent.click(within(form).getByRole('button', { name: 'Yes, withdraw it and tell 150 participants' }));
    await waitFor(() => expect(calls('WithdrawMeetingInvitation')).toHaveLength(1));
    expect(calls('WithdrawMeetingInvitation')[0]![0].variables).toEqual({
      input: { invitationId: 'i-dialogue', expectedVersion: 3, reason: 'Sent for the wrong meeting.' },
    });
  });

  it('shows a withdrawn invitation with its reason, and takes no reply to it', async () => {
    show(kenya, () => never, '2030-05-04T09:00:00.000Z');
    const card = await screen.findByRole('article', { name: 'Informal dialogue on the follow-up' });
    expect(card).toHaveTextContent('Withdrawn on 4 May 2030: Sent for the wrong meeting.');
    expect(within(card).queryByRole('form', { name: 'Reply for Kenya' })).not.toBeInTheDocument();
  });
});
