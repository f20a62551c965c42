import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MeetingInvitationsQuery } from '../generated/graphql';
import { CorrectMeetingInvitationDocument } from '../generated/invitations/correctMeetingInvitation';
import { WithdrawMeetingInvitationDocument } from '../generated/invitations/withdrawMeetingInvitation';
import { BusyButton } from '../ui/BusyButton';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

type Invitation = MeetingInvitationsQuery['meetingInvitations'][number];

const FIELDS = ['note', 'reason', 'expectedVersion', 'invitationId'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

/**
 * For those who convene: new words for an invitation already sent, or its withdrawal with the reason, until the
 * meeting begins. Everyone it reached is told either way, so each says how many will be told, and a withdrawal
 * asks a second time before it goes.
 */
export function InvitationChanges({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const id = useId();
  const reached = invitation.attendance?.reached ?? invitation.recipients.length;
  const [note, setNote] = useState(invitation.note);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [done, setDone] = useState('');
  const form = useRef<HTMLDivElement>(null);
  useFocusOnProblems(form, problems);
  const [correcting, correct] = useMutation(CorrectMeetingInvitationDocument);
  const [withdrawing, withdraw] = useMutation(WithdrawMeetingInvitationDocument);

  const refused = (error: Parameters<typeof problemsOf>[0]) => {
    setConfirming(false);
    setProblems(problemsByField(problemsOf(error, t), FIELDS));
  };

  const submitCorrection = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    setProblems({});
    const result = await correct({
      input: { invitationId: invitation.id, expectedVersion: invitation.version, note },
    });
    if (result.error) refused(result.error);
    else setDone(t('invitationChanges.corrected', { count: reached }));
  };

  const submitWithdrawal = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (reason.trim() === '') {
      setProblems({ reason: [t('invitationChanges.reasonMissing')] });
      return;
    }
    setProblems({});
    if (!confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = await withdraw({
      input: { invitationId: invitation.id, expectedVersion: invitation.version, reason },
    });
    if (result.error) refused(result.error);
  };

  const field = (name: keyof Problems, hintId?: string) => fieldAttributes(id, name, problems[name], hintId);
  const formProblems = [
    ...(problems.form ?? []),
    ...(problems.expectedVersion ?? []),
    ...(problems.invitationId ?? []),
  ];

  return (
    <details className="invitation-changes">
      <summary>{t('invitationChanges.summary')}</summary>
      <div ref={form}>
        <FieldProblems
          id={`${id}-form-problems`}
          messages={formProblems.length > 0 ? formProblems : undefined}
        />
        <form className="form" noValidate onSubmit={submitCorrection} aria-labelledby={`${id}-correct`}>
          <h4 id={`${id}-correct`}>{t('invitationChanges.correctTitle')}</h4>
          <div className="form__field">
            <label htmlFor={`${id}-note`}>{t('invitationChanges.note')}</label>
            <textarea
              id={`${id}-note`}
              rows={3}
              value={note}
              {...field('note', `${id}-note-hint`)}
              onChange={(event) => setNote(event.target.value)}
            />
            <span id={`${id}-note-hint`} className="form__hint">
              {t('invitationChanges.noteHint', { count: reached })}
            </span>
            <FieldProblems id={`${id}-note-problems`} messages={problems.note} />
          </div>
          <BusyButton type="submit" busy={correcting.fetching}>
            {t('invitationChanges.correct', { count: reached })}
          </BusyButton>
        </form>
        <form className="form" noValidate onSubmit={submitWithdrawal} aria-labelledby={`${id}-withdraw`}>
          <h4 id={`${id}-withdraw`}>{t('invitationChanges.withdrawTitle')}</h4>
          <div className="form__field">
            <label htmlFor={`${id}-reason`}>{t('invitationChanges.reason')}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              value={reason}
              {...field('reason', `${id}-reason-hint`)}
              onChange={(event) => {
                setReason(event.target.value);
                setConfirming(false);
              }}
            />
            <span id={`${id}-reason-hint`} className="form__hint">
              {t('invitationChanges.reasonHint')}
            </span>
            <FieldProblems id={`${id}-reason-problems`} messages={problems.reason} />
          </div>
          {confirming ? (
            <div className="confirm-panel" role="alert">
              <p>{t('invitationChanges.confirmWithdrawal', { count: reached })}</p>
              <div className="confirm-panel__buttons">
                <BusyButton type="submit" busy={withdrawing.fetching}>
                  {t('invitationChanges.withdrawConfirm', { count: reached })}
                </BusyButton>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('invitationChanges.back')}
                </button>
              </div>
            </div>
          ) : (
            <BusyButton type="submit" busy={withdrawing.fetching}>
              {t('invitationChanges.withdraw')}
            </BusyButton>
          )}
        </form>
        <p className="view-form__saved" role="status">
          {done}
        </p>
      </div>
    </details>
  );
}
