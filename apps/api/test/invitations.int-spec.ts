import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { seedSampleData } from '../src/seed/seed-sample-data';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { mutate } from './support/graphql-fixtures';
import { instant, parseCalendar } from './support/icalendar';
import { attachmentOf, subjectOf } from './support/mail-parts';
import { eventually, startSmtpCatcher, type CaughtEmail } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PUBLIC_URL = 'https://prepcom.example.org';
const CREATE_MILESTONE = `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
const UPDATE_MILESTONE = `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { version } }`;
const INVITE = `mutation ($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`;
const REPLY = `mutation ($input: ReplyToMeetingInvitationInput!) {
  replyToMeetingInvitation(input: $input) { attending attendeeCount attendeeNames repliedAt }
}`;
const WHO_IS_COMING = `query ($milestoneId: ID) {
  meetingInvitations(milestoneId: $milestoneId) {
    id invitedAudiences copiedAudiences sentBy { name } milestone { title }
    attendance { reached replied attending notAttending awaiting people }
    recipients { participant { name } copied attending attendeeCount attendeeNames }
    myReply { attending attendeeCount }
  }
}`;

interface Listed {
  id: string;
  attendance: Record<string, number> | null;
  recipients: {
    participant: { name: string };
    copied: boolean;
    attending: boolean | null;
    attendeeCount: number;
  }[];
  myReply: { attending: boolean | null; attendeeCount: number } | null;
}

describe('invitations to a meeting: to the chosen participants, in their languages, with an .ics; and replies', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let db: Client;
  let processId: string;
  let dialogueId: string;
  let dialogueInvitation: string;
  /** The SEQUENCE of the dialogue's event as first sent. */
  let firstSequence: number;

  const eventOf = async (type: string, key: string, id: string) =>
    (
      await eventually(
        () =>
          db.query<{ id: string }>(`SELECT id FROM outbox_event WHERE type = $1 AND payload->>$2 = $3`, [
            type,
            key,
            id,
          ]),
        (result) => result.rows.length === 1,
      )
    ).rows[0]!.id;

  /** Waits until every delivery of the event is sent, then returns its emails by recipient address. */
  async function delivered(eventId: string, people: number): Promise<Map<string, CaughtEmail>> {
    await eventually(
      async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT count(*) AS n FROM delivery WHERE event_id = $1 AND status = 'SENT'`,
              [eventId],
            )
          ).rows[0]!.n,
        ),
      (n) => n === people * 2,
    );
    const mails = smtp.received.filter((mail) => mail.messageId.startsWith(`<event-${eventId}.`));
    return new Map(mails.map((mail) => [mail.to, mail]));
  }

  const meeting = (title: string, startsAt: string, endsAt: string, kind = 'INFORMAL_DIALOGUE') =>
    mutate<{ id: string; version: number }>(
      t,
      CREATE_MILESTONE,
      {
        processId,
        kind,
        title,
        shortTitle: title.slice(0, 10),
        startsAt,
        endsAt,
        timeZone: 'Europe/Zurich',
        venue: 'Palais des Nations',
        room: 'Room VII',
      },
      accounts.cookie.coChair,
    );

  beforeAll(async () => {
    t = await startTestApp();
    // The real process: some 140 States Parties, States not parties and organisations, and the dialogue of the
    // letter of 19 June 2002 with its two contacts. The test's own accounts act for States added beside them.
    await seedSampleData(t.database.url);
    accounts = await createRoleAccounts(t);
    smtp = await startSmtpCatcher();
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    const { rows } = await db.query<{ id: string; process_id: string }>(
      `SELECT id, process_id FROM milestone WHERE kind = 'INFORMAL_DIALOGUE' AND starts_at = '2002-06-27T13:00:00Z'`,
    );
    dialogueId = rows[0]!.id;
    processId = rows[0]!.process_id;
    // Each delegate reads in their own language.
    await db.query(`UPDATE account SET language = 'fr' WHERE id = $1`, [accounts.accountId.presidency]);
    await db.query(`UPDATE account SET language = 'es' WHERE id = $1`, [accounts.accountId.stateParty]);
    worker = await startWorker(
      loadConfig({
        REDIS_URL,
        QUEUE_PREFIX: `prepcom-test-${randomBytes(6).toString('hex')}`,
        SMTP_URL: smtp.url,
        PUBLIC_URL,
      }),
      t.database.url,
      { logger: false },
    );
  });

  afterAll(async () => {
    await Promise.all(
      (worker?.pipeline.queues ?? []).map((queue) =>
        queue.obliterate({ force: true }).catch(() => undefined),
      ),
    );
    await worker?.stop();
    await db?.end();
    await smtp?.close();
    await t?.close();
  });

  it('reaches every State Party of the June 2002 dialogue in its language with a correct .ics, copies the States not parties, and no one else', async () => {
    dialogueInvitation = (
      await mutate<{ id: string }>(
        t,
        INVITE,
        {
          milestoneId: dialogueId,
          invited: ['STATES_PARTIES'],
          copied: ['STATES_NOT_PARTIES'],
          note: 'To seek the views of States Parties on the discussion they wish to see at the Fourth Meeting.',
        },
        accounts.cookie.coChair,
      )
    ).id;
    // Every State Party of today is invited, every State not party copied, each once.
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);
    const parties = `kind = 'STATE' AND became_party_on <= current_date`;
    const reached = await db.query<{ copied: boolean; n: string }>(
      `SELECT copied, count(*) AS n FROM meeting_invitation_recipient WHERE invitation_id = $1 GROUP BY copied`,
      [dialogueInvitation],
    );
    expect(Object.fromEntries(reached.rows.map((row) => [String(row.copied), Number(row.n)]))).toEqual({
      false: await count(`SELECT count(*) AS n FROM participant WHERE ${parties}`),
      true: await count(
        `SELECT count(*) AS n FROM participant WHERE kind = 'STATE' AND (became_party_on IS NULL OR became_party_on > current_date)`,
      ),
    });
    expect(Number(reached.rows.find((row) => !row.copied)!.n)).toBeGreaterThan(140);

    const eventId = await eventOf('INVITATION_SENT', 'invitationId', dialogueInvitation);
    // The Co-Chair sent it: its own account is not told of what it did; the rest of its delegation would be.
    const statesParties = ['presidency', 'incomingPresidency', 'stateParty'] as const;
    const expected = [...statesParties, 'observer'] as const;
    const mails = await delivered(eventId, expected.length);

    // In-app: exactly these people, linked to the meeting; not the administrator, not the support unit, not the sender.
    const { rows: inApp } = await db.query<{
      account_id: string;
      subject: string;
      body: string;
      link: string;
    }>(`SELECT account_id, subject, body, link FROM notification WHERE event_id = $1`, [eventId]);
    expect(inApp.map((row) => row.account_id).sort()).toEqual(
      expected.map((role) => accounts.accountId[role]).sort(),
    );
    expect(new Set(inApp.map((row) => row.link))).toEqual(new Set([`/milestones/${dialogueId}`]));
    const inAppOf = (role: (typeof expected)[number]) =>
      inApp.find((row) => row.account_id === accounts.accountId[role])!;
    expect(inAppOf('presidency').body).toMatch(
      /^Co-Chair State vous invite à Informal dialogue on a process to prepare for the First Review Conference, le 2002-06-27 15:00 Europe\/Zurich, Palais des Nations, Geneva, Room VII\./,
    );
    expect(inAppOf('stateParty').body).toMatch(
      /^Co-Chair State le invita a .*, el 2002-06-27 15:00 Europe\/Zurich/,
    );
    expect(inAppOf('incomingPresidency').body).toMatch(/^Co-Chair State invites you to /);
    expect(inAppOf('incomingPresidency').body).toContain(
      'Contacts: Mr. Knut Langeland, Permanent Mission of Norway, Geneva, knut.langeland@mfa.no, 022-918-0400; Mr. Apirat Sugondhabhirom',
    );
    expect(inAppOf('incomingPresidency').body).toContain('To seek the views of States Parties');

    // Email: one each, nobody else, in their language, each with an .ics addressed to them.
    expect([...mails.keys()].sort()).toEqual(
      ['president', 'incoming', 'party', 'observer'].map((name) => `${name}@test.example`).sort(),
    );
    expect(subjectOf(mails.get('president@test.example')!.raw)).toBe(
      'Invitation : Informal dialogue on a process to prepare for the First Review Conference',
    );
    expect(subjectOf(mails.get('party@test.example')!.raw)).toBe(
      'Invitación: Informal dialogue on a process to prepare for the First Review Conference',
    );
    for (const [address, mail] of mails) {
      const ics = attachmentOf(mail.raw, 'application/ics');
      expect(ics).not.toBeNull();
      expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
      const calendar = parseCalendar(ics!);
      expect(calendar.method).toBe('REQUEST');
      expect(calendar.zoneIds).toEqual(['Europe/Zurich']);
      const event = calendar.event(`milestone-${dialogueId}@prepcom`);
      firstSequence = event.sequence;
      expect(instant(event.startDate)).toBe('2002-06-27T13:00:00.000Z');
      expect(instant(event.endDate)).toBe('2002-06-27T16:00:00.000Z');
      expect(event.location).toBe('Palais des Nations, Geneva, Room VII');
      expect(event.component.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/milestones/${dialogueId}`);
      expect(event.component.getFirstSubcomponent('valarm')).not.toBeNull();
      expect(String(event.component.getFirstPropertyValue('organizer')).toLowerCase()).toBe(
        'mailto:cochair@test.example',
      );
      const attendee = event.component.getFirstProperty('attendee')!;
      expect(String(attendee.getFirstValue()).toLowerCase()).toBe(`mailto:${address}`);
      expect(attendee.getParameter('role')).toBe(
        address === 'observer@test.example' ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT',
      );
    }
  });

  it('lets each invited delegate reply until the meeting starts, and shows the Co-Chairs who is coming', async () => {
    const future = await meeting(
      'Dialogue to come',
      '2099-06-25T15:00:00+02:00',
      '2099-06-25T18:00:00+02:00',
    );
    const invitationId = (
      await mutate<{ id: string }>(
        t,
        INVITE,
        {
          milestoneId: future.id,
          invitedParticipantIds: (['coChair', 'presidency', 'incomingPresidency', 'stateParty'] as const).map(
            (role) => accounts.participantId[role],
          ),
          copiedParticipantIds: [accounts.participantId.observer],
        },
        accounts.cookie.supportUnit,
      )
    ).id;
    const reply = (role: 'stateParty' | 'observer' | 'presidency' | 'supportUnit', input: object) =>
      t.gql<{
        replyToMeetingInvitation: { attending: boolean; attendeeCount: number; attendeeNames: string[] };
      }>(REPLY, { input: { invitationId, ...input } }, { cookie: accounts.cookie[role] });
    expect(
      (await reply('stateParty', { attending: true, attendeeCount: 3, attendeeNames: ['A. Delegate'] })).data,
    ).toEqual({ replyToMeetingInvitation: expect.objectContaining({ attendeeCount: 3 }) });
    // A reply can change: two of them come after all.
    const changed = await reply('stateParty', {
      attending: true,
      attendeeCount: 2,
      attendeeNames: ['A. Delegate'],
    });
    expect(changed.data!.replyToMeetingInvitation).toMatchObject({ attending: true, attendeeCount: 2 });
    // Left out, the count is the number of names.
    const named = await reply('presidency', { attending: true, attendeeNames: ['P. One', 'P. Two'] });
    expect(named.data!.replyToMeetingInvitation.attendeeCount).toBe(2);
    expect((await reply('observer', { attending: false })).data!.replyToMeetingInvitation).toMatchObject({
      attending: false,
      attendeeCount: 0,
    });

    const refused = await reply('stateParty', {
      attending: true,
      attendeeCount: 1,
      attendeeNames: ['A', 'B'],
    });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeNames' });
    // The support unit was not sent this one: for its delegates it does not exist.
    const notSent = await reply('supportUnit', { attending: true });
    expect(notSent.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'invitationId' });

    const asCoChair = await t.gql<{ meetingInvitations: Listed[] }>(
      WHO_IS_COMING,
      { milestoneId: future.id },
      { cookie: accounts.cookie.coChair },
    );
    const [listed] = asCoChair.data!.meetingInvitations;
    expect(listed!.attendance).toEqual({
      reached: 5,
      replied: 3,
      attending: 2,
      notAttending: 1,
      awaiting: 2,
      people: 4,
    });
    expect(
      listed!.recipients.map((row) => [row.participant.name, row.copied, row.attending, row.attendeeCount]),
    ).toEqual([
      ['Co-Chair State', false, null, 0],
      ['Incoming State', false, null, 0],
      ['Observer State', true, false, 0],
      ['Party State', false, true, 2],
      ['Presiding State', false, true, 2],
    ]);

    // A delegate sees the invitation and its own reply only; an administrator, who speaks for no one, none.
    const asParty = await t.gql<{ meetingInvitations: Listed[] }>(
      WHO_IS_COMING,
      { milestoneId: future.id },
      { cookie: accounts.cookie.stateParty },
    );
    const [own] = asParty.data!.meetingInvitations;
    expect(own!.attendance).toBeNull();
    expect(own!.recipients.map((row) => row.participant.name)).toEqual(['Party State']);
    expect(own!.myReply).toEqual({ attending: true, attendeeCount: 2 });
    const asAdministrator = await t.gql<{ meetingInvitations: Listed[] }>(
      WHO_IS_COMING,
      { milestoneId: future.id },
      { cookie: accounts.cookie.administrator },
    );
    expect(asAdministrator.data!.meetingInvitations).toEqual([]);

    // Every reply is in the audit trail, old value and new.
    const { rows: audited } = await db.query<{ old_value: number; new_value: number }>(
      `SELECT old_value, new_value FROM audit_event
        WHERE entity_type = 'meeting_invitation_recipient' AND field = 'attendeeCount' AND account_id = $1
        ORDER BY id`,
      [accounts.accountId.stateParty],
    );
    expect(audited).toEqual([
      { old_value: 0, new_value: 3 },
      { old_value: 3, new_value: 2 },
    ]);
  });

  it('closes replies once the meeting has started', async () => {
    const late = await t.gql(
      REPLY,
      { input: { invitationId: dialogueInvitation, attending: true } },
      {
        cookie: accounts.cookie.stateParty,
      },
    );
    expect(late.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invitationId' });
    expect(late.errors![0]!.extensions.guards!.map((guard) => guard.guard)).toEqual(['REPLIES_CLOSED']);
  });

  it('refuses an invitation that would invite nobody, and one to a deadline', async () => {
    const onlyCopied = await t.gql(
      INVITE,
      { input: { milestoneId: dialogueId, copied: ['ORGANISATIONS'] } },
      { cookie: accounts.cookie.coChair },
    );
    expect(onlyCopied.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'invited' });
    const deadline = await meeting(
      'Deadline for proposals',
      '2099-03-01T12:00:00Z',
      '2099-03-01T12:00:01Z',
      'DEADLINE',
    );
    const toDeadline = await t.gql(
      INVITE,
      { input: { milestoneId: deadline.id, invited: ['STATES_PARTIES'] } },
      { cookie: accounts.cookie.coChair },
    );
    expect(toDeadline.errors![0]!.extensions.guards!.map((guard) => guard.guard)).toEqual(['NOT_A_MEETING']);
    const unknown = await t.gql(
      INVITE,
      { input: { milestoneId: dialogueId, invitedParticipantIds: ['00000000-0000-4000-8000-000000000000'] } },
      { cookie: accounts.cookie.coChair },
    );
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'invitedParticipantIds',
    });
  });

  it('invites each participant to a meeting once: a repeat is refused, a second click waits for the first', async () => {
    const again = await t.gql(
      INVITE,
      { input: { milestoneId: dialogueId, invited: ['STATES_PARTIES'], copied: ['STATES_NOT_PARTIES'] } },
      { cookie: accounts.cookie.coChair },
    );
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'milestoneId' });
    expect(again.errors![0]!.extensions.guards!.map((guard) => guard.guard)).toEqual(['ALREADY_INVITED']);

    // Two clicks on one meeting at once: one invitation goes out, the other is refused.
    const talks = await meeting(
      'Informal talks on the costs',
      '2099-04-01T13:00:00Z',
      '2099-04-01T15:00:00Z',
    );
    const send = () =>
      t.gql<{ inviteToMeeting: { id: string } }>(
        INVITE,
        { input: { milestoneId: talks.id, invited: ['STATES_PARTIES'] } },
        { cookie: accounts.cookie.coChair },
      );
    const answers = await Promise.all([send(), send()]);
    expect(answers.filter((answer) => answer.data?.inviteToMeeting).length).toBe(1);
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions.guards)).toEqual([
      [expect.objectContaining({ guard: 'ALREADY_INVITED' })],
    ]);

    // A later invitation to the same meeting reaches only those not invited yet.
    const organisations = await t.gql<{ inviteToMeeting: { id: string } }>(
      INVITE,
      { input: { milestoneId: talks.id, invited: ['STATES_PARTIES', 'ORGANISATIONS'] } },
      { cookie: accounts.cookie.coChair },
    );
    const { rows } = await db.query<{ kind: string; n: string }>(
      `SELECT p.kind, count(*) AS n FROM meeting_invitation_recipient r JOIN participant p ON p.id = r.participant_id
        WHERE r.invitation_id = $1 GROUP BY p.kind`,
      [organisations.data!.inviteToMeeting.id],
    );
    expect(rows.map((row) => row.kind)).toEqual(['ORGANISATION']);
  });

  it('sends a moved meeting to those invited as the same event with a higher SEQUENCE, and no .ics to others', async () => {
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM milestone WHERE id = $1`, [
      dialogueId,
    ]);
    const before = rows[0]!.version;
    await mutate(
      t,
      UPDATE_MILESTONE,
      {
        id: dialogueId,
        expectedVersion: before,
        startsAt: '2002-06-27T16:00:00+02:00',
        endsAt: '2002-06-27T19:00:00+02:00',
      },
      accounts.cookie.coChair,
    );
    const eventId = await eventOf('MILESTONE_MOVED', 'milestoneId', dialogueId);
    // Everyone but the Co-Chair who moved it hears that it moved (six accounts); only those invited get the
    // calendar entry again.
    const mails = await delivered(eventId, 6);
    expect(mails.has('cochair@test.example')).toBe(false);
    for (const address of ['president', 'incoming', 'party', 'observer']) {
      const calendar = parseCalendar(
        attachmentOf(mails.get(`${address}@test.example`)!.raw, 'application/ics')!,
      );
      expect(calendar.method).toBe('REQUEST');
      const event = calendar.event(`milestone-${dialogueId}@prepcom`);
      expect(event.sequence).toBe(firstSequence + 1);
      expect(instant(event.startDate)).toBe('2002-06-27T14:00:00.000Z');
    }
    for (const address of ['admin', 'isu']) {
      expect(attachmentOf(mails.get(`${address}@test.example`)!.raw, 'application/ics')).toBeNull();
    }
  });

  it('corrects and withdraws an invitation until its meeting begins, telling everyone it reached, who may be invited again', async () => {
    const CORRECT = `mutation ($input: CorrectMeetingInvitationInput!) { correctMeetingInvitation(input: $input) { version note correctedAt } }`;
    const WITHDRAW = `mutation ($input: WithdrawMeetingInvitationInput!) { withdrawMeetingInvitation(input: $input) { version withdrawnAt withdrawalReason } }`;
    const guardsOf = (answer: { errors?: { extensions: { guards?: { guard: string }[] } }[] }) =>
      answer.errors![0]!.extensions.guards!.map((failure) => failure.guard);
    const later = await meeting(
      'Dialogue on costs',
      '2099-07-02T15:00:00+02:00',
      '2099-07-02T18:00:00+02:00',
    );
    const invited = (['presidency', 'incomingPresidency', 'stateParty'] as const).map(
      (role) => accounts.participantId[role],
    );
    const invitationId = (
      await mutate<{ id: string }>(
        t,
        INVITE,
        { milestoneId: later.id, invitedParticipantIds: invited, note: 'In Room VII.' },
        accounts.cookie.supportUnit,
      )
    ).id;
    await delivered(await eventOf('INVITATION_SENT', 'invitationId', invitationId), 3);

    const corrected = await mutate<{ version: number; note: string }>(
      t,
      CORRECT,
      { invitationId, expectedVersion: 1, note: 'In Room XX, not Room VII.' },
      accounts.cookie.coChair,
    );
    expect(corrected).toMatchObject({ version: 2, note: 'In Room XX, not Room VII.' });
    // A correction made from what someone else has since changed is refused, not applied over theirs.
    const stale = await t.gql(
      CORRECT,
      { input: { invitationId, expectedVersion: 1, note: 'In Room VIII.' } },
      { cookie: accounts.cookie.presidency },
    );
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const inAppBody = async (eventId: string, role: 'incomingPresidency' | 'stateParty') =>
      (
        await db.query<{ body: string }>(
          `SELECT body FROM notification WHERE event_id = $1 AND account_id = $2`,
          [eventId, accounts.accountId[role]],
        )
      ).rows[0]!.body;
    const correctionEvent = await eventOf('INVITATION_CORRECTED', 'invitationId', invitationId);
    const correction = await delivered(correctionEvent, 3);
    expect(subjectOf(correction.get('president@test.example')!.raw)).toBe(
      'Invitation corrigée : Dialogue on costs',
    );
    expect(await inAppBody(correctionEvent, 'incomingPresidency')).toContain('In Room XX, not Room VII.');

    const blank = await t.gql(
      WITHDRAW,
      { input: { invitationId, expectedVersion: 2, reason: '  ' } },
      { cookie: accounts.cookie.coChair },
    );
    expect(guardsOf(blank)).toEqual(['REASON_REQUIRED']);
    const withdrawn = await mutate<{ withdrawnAt: string; withdrawalReason: string }>(
      t,
      WITHDRAW,
      { invitationId, expectedVersion: 2, reason: 'The dialogue on costs is held with the Fifth Meeting.' },
      accounts.cookie.coChair,
    );
    expect(withdrawn.withdrawalReason).toBe('The dialogue on costs is held with the Fifth Meeting.');
    const withdrawalEvent = await eventOf('INVITATION_WITHDRAWN', 'invitationId', invitationId);
    const withdrawal = await delivered(withdrawalEvent, 3);
    const party = withdrawal.get('party@test.example')!.raw;
    expect(subjectOf(party)).toBe('Invitación retirada: Dialogue on costs');
    expect(await inAppBody(withdrawalEvent, 'stateParty')).toBe(
      'Support Unit ha retirado la invitación a Dialogue on costs que se le había enviado. Motivo indicado:\n\n' +
        'The dialogue on costs is held with the Fifth Meeting.',
    );
    // Their calendars drop the meeting.
    expect(parseCalendar(attachmentOf(party, 'application/ics')!).method).toBe('CANCEL');

    // A withdrawn invitation takes no reply and no second withdrawal; its recipients may be invited again.
    const reply = await t.gql(
      REPLY,
      { input: { invitationId, attending: true } },
      { cookie: accounts.cookie.stateParty },
    );
    expect(guardsOf(reply)).toEqual(['INVITATION_WITHDRAWN']);
    const again = await t.gql(
      WITHDRAW,
      { input: { invitationId, expectedVersion: 3, reason: 'Twice.' } },
      { cookie: accounts.cookie.coChair },
    );
    expect(guardsOf(again)).toEqual(['INVITATION_WITHDRAWN']);
    await mutate(
      t,
      INVITE,
      { milestoneId: later.id, invitedParticipantIds: invited },
      accounts.cookie.supportUnit,
    );

    // The dialogue of 2002 was held: its invitation stands as it was sent.
    const held = await t.gql(
      CORRECT,
      { input: { invitationId: dialogueInvitation, expectedVersion: 1, note: 'Rewritten history.' } },
      { cookie: accounts.cookie.coChair },
    );
    expect(guardsOf(held)).toEqual(['MEETING_STARTED']);
    // A State Party may reply to an invitation, not correct one.
    const delegate = await t.gql(
      CORRECT,
      { input: { invitationId, expectedVersion: 3, note: 'Mine now.' } },
      { cookie: accounts.cookie.stateParty },
    );
    expect(delegate.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });
});
