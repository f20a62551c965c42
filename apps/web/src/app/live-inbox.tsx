// The signed-in person's unread count, kept live: the API pushes each new notification over a WebSocket
// (`notificationAdded`, docs/decisions/0008-live-inbox.md). Should the socket fail, the count is asked for every 30 s.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { NotificationAddedDocument } from '../generated/app/notificationAdded';
import { UnreadNotificationsDocument } from '../generated/app/unreadNotifications';

export const POLL_INTERVAL_MS = 30_000;

export interface LiveInbox {
  /** Unread notifications; null while unknown or signed out. */
  unread: number | null;
  /** Grows with every notification that arrives while the page is open: the inbox reads itself again then. */
  revision: number;
  /** The subject of the latest notification that arrived, for the announcement. */
  latest: string | null;
  /** Whether the count follows the live feed (false: polling, after the socket failed). */
  live: boolean;
  /** Reads the count again, e.g. after marking notifications read. */
  refresh: () => void;
}

const Inbox = createContext<LiveInbox>({
  unread: null,
  revision: 0,
  latest: null,
  live: false,
  refresh: () => undefined,
});

export function useLiveInbox(): LiveInbox {
  return useContext(Inbox);
}

export function LiveInboxProvider({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const [counted, recount] = useQuery({
    query: UnreadNotificationsDocument,
    pause: !signedIn,
    requestPolicy: 'network-only',
  });
  const [feed] = useSubscription({ query: NotificationAddedDocument, pause: !signedIn });
  const [unread, setUnread] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);
  const [latest, setLatest] = useState<string | null>(null);
  const events = useRef(0);

  const live = signedIn && !feed.error;
  const liveNow = useRef(live);
  liveNow.current = live;
  const polled = useRef<number | null>(null);
  useEffect(() => {
    if (!counted.data) return;
    const count = counted.data.unreadNotifications;
    setUnread(count);
    // Without the live feed, a count that grew is the only sign of new notifications.
    if (!liveNow.current && polled.current !== null && count > polled.current) setRevision((n) => n + 1);
    polled.current = count;
  }, [counted.data]);

  useEffect(() => {
    const change = feed.data?.notificationAdded;
    if (!change) return;
    events.current += 1;
    setUnread(change.unreadCount);
    // The first event only gives the count; a later one without a notification means some may have been missed.
    if (change.notification || events.current > 1) setRevision((n) => n + 1);
    if (change.notification) setLatest(change.notification.subject);
  }, [feed.data]);

  const refresh = useCallback(() => recount({ requestPolicy: 'network-only' }), [recount]);
  useEffect(() => {
    if (!signedIn || live) return;
    const timer = window.setInterval(refresh, POLL_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [signedIn, live, refresh]);

  return (
    <Inbox.Provider value={{ unread: signedIn ? unread : null, revision, latest, live, refresh }}>
      {children}
    </Inbox.Provider>
  );
}
