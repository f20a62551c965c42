import {
  addressees,
  attendanceOf,
  audienceOf,
  InvitationAudience,
  invitationChangeRefusals,
  invitationRefusal,
  MAX_ATTENDEES,
  replyRefusals,
  withdrawalRefusals,
  type InvitationReply,
  type SentInvitation,
} from './invitations';
import { MilestoneKind, MilestoneStatus, ParticipantKind } from './model';

const norway = { id: 'nor', kind: ParticipantKind.STATE, becamePartyOn: '1999-03-01' };
const afghanistan = { id: 'afg', kind: ParticipantKind.STATE, becamePartyOn: '2003-03-01' };
const finland = { id: 'fin', kind: ParticipantKind.STATE, becamePartyOn: null };
const icbl = { id: 'icbl', kind: ParticipantKind.ORGANISATION, becamePartyOn: null };
const everyone = [norway, afghanistan, finland, icbl];

const dialogue: Parameters<typeof replyRefusals>[1] = {
  title: 'Informal dialogue',
  kind: MilestoneKind.INFORMAL_DIALOGUE,
  status: MilestoneStatus.PLANNED,
  startsAt: new Date('2002-06-27T13:00:00Z'),
};
const before = new Date('2002-06-20T09:00:00Z');
const guards = (reply: InvitationReply, now = before, meeting = dialogue) =>
  replyRefusals(reply, meeting, now).map((failure) => failure.guard);

describe('who an invitation reaches', () => {
  it('counts a State as a party from the day the Convention is in force for it', () => {
    expect(audienceOf(afghanistan, '2002-06-19')).toBe(InvitationAudience.STATES_NOT_PARTIES);
    expect(audienceOf(afghanistan, '2003-03-01')).toBe(InvitationAudience.STATES_PARTIES);
    expect(audienceOf(finland, '2003-03-01')).toBe(InvitationAudience.STATES_NOT_PARTIES);
    expect(audienceOf(icbl, '2003-03-01')).toBe(InvitationAudience.ORGANISATIONS);
  });

  it('invites the States Parties and copies the others, as the letter of 19 June 2002 did', () => {
    const result = addressees(
      everyone,
      {
        invited: [InvitationAudience.STATES_PARTIES],
        invitedParticipantIds: [],
        copied: [InvitationAudience.STATES_NOT_PARTIES, InvitationAudience.ORGANISATIONS],
        copiedParticipantIds: [],
      },
      '2002-06-19',
    );
    expect(result.map(({ participant, copied }) => [participant.id, copied])).toEqual([
      ['nor', false],
      ['afg', true],
      ['fin', true],
      ['icbl', true],
    ]);
  });

  it('adds participants named one by one, invites rather than copies someone chosen twice, and leaves out the rest', () => {
    const result = addressees(
      everyone,
      {
        invited: [],
        invitedParticipantIds: ['icbl'],
        copied: [InvitationAudience.ORGANISATIONS],
        copiedParticipantIds: ['fin'],
      },
      '2002-06-19',
    );
    expect(result.map(({ participant, copied }) => [participant.id, copied])).toEqual([
      ['fin', true],
      ['icbl', false],
    ]);
  });
});

describe('what can be invited to', () => {
  it('refuses deadlines and cancelled meetings, and accepts a meeting', () => {
    expect(invitationRefusal({ ...dialogue, kind: MilestoneKind.DEADLINE })?.guard).toBe('NOT_A_MEETING');
    expect(invitationRefusal({ ...dialogue, status: MilestoneStatus.CANCELLED })?.guard).toBe(
      'MEETING_CANCELLED',
    );
    expect(invitationRefusal(dialogue)).toBeNull();
  });
});

describe('replies', () => {
  it('accepts a delegation with some of its names, and a plain no', () => {
    expect(guards({ attending: true, attendeeCount: 3, attendeeNames: ['Knut Langeland'] })).toEqual([]);
    expect(guards({ attending: false, attendeeCount: 0, attendeeNames: [] })).toEqual([]);
  });

  it('closes when the meeting starts, or when it is cancelled', () => {
    const reply = { attending: true, attendeeCount: 1, attendeeNames: [] };
    expect(guards(reply, new Date('2002-06-27T12:59:59Z'))).toEqual([]);
    expect(guards(reply, new Date('2002-06-27T13:00:00Z'))).toEqual(['REPLIES_CLOSED']);
    expect(guards(reply, before, { ...dialogue, status: MilestoneStatus.CANCELLED })).toEqual([
      'REPLIES_CLOSED',
    ]);
  });

  it('refuses a count that cannot be, and names that are blank or more than the people', () => {
    expect(guards({ attending: true, attendeeCount: 0, attendeeNames: [] })).toEqual(['ATTENDEE_COUNT']);
    expect(guards({ attending: true, attendeeCount: MAX_ATTENDEES + 1, attendeeNames: [] })).toEqual([
      'ATTENDEE_COUNT',
    ]);
    expect(guards({ attending: true, attendeeCount: 1, attendeeNames: ['A', 'B'] })).toEqual([
      'MORE_NAMES_THAN_PEOPLE',
    ]);
    expect(guards({ attending: true, attendeeCount: 2, attendeeNames: ['A', '  '] })).toEqual([
      'ATTENDEE_NAME',
    ]);
    expect(guards({ attending: false, attendeeCount: 2, attendeeNames: [] })).toEqual(['NOBODY_COMES']);
  });
});

describe('attendance', () => {
  it('counts who comes, who does not, who has not said, and how many people come', () => {
    expect(
      attendanceOf([
        { attending: true, attendeeCount: 3 },
        { attending: true, attendeeCount: 1 },
        { attending: false, attendeeCount: 0 },
        { attending: null, attendeeCount: 0 },
      ]),
    ).toEqual({ reached: 4, replied: 3, attending: 2, notAttending: 1, awaiting: 1, people: 4 });
    expect(attendanceOf([])).toEqual({
      reached: 0,
      replied: 0,
      attending: 0,
      notAttending: 0,
      awaiting: 0,
      people: 0,
    });
  });
});

describe('correcting or withdrawing an invitation', () => {
  const sent: SentInvitation = { withdrawnAt: null };
  const changeGuards = (invitation = sent, now = before, meeting = dialogue) =>
    invitationChangeRefusals(invitation, meeting, now).map((failure) => failure.guard);

  it('is possible until the meeting begins', () => {
    expect(changeGuards()).toEqual([]);
    expect(changeGuards(sent, new Date('2002-06-27T12:59:59Z'))).toEqual([]);
    expect(changeGuards(sent, dialogue.startsAt)).toEqual(['MEETING_STARTED']);
  });

  it('is refused once the invitation was withdrawn or the meeting cancelled, saying each reason', () => {
    const withdrawn = { withdrawnAt: new Date('2002-06-21T09:00:00Z') };
    const cancelled = { ...dialogue, status: MilestoneStatus.CANCELLED };
    expect(changeGuards(withdrawn)).toEqual(['INVITATION_WITHDRAWN']);
    expect(changeGuards(withdrawn, before, cancelled)).toEqual(['INVITATION_WITHDRAWN', 'MEETING_CANCELLED']);
  });

  it('asks why an invitation is withdrawn', () => {
    const reasons = (reason: string) =>
      withdrawalRefusals(sent, dialogue, before, reason).map((failure) => failure.guard);
    expect(reasons('  ')).toEqual(['REASON_REQUIRED']);
    expect(reasons('Sent to the wrong meeting')).toEqual([]);
  });
});
