// Invitations to a meeting: who they reach, and what a reply may say. The 2002 letter is the model: all States
// Parties invited, States not parties and organisations copied, each answering for itself.
import { refusal, type GuardFailure } from './guard-failure';
import { MilestoneKind, MilestoneStatus, ParticipantKind, type IsoDate } from './model';
import { TEXT_LIMITS } from './validation';
import { shorten } from './wording';

/** The groups an invitation can be addressed or copied to, as the letters of the process name them. */
export const InvitationAudience = {
  STATES_PARTIES: 'STATES_PARTIES',
  STATES_NOT_PARTIES: 'STATES_NOT_PARTIES',
  ORGANISATIONS: 'ORGANISATIONS',
} as const;
export type InvitationAudience = (typeof InvitationAudience)[keyof typeof InvitationAudience];

/** Most people one participant may announce; a delegation larger than this is a typing error. */
export const MAX_ATTENDEES = 100;

export interface Invitee {
  id: string;
  kind: ParticipantKind;
  becamePartyOn: IsoDate | null;
}

/** The group a participant belongs to on a day: a State is a party once the Convention is in force for it. */
export function audienceOf(participant: Invitee, today: IsoDate): InvitationAudience {
  if (participant.kind === ParticipantKind.ORGANISATION) return InvitationAudience.ORGANISATIONS;
  return participant.becamePartyOn !== null && participant.becamePartyOn <= today
    ? InvitationAudience.STATES_PARTIES
    : InvitationAudience.STATES_NOT_PARTIES;
}

export interface AddresseeChoice {
  invited: readonly InvitationAudience[];
  invitedParticipantIds: readonly string[];
  copied: readonly InvitationAudience[];
  copiedParticipantIds: readonly string[];
}

/**
 * Everyone an invitation reaches, each once: the participants of the invited groups and those named, then the
 * copied ones. A participant both invited and copied is invited.
 */
export function addressees<P extends Invitee>(
  participants: readonly P[],
  choice: AddresseeChoice,
  today: IsoDate,
): { participant: P; copied: boolean }[] {
  const chosen = (groups: readonly InvitationAudience[], ids: readonly string[]) => (participant: P) =>
    groups.includes(audienceOf(participant, today)) || ids.includes(participant.id);
  const invited = chosen(choice.invited, choice.invitedParticipantIds);
  const copied = chosen(choice.copied, choice.copiedParticipantIds);
  return participants.flatMap((participant): { participant: P; copied: boolean }[] => {
    if (invited(participant)) return [{ participant, copied: false }];
    return copied(participant) ? [{ participant, copied: true }] : [];
  });
}

interface Meeting {
  title: string;
  kind: MilestoneKind;
  status: MilestoneStatus;
  startsAt: Date;
}

/**
 * Why no invitation can go out to this milestone, or null. A meeting already held may still be sent one (the
 * sample process is history, and a secretariat may record a letter sent on paper); its replies are closed.
 */
export function invitationRefusal(meeting: Meeting): GuardFailure | null {
  if (meeting.kind === MilestoneKind.DEADLINE) {
    return refusal('NOT_A_MEETING', 'milestoneId', 'NOT_A_MEETING', { meeting: shorten(meeting.title) });
  }
  if (meeting.status === MilestoneStatus.CANCELLED) {
    return refusal('MEETING_CANCELLED', 'milestoneId', 'MEETING_CANCELLED', {
      meeting: shorten(meeting.title),
    });
  }
  return null;
}

export interface InvitationReply {
  attending: boolean;
  /** How many people come; at least one when attending, none when not. */
  attendeeCount: number;
  /** Who comes, as far as known; never more names than people. */
  attendeeNames: readonly string[];
}

