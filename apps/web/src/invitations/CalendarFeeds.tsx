import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CalendarFeedsDocument } from '../generated/invitations/calendarFeeds';
import { CreateCalendarFeedDocument } from '../generated/invitations/createCalendarFeed';
import { RevokeCalendarFeedDocument } from '../generated/invitations/revokeCalendarFeed';
import { useFormat } from '../i18n/format';
import { errorText, problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { FeedAddress } from './FeedAddress';
import { BusyButton } from '../ui/BusyButton';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

export const PUBLIC_FEED_PATH = '/calendar/public.ics';

// No feed yet means no CalendarFeed for urql's cache to know the list by: named here, so a new one shows.
const FEEDS_CONTEXT = { additionalTypenames: ['CalendarFeed'] };

/**
 * Calendars to subscribe to: the public one with every milestone, and the person's private ones (their meetings
 * and their actions' due dates) behind an address shown once, each revocable on its own.
 */
export function CalendarFeeds() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [{ data, error }, reexecute] = useQuery({ query: CalendarFeedsDocument, context: FEEDS_CONTEXT });
  const [creating, create] = useMutation(CreateCalendarFeedDocument);
  const [, revoke] = useMutation(RevokeCalendarFeedDocument);
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<{ label: string; url: string } | null>(null);
  const [problems, setProblems] = useState<Partial<Record<'label' | 'form', string[]>>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [revokeProblem, setRevokeProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMade(null);
    setProblems({});
    const result = await create({ label: label.trim() || null });
    if (result.error) {
      setProblems(problemsByField(problemsOf(result.error, t), ['label'] as const));
      return;
    }
    const answer = result.data!.createCalendarFeed;
    setMade({ label: answer.feed.label, url: answer.url });
    setLabel('');
  };

  const feeds = data?.calendarFeeds ?? [];
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('calendar.heading')}</h2>
      <FeedAddress address={PUBLIC_FEED_PATH} label={t('calendar.public')} />
      <h3>{t('calendar.private')}</h3>
      <p className="muted">{t('calendar.privateIntro')}</p>
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && !error && <LoadingPanel label={t('calendar.loading')} />}
      {data &&
        (feeds.length === 0 ? (
          <EmptyState>{t('calendar.none')}</EmptyState>
        ) : (
          <ul className="feeds">
            {feeds.map((feed) => (
              <li key={feed.id} className="feeds__item">
                <span>
                  <strong>{feed.label}</strong>{' '}
                  <span className="muted">
                    {feed.revokedAt
                      ? t('calendar.revokedOn', { date: format.day(feed.revokedAt) })
                      : t('calendar.madeOn', { date: format.day(feed.createdAt) })}
                  </span>
                </span>
                {!feed.revokedAt && (
                  <button
                    type="button"
                    onClick={async () => {
                      setRevokeProblem(null);
                      const result = await revoke({ id: feed.id });
                      if (result.error) setRevokeProblem(errorText(result.error, t));
                    }}
                  >
                    {t('calendar.revoke', { label: feed.label })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
      {revokeProblem && (
        <p className="field-problems" role="alert">
          {revokeProblem}
        </p>
      )}
      <form ref={form} className="form feeds__new" noValidate onSubmit={submit}>
        <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
        <div className="form__field">
          <label htmlFor={`${id}-label`}>{t('calendar.label')}</label>
          <input
            id={`${id}-label`}
            value={label}
            {...fieldAttributes(id, 'label', problems.label, `${id}-label-hint`)}
            onChange={(event) => setLabel(event.target.value)}
          />
          <span id={`${id}-label-hint`} className="form__hint">
            {t('calendar.labelHint')}
          </span>
          <FieldProblems id={`${id}-label-problems`} messages={problems.label} />
        </div>
        <BusyButton type="submit" busy={creating.fetching}>
          {t('calendar.create')}
        </BusyButton>
      </form>
      {made && (
        <div className="panel feeds__made" role="status">
          <p>{t('calendar.made', { label: made.label })}</p>
          <FeedAddress address={made.url} label={t('calendar.address')} />
        </div>
      )}
    </section>
  );
}
