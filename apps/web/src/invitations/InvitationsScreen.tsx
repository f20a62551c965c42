import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import texts from 'virtual:texts/invitations,invitationChanges,audience,calendar';
import { convenesMeetings, useMe } from '../app/session';
import { signInPath } from '../app/SessionMenu';
import type { InvitationAudience, MeetingInvitationsQuery } from '../generated/graphql';
import { MeetingInvitationsDocument } from '../generated/invitations/meetingInvitations';
import { readerTimeZone, useFormat } from '../i18n/format';
import { addTexts, currentLanguage } from '../i18n/i18n';
import { EmptyState, ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CalendarFeeds } from './CalendarFeeds';
import { InvitationChanges } from './InvitationChanges';
import { ReplyForm } from './ReplyForm';
import { SendInvitationForm } from './SendInvitationForm';
import { TableScroll } from '../ui/TableScroll';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

type Invitation = MeetingInvitationsQuery['meetingInvitations'][number];

// An empty list holds no MeetingInvitation for urql's cache to know it by: named here, so a new one shows.
const INVITATIONS_CONTEXT = { additionalTypenames: ['MeetingInvitation', 'MeetingInvitationRecipient'] };

/** Who is coming, for those who convene: the counts, then every participant reached and its reply. */
function Attendance({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const attendance = invitation.attendance;
  if (!attendance) return null;
  const n = (value: number) => format.number(value);
  const replied = invitation.recipients.filter((recipient) => recipient.attending !== null);
  return (
    <div className="attendance">
      <dl className="attendance__counts">
        <div>
          <dt>{t('invitations.attendance.coming')}</dt>
          <dd>
            {t('invitations.attendance.comingValue', {
              count: attendance.attending,
              participants: n(attendance.attending),
              people: n(attendance.people),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('invitations.attendance.notComing')}</dt>
          <dd>{n(attendance.notAttending)}</dd>
        </div>
        <div>
          <dt>{t('invitations.attendance.awaiting')}</dt>
          <dd>
            {t('invitations.attendance.awaitingValue', {
              awaiting: n(attendance.awaiting),
              reached: n(attendance.reached),
            })}
          </dd>
        </div>
      </dl>
      <p>
        <a
          href={`/exports/invitations.csv?milestone=${invitation.milestone.id}&lang=${currentLanguage()}`}
          download
        >
          {t('invitations.attendance.download')}
        </a>
      </p>
      {replied.length > 0 && (
        <details>
          <summary>{t('invitations.attendance.replies', { count: replied.length })}</summary>
          <TableScroll label={t('invitations.attendance.caption')}>
            <table>
              <caption className="visually-hidden">{t('invitations.attendance.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('invitations.attendance.colParticipant')}</th>
                  <th scope="col">{t('invitations.attendance.colReply')}</th>
                  <th scope="col">{t('invitations.attendance.colPeople')}</th>
                </tr>
              </thead>
              <tbody>
                {replied.map((recipient) => (
                  <tr key={recipient.id}>
                    <th scope="row">
                      {recipient.participant.name}
                      {recipient.copied && <span className="tag">{t('invitations.copied')}</span>}
                    </th>
                    <td>
                      {recipient.attending ? t('invitations.reply.coming') : t('invitations.reply.notComing')}
                    </td>
                    <td>
                      {recipient.attending ? n(recipient.attendeeCount) : t('app.none')}
                      {recipient.attendeeNames.length > 0 && (
                        <span className="muted block">{recipient.attendeeNames.join(', ')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
    </div>
  );
}

function InvitationCard({ invitation, convener }: { invitation: Invitation; convener: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const meeting = invitation.milestone;
  const venue = format.span(meeting.startsAt, meeting.endsAt, meeting.timeZone);
  const own = format.span(meeting.startsAt, meeting.endsAt, readerTimeZone());
  // Until the meeting begins, replies may change and the invitation may be corrected or withdrawn.
  const open = meeting.status !== 'CANCELLED' && Date.parse(meeting.startsAt) > Date.now();
  const audiences = (list: readonly InvitationAudience[]) =>
    list.map((audience) => t(`audience.${audience}`)).join(', ');
  return (
    <article className="panel invitation" aria-labelledby={headingId}>
      <h3 id={headingId}>{meeting.title}</h3>
      <p className="milestone__when">
        <time dateTime={meeting.startsAt}>
          {t('invitations.when', { when: venue, zone: meeting.timeZone })}
        </time>
        {own !== venue && (
          <span className="milestone__own-time">
            {t('invitations.yourTime', { when: own, zone: readerTimeZone() })}
          </span>
        )}
      </p>
      <p>
        {meeting.room
          ? t('invitations.venueRoom', { venue: meeting.venue, room: meeting.room })
          : meeting.venue}
      </p>
      <p className="muted">
        {t('invitations.sent', {
          date: format.day(invitation.sentAt),
          sender: invitation.sentBy?.name ?? t('app.none'),
        })}{' '}
        {invitation.invitedAudiences.length > 0 &&
          t('invitations.invitedGroups', { groups: audiences(invitation.invitedAudiences) })}{' '}
        {invitation.copiedAudiences.length > 0 &&
          t('invitations.copiedGroups', { groups: audiences(invitation.copiedAudiences) })}
      </p>
      {invitation.note && <blockquote className="invitation__note">{invitation.note}</blockquote>}
      {invitation.correctedAt && (
        <p className="muted">
          {t('invitationChanges.correctedOn', { date: format.day(invitation.correctedAt) })}
        </p>
      )}
      {invitation.withdrawnAt ? (
        <p className="invitation__withdrawn" role="note">
          {t('invitationChanges.withdrawnOn', {
            date: format.day(invitation.withdrawnAt),
            reason: invitation.withdrawalReason,
          })}
        </p>
      ) : (
        open && convener && <InvitationChanges key={invitation.version} invitation={invitation} />
      )}
      {invitation.myReply && !invitation.withdrawnAt && (
        <>
          <p>
            {invitation.myReply.attending === null
              ? t('invitations.reply.none', { participant: invitation.myReply.participant.name })
              : invitation.myReply.attending
                ? t('invitations.reply.currentComing', {
                    participant: invitation.myReply.participant.name,
                    count: invitation.myReply.attendeeCount,
                  })
                : t('invitations.reply.currentNotComing', {
                    participant: invitation.myReply.participant.name,
                  })}
          </p>
          {open ? (
            <ReplyForm invitationId={invitation.id} reply={invitation.myReply} />
          ) : (
            <p className="hint">{t('invitations.reply.closed')}</p>
          )}
        </>
      )}
      <Attendance invitation={invitation} />
    </article>
  );
}

/** Invitations to meetings with their replies; for conveners, who is coming and a form to invite; calendars. */
export function InvitationsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitations.title'));
  const location = useLocation();
  const { me } = useMe();
  const signedIn = !!me?.account;
  const convener = convenesMeetings(me);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingInvitationsDocument,
    pause: !signedIn,
    context: INVITATIONS_CONTEXT,
  });

  return (
    <div className="screen" aria-busy={fetching}>
      <header className="screen__header">
        <h1>{t('invitations.title')}</h1>
        <p className="screen__subtitle">
          {convener ? t('invitations.introConvener') : t('invitations.introDelegate')}
        </p>
      </header>
      {!me && <LoadingPanel />}
      {me && !signedIn && (
        <p className="hint">
          {t('list.signInFirst')} <Link to={signInPath(location)}>{t('session.signIn')}</Link>
        </p>
      )}
      {signedIn && (
        <div className="invitations">
          <section aria-labelledby="invitations-list">
            <h2 id="invitations-list">{t('invitations.listHeading')}</h2>
            <UpdatingNote updating={fetching && !!data} />
            {error && (
              <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
            )}
            {!data && !error && <LoadingPanel label={t('invitations.loading')} />}
            {data &&
              (data.meetingInvitations.length === 0 ? (
                <EmptyState>{t('invitations.none')}</EmptyState>
              ) : (
                data.meetingInvitations.map((invitation) => (
                  <InvitationCard key={invitation.id} invitation={invitation} convener={convener} />
                ))
              ))}
          </section>
          <div className="invitations__side">
            {convener && <SendInvitationForm />}
            <CalendarFeeds />
          </div>
        </div>
      )}
    </div>
  );
}