/** Every reason a reply cannot be recorded now; an empty list when it can. */
export function replyRefusals(reply: InvitationReply, meeting: Meeting, now: Date): GuardFailure[] {
  const failures: GuardFailure[] = [];
  if (meeting.status === MilestoneStatus.CANCELLED || now.getTime() >= meeting.startsAt.getTime()) {
    const code =
      meeting.status === MilestoneStatus.CANCELLED ? 'REPLIES_CLOSED_CANCELLED' : 'REPLIES_CLOSED_STARTED';
    failures.push(refusal('REPLIES_CLOSED', 'invitationId', code, { meeting: shorten(meeting.title) }));
  }
  const { attendeeCount: count, attendeeNames: names } = reply;
  if (!reply.attending && (count !== 0 || names.length > 0)) {
    failures.push(refusal('NOBODY_COMES', 'attendeeCount', 'NOBODY_COMES', {}));
  }
  if (reply.attending && (!Number.isInteger(count) || count < 1 || count > MAX_ATTENDEES)) {
    failures.push(refusal('ATTENDEE_COUNT', 'attendeeCount', 'ATTENDEE_COUNT', { max: MAX_ATTENDEES }));
  }
  if (names.length > count) {
    failures.push(
      refusal('MORE_NAMES_THAN_PEOPLE', 'attendeeNames', 'MORE_NAMES_THAN_PEOPLE', {
        named: names.length,
        count,
      }),
    );
  }
  const badName = names.find(
    (name) => name.trim() === '' || Array.from(name.trim()).length > TEXT_LIMITS.title,
  );
  if (badName !== undefined) {
    failures.push(refusal('ATTENDEE_NAME', 'attendeeNames', 'ATTENDEE_NAME', { max: TEXT_LIMITS.title }));
  }
  return failures;
}

export interface Attendance {
  /** Participants reached, invited or copied. */
  reached: number;
  replied: number;
  attending: number;
  notAttending: number;
  awaiting: number;
  /** People announced by those attending. */
  people: number;
}

/** Who is coming, counted from the replies. */
export function attendanceOf(
  replies: readonly { attending: boolean | null; attendeeCount: number }[],
): Attendance {
  const attending = replies.filter((reply) => reply.attending === true);
  const notAttending = replies.filter((reply) => reply.attending === false).length;
  return {
    reached: replies.length,
    replied: attending.length + notAttending,
    attending: attending.length,
    notAttending,
    awaiting: replies.length - attending.length - notAttending,
    people: attending.reduce((sum, reply) => sum + reply.attendeeCount, 0),
  };
}

/** A sent invitation, as far as correcting, withdrawing or replying to it goes. */
export interface SentInvitation {
  withdrawnAt: Date | null;
}

/** Why nothing more can be done with an invitation that was withdrawn, or null. */
export function withdrawnRefusal(invitation: SentInvitation, meeting: Meeting): GuardFailure | null {
  return invitation.withdrawnAt
    ? refusal('INVITATION_WITHDRAWN', 'invitationId', 'INVITATION_WITHDRAWN', {
        meeting: shorten(meeting.title),
      })
    : null;
}

/**
 * Every reason a sent invitation cannot be corrected or withdrawn now; an empty list when it can. Once the meeting
 * has begun (or was cancelled) the invitation stands as sent: it is the record of who was asked to come.
 */
export function invitationChangeRefusals(
  invitation: SentInvitation,
  meeting: Meeting,
  now: Date,
): GuardFailure[] {
  const failures: GuardFailure[] = [];
  const withdrawn = withdrawnRefusal(invitation, meeting);
  if (withdrawn) failures.push(withdrawn);
  const title = { meeting: shorten(meeting.title) };
  if (meeting.status === MilestoneStatus.CANCELLED) {
    failures.push(refusal('MEETING_CANCELLED', 'invitationId', 'INVITATION_ENDED_WITH_MEETING', title));
  } else if (now.getTime() >= meeting.startsAt.getTime()) {
    failures.push(refusal('MEETING_STARTED', 'invitationId', 'INVITATION_STANDS', title));
  }
  return failures;
}

/** Every reason an invitation cannot be withdrawn now with this reason; an empty list when it can. */
export function withdrawalRefusals(
  invitation: SentInvitation,
  meeting: Meeting,
  now: Date,
  reason: string,
): GuardFailure[] {
  const failures = invitationChangeRefusals(invitation, meeting, now);
  if (reason.trim() === '') {
    failures.push(refusal('REASON_REQUIRED', 'reason', 'WITHDRAWAL_REASON_REQUIRED', {}));
  }
  return failures;
}
