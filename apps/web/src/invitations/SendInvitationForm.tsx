import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { InvitationAudience } from '../generated/graphql';
import { InvitableMeetingsDocument } from '../generated/invitations/invitableMeetings';
import { InvitationReachDocument } from '../generated/invitations/invitationReach';
import { InviteToMeetingDocument } from '../generated/invitations/inviteToMeeting';
import { MeetingInvitationsDocument } from '../generated/invitations/meetingInvitations';
import { todayIsoDate } from '../app/as-of';
import { useFormat } from '../i18n/format';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { BusyButton } from '../ui/BusyButton';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';
import { useProcessId } from '../app/process';

export const AUDIENCES: readonly InvitationAudience[] = [
  'STATES_PARTIES',
  'STATES_NOT_PARTIES',
  'ORGANISATIONS',
];

const FIELDS = ['milestoneId', 'invited', 'copied', 'note'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

function AudienceChoice({
  legend,
  name,
  value,
  onChange,
  problems,
}: {
  legend: string;
  name: 'invited' | 'copied';
  value: readonly InvitationAudience[];
  onChange: (next: InvitationAudience[]) => void;
  problems: string[] | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <fieldset
        className="checks"
        aria-invalid={problems ? true : undefined}
        aria-describedby={problems ? `${id}-problems` : undefined}
      >
        <legend>{legend}</legend>
        {AUDIENCES.map((audience) => (
          <div key={audience} className="filters__check">
            <input
              id={`${id}-${audience}`}
              type="checkbox"
              name={name}
              checked={value.includes(audience)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...value, audience] : value.filter((chosen) => chosen !== audience),
                )
              }
            />
            <label htmlFor={`${id}-${audience}`}>{t(`audience.${audience}`)}</label>
          </div>
        ))}
      </fieldset>
      <FieldProblems id={`${id}-problems`} messages={problems} />
    </>
  );
}

/**
 * Co-Chairs, Presidencies and the support unit invite groups to a meeting and copy others, as the letter of
 * 19 June 2002 did: all States Parties invited, States not parties and organisations copied.
 */
