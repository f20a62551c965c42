import { NOTIFICATION_CHANNEL } from './notification.entity';

export { NOTIFICATION_CHANNEL };

/** What travels on the channel: ids only, so no text of a notification passes through NOTIFY. */
export interface NotificationSignal {
  notificationId: string;
  accountId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signal a NOTIFY payload carries, or null when it is not one (anyone connected to the database may NOTIFY). */
export function parseSignal(payload: string | undefined): NotificationSignal | null {
  try {
    const { notificationId, accountId } = JSON.parse(payload ?? '') as Partial<NotificationSignal>;
    const isId = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
    return isId(notificationId) && isId(accountId) ? { notificationId, accountId } : null;
  } catch {
    return null;
  }
}

/** What a subscriber's queue receives: a new notification's id, or null when some may have been missed. */
export interface InboxSignal {
  notificationId: string | null;
}

/** One topic per account in the API's pubsub, so a subscriber only ever hears of its own notifications. */
export const inboxTopic = (accountId: string) => `inbox/${accountId}`;

/** Every subscriber's topic: the listener lost its connection for a while and may have missed announcements. */
export const INBOX_INTERRUPTED_TOPIC = 'inbox-interrupted';
