/**
 * The PostgreSQL channel every change is announced on, by a trigger on the audit trail (migration 1765680000001):
 * every write records its audit events in its own transaction, so every write path is heard, at commit only.
 */
export const PROCESS_CHANGE_CHANNEL = 'prepcom_process_change';

/** What the trigger sends: one record changed by one person, ids only (no text passes through NOTIFY). */
export interface ProcessChangeSignal {
  /** Null for participants and people, which belong to no process (every process's screens hear of them). */
  processId: string | null;
  matterId: string | null;
  entityType: string;
  entityId: string;
  /** The audit trail's action: CREATE, UPDATE or MOVE. */
  action: string;
  accountId: string | null;
  participantId: string | null;
  at: string;
}

/** Each process's changes go to its own topic of the API's pubsub. */
export const processChangesTopic = (processId: string) => `process-changes/${processId}`;

/** Changes to records of no process (participants, people), heard by every process's subscribers. */
export const EVERY_PROCESS_TOPIC = 'process-changes/*';

/** The listener lost its connection for a while: changes may have gone unannounced; re-read. */
export const CHANGES_INTERRUPTED_TOPIC = 'process-changes-interrupted';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTION = /^[A-Z_]{1,20}$/;

/** The signal a NOTIFY payload carries, or null when it is not one (anyone connected to the database may NOTIFY). */
export function parseChange(payload: string | undefined): ProcessChangeSignal | null {
  try {
    const signal = JSON.parse(payload ?? '') as Partial<ProcessChangeSignal>;
    const id = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
    const idOrNull = (value: unknown): value is string | null => value === null || id(value);
    const valid =
      idOrNull(signal.processId) &&
      idOrNull(signal.matterId) &&
      idOrNull(signal.accountId) &&
      idOrNull(signal.participantId) &&
      id(signal.entityId) &&
      typeof signal.entityType === 'string' &&
      typeof signal.action === 'string' &&
      ACTION.test(signal.action) &&
      typeof signal.at === 'string' &&
      !Number.isNaN(Date.parse(signal.at));
    return valid ? (signal as ProcessChangeSignal) : null;
  } catch {
    return null;
  }
}
