import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MeetingInvitationsQuery } from '../generated/graphql';
import { ReplyToMeetingInvitationDocument } from '../generated/invitations/replyToMeetingInvitation';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { BusyButton } from '../ui/BusyButton';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

type Reply = NonNullable<MeetingInvitationsQuery['meetingInvitations'][number]['myReply']>;

const FIELDS = ['attending', 'attendeeCount', 'attendeeNames'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

/** One name per line, blank lines left out. */
export const namesFrom = (text: string): string[] =>
  text
    .split('\n')
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * A delegate replies for their participant: coming (how many, who) or not. A new reply replaces the last one until
 * the meeting starts; the server says why it refuses one, next to the field concerned.
 */
export function ReplyForm({ invitationId, reply }: { invitationId: string; reply: Reply }) {
  const { t } = useTranslation();
  const id = useId();
  const [attending, setAttending] = useState<boolean | null>(reply.attending ?? null);
  const [count, setCount] = useState(reply.attending ? String(reply.attendeeCount) : '');
  const [names, setNames] = useState(reply.attendeeNames.join('\n'));
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [sent, setSent] = useState('');
  const [{ fetching }, send] = useMutation(ReplyToMeetingInvitationDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent('');
    if (attending === null) {
      setProblems({ attending: [t('invitations.reply.chooseAnswer')] });
      return;
    }
    setProblems({});
    const people = Number.parseInt(count, 10);
    const result = await send({
      input: {
        invitationId,
        attending,
        ...(attending && Number.isInteger(people) ? { attendeeCount: people } : {}),
        ...(attending ? { attendeeNames: namesFrom(names) } : {}),
      },
    });
    if (result.error) {
      setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
      return;
    }
    const answer = result.data!.replyToMeetingInvitation;
    setSent(
      answer.attending
        ? t('invitations.reply.sentComing', { count: answer.attendeeCount })
        : t('invitations.reply.sentNotComing'),
    );
  };

  const field = (name: keyof Problems, hintId?: string) => fieldAttributes(id, name, problems[name], hintId);

  return (
    <form ref={form} className="form reply-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('invitations.reply.title', { participant: reply.participant.name })}</h4>
      <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
      <fieldset {...field('attending')}>
        <legend>{t('invitations.reply.question')}</legend>
        <div className="view-form__choice">
          <input
            id={`${id}-yes`}
            type="radio"
            name={`${id}-attending`}
            checked={attending === true}
            onChange={() => setAttending(true)}
          />
          <label htmlFor={`${id}-yes`}>{t('invitations.reply.coming')}</label>
        </div>
        <div className="view-form__choice">
          <input
            id={`${id}-no`}
            type="radio"
            name={`${id}-attending`}
            checked={attending === false}
            onChange={() => setAttending(false)}
          />
          <label htmlFor={`${id}-no`}>{t('invitations.reply.notComing')}</label>
        </div>
      </fieldset>
      <FieldProblems id={`${id}-attending-problems`} messages={problems.attending} />
      {attending && (
        <>
          <div className="form__field">
            <label htmlFor={`${id}-count`}>{t('invitations.reply.count')}</label>
            <input
              id={`${id}-count`}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              value={count}
              {...field('attendeeCount', `${id}-count-hint`)}
              onChange={(event) => setCount(event.target.value)}
            />
            <span id={`${id}-count-hint`} className="form__hint">
              {t('invitations.reply.countHint')}
            </span>
            <FieldProblems id={`${id}-attendeeCount-problems`} messages={problems.attendeeCount} />
          </div>
          <div className="form__field">
            <label htmlFor={`${id}-names`}>{t('invitations.reply.names')}</label>
            <textarea
              id={`${id}-names`}
              rows={3}
              value={names}
              {...field('attendeeNames', `${id}-names-hint`)}
              onChange={(event) => setNames(event.target.value)}
            />
            <span id={`${id}-names-hint`} className="form__hint">
              {t('invitations.reply.namesHint')}
            </span>
            <FieldProblems id={`${id}-attendeeNames-problems`} messages={problems.attendeeNames} />
          </div>
        </>
      )}
      <BusyButton type="submit" className="button-primary" busy={fetching}>
        {fetching ? t('invitations.reply.sending') : t('invitations.reply.send')}
      </BusyButton>
      <p className="view-form__saved" role="status">
        {sent}
      </p>
    </form>
  );
}