export function SendInvitationForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const processId = useProcessId();
  const [meetings, reexecute] = useQuery({ query: InvitableMeetingsDocument, variables: { processId } });
  // A meeting's page links here to invite to it (`?milestone=<id>`): the form starts with that meeting.
  const [search] = useSearchParams();
  const [milestoneId, setMilestoneId] = useState(search.get('milestone') ?? '');
  const [invited, setInvited] = useState<InvitationAudience[]>(['STATES_PARTIES']);
  const [copied, setCopied] = useState<InvitationAudience[]>(['STATES_NOT_PARTIES', 'ORGANISATIONS']);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [sent, setSent] = useState('');
  // Sending to many is confirmed first, with who will receive it: one click used to reach 172 participants.
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, invite] = useMutation(InviteToMeetingDocument);
  const [reach] = useQuery({ query: InvitationReachDocument, variables: { on: todayIsoDate() } });
  const [earlier] = useQuery({ query: MeetingInvitationsDocument });

  // Meetings that have not begun, soonest first: an invitation to a deadline or a cancelled meeting is refused.
  const now = Date.now();
  const choices = (meetings.data?.process.milestones.edges ?? [])
    .map((edge) => edge.node)
    .filter((m) => m.kind !== 'DEADLINE' && m.status !== 'CANCELLED' && Date.parse(m.startsAt) > now);

  const reachOf: Record<InvitationAudience, number | undefined> = {
    STATES_PARTIES: reach.data?.parties.totalCount,
    STATES_NOT_PARTIES: reach.data?.statesNotParties.totalCount,
    ORGANISATIONS: reach.data?.organisations.totalCount,
  };
  const audienceText = (audiences: readonly InvitationAudience[]) =>
    audiences
      .map((audience) =>
        t('invitations.send.audienceCount', {
          audience: t(`audience.${audience}`),
          count: format.number(reachOf[audience] ?? 0),
        }),
      )
      .join(', ');
  const total = [...invited, ...copied].reduce((sum, audience) => sum + (reachOf[audience] ?? 0), 0);
  const alreadyInvited = earlier.data?.meetingInvitations.filter(
    (invitation) => invitation.milestone.id === milestoneId,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent('');
    if (!milestoneId) {
      setProblems({ milestoneId: [t('invitations.send.chooseMeeting')] });
      return;
    }
    setProblems({});
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = await invite({
      input: { milestoneId, invited, copied, ...(note.trim() ? { note: note.trim() } : {}) },
    });
    if (result.error) {
      setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
      return;
    }
    const reached = result.data?.inviteToMeeting.attendance?.reached ?? 0;
    setSent(t('invitations.send.sent', { count: reached, reached: format.number(reached) }));
    setNote('');
  };

  if (meetings.error) {
    return <ErrorPanel error={meetings.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!meetings.data) return <LoadingPanel label={t('invitations.send.loading')} />;
  return (
    <form
      ref={form}
      className="form send-invitation"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('invitations.send.title')}</h3>
      <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
      <div className="form__field">
        <label htmlFor={`${id}-meeting`}>{t('invitations.send.meeting')}</label>
        <select
          id={`${id}-meeting`}
          value={milestoneId}
          {...fieldAttributes(id, 'milestoneId', problems.milestoneId)}
          onChange={(event) => setMilestoneId(event.target.value)}
        >
          <option value="">
            {choices.length ? t('invitations.send.chooseMeeting') : t('invitations.send.noMeeting')}
          </option>
          {choices.map((m) => (
            <option key={m.id} value={m.id}>
              {t('invitations.send.meetingOption', {
                title: m.title,
                when: format.dateTime(m.startsAt, m.timeZone),
              })}
            </option>
          ))}
        </select>
        <FieldProblems id={`${id}-milestoneId-problems`} messages={problems.milestoneId} />
      </div>
      <AudienceChoice
        legend={t('invitations.send.invited')}
        name="invited"
        value={invited}
        onChange={setInvited}
        problems={problems.invited}
      />
      <AudienceChoice
        legend={t('invitations.send.copied')}
        name="copied"
        value={copied}
        onChange={setCopied}
        problems={problems.copied}
      />
      <div className="form__field">
        <label htmlFor={`${id}-note`}>{t('invitations.send.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          value={note}
          {...fieldAttributes(id, 'note', problems.note, `${id}-note-hint`)}
          onChange={(event) => setNote(event.target.value)}
        />
        <span id={`${id}-note-hint`} className="form__hint">
          {t('invitations.send.noteHint')}
        </span>
        <FieldProblems id={`${id}-note-problems`} messages={problems.note} />
      </div>
      {confirming ? (
        <div className="send-invitation__confirm" role="alert">
          <p>
            {t('invitations.send.confirm', { count: total, total: format.number(total) })}{' '}
            {invited.length > 0 && t('invitations.send.confirmInvited', { audiences: audienceText(invited) })}{' '}
            {copied.length > 0 && t('invitations.send.confirmCopied', { audiences: audienceText(copied) })}
          </p>
          {alreadyInvited && alreadyInvited.length > 0 && (
            <p className="field-problems">
              {t('invitations.send.alreadyInvited', {
                count: alreadyInvited.length,
                date: format.day(alreadyInvited[0]!.sentAt),
              })}
            </p>
          )}
          <div className="send-invitation__buttons">
            <BusyButton type="submit" className="button-primary" busy={fetching}>
              {fetching ? t('invitations.send.sending') : t('invitations.send.confirmSend')}
            </BusyButton>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('invitations.send.back')}
            </button>
          </div>
        </div>
      ) : (
        <BusyButton type="submit" className="button-primary" busy={fetching}>
          {t('invitations.send.submit')}
        </BusyButton>
      )}
      <p className="view-form__saved" role="status">
        {sent}
      </p>
    </form>
  );
}
