import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLiveInbox } from '../app/live-inbox';
import { InboxDocument } from '../generated/inbox/inbox';
import { MarkNotificationsReadDocument } from '../generated/inbox/markNotificationsRead';
import { useFormat } from '../i18n/format';
import { errorText } from '../ui/errors';
import { EmptyState, ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';

/** Notifications are shown 50 at a time, the newest first; the API keeps up to 500 in one page. */
export const INBOX_PAGE = 50;
const INBOX_MAX = 500;

/** The person's notifications, newest first; marking them read updates the count in the header. */
export function Notifications() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const live = useLiveInbox();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [first, setFirst] = useState(INBOX_PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: InboxDocument,
    variables: { first, unreadOnly },
    requestPolicy: 'cache-and-network',
  });
  const [marking, markRead] = useMutation(MarkNotificationsReadDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // A notification that arrived while the page is open appears at the top.
  const seenRevision = useRef(live.revision);
  useEffect(() => {
    if (live.revision === seenRevision.current) return;
    seenRevision.current = live.revision;
    reexecute({ requestPolicy: 'network-only' });
  }, [live.revision, reexecute]);

  const notifications = data?.inbox.edges.map((edge) => edge.node) ?? [];
  const unreadShown = notifications.filter((n) => !n.readAt).map((n) => n.id);

  const mark = async (ids: string[]) => {
    setProblem(null);
    setDone(null);
    const result = await markRead({ ids });
    if (result.error) {
      setProblem(errorText(result.error, t));
      return;
    }
    setDone(t('inbox.marked', { count: ids.length }));
    reexecute({ requestPolicy: 'network-only' });
    live.refresh();
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {t('inbox.notifications')}
        {live.unread !== null && (
          <span className="heading__count">
            {t('inbox.unreadCount', { count: live.unread, shown: format.number(live.unread) })}
          </span>
        )}
      </h2>
      <p className="muted">{live.live ? t('inbox.live') : t('inbox.polling')}</p>
      <div className="inbox__tools">
        <div className="filters__check">
          <input
            id={`${id}-unread`}
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => setUnreadOnly(event.target.checked)}
          />
          <label htmlFor={`${id}-unread`}>{t('inbox.unreadOnly')}</label>
        </div>
        {unreadShown.length > 0 && (
          <button type="button" disabled={marking.fetching} onClick={() => void mark(unreadShown)}>
            {t('inbox.markAllShown', { count: unreadShown.length })}
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {done ?? ''}
      </p>
      {problem && (
        <p className="field-problems" role="alert">
          {problem}
        </p>
      )}
      <UpdatingNote updating={fetching && !!data} />
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && !error && <LoadingPanel label={t('inbox.loading')} />}
      {data &&
        (notifications.length === 0 ? (
          <EmptyState>{unreadOnly ? t('inbox.noneUnread') : t('inbox.none')}</EmptyState>
        ) : (
          <ol className="notifications">
            {notifications.map((notification) => (
              <li
                key={notification.id}
                className={notification.readAt ? 'notification' : 'notification notification--unread'}
              >
                <article aria-labelledby={`${id}-${notification.id}`}>
                  <header className="notification__header">
                    <h3 id={`${id}-${notification.id}`} className="notification__subject">
                      {!notification.readAt && (
                        <span className="notification__unread">
                          <span aria-hidden="true">● </span>
                          {t('inbox.unread')}{' '}
                        </span>
                      )}
                      {notification.subject}
                    </h3>
                    <time className="muted" dateTime={notification.createdAt}>
                      {format.dateTime(notification.createdAt)}
                    </time>
                  </header>
                  <p className="notification__body">{notification.body}</p>
                  <p className="notification__actions">
                    {notification.link?.startsWith('/') && (
                      <Link to={notification.link}>{t('inbox.open')}</Link>
                    )}
                    {!notification.readAt && (
                      <button
                        type="button"
                        disabled={marking.fetching}
                        onClick={() => void mark([notification.id])}
                      >
                        {t('inbox.markRead')}
                      </button>
                    )}
                  </p>
                </article>
              </li>
            ))}
          </ol>
        ))}
      {data && data.inbox.totalCount > notifications.length && first < INBOX_MAX && (
        <button type="button" onClick={() => setFirst(Math.min(INBOX_MAX, first + INBOX_PAGE))}>
          {t('inbox.older', { count: data.inbox.totalCount - notifications.length })}
        </button>
      )}
    </section>
  );
}
