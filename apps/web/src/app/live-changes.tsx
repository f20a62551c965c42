// Screens that update themselves (docs/decisions/0034-live-updates.md): the API announces every change to the
// process over the WebSocket the inbox uses (`processChanged`), as far as the reader may read it. The screens read
// themselves again past the cache, and a quiet note says what changed, unless the reader is editing something (the
// update waits until the form closes) or looks at a past day (nothing moves; the feed is not even heard).
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import type { ProcessChangedSubscription } from '../generated/graphql';
import { ProcessChangedDocument } from '../generated/app/processChanged';
import { useProcessId } from './process';

export type HeardChange = ProcessChangedSubscription['processChanged'];

interface LiveChanges {
  /** Grows each time the screens should read themselves again. */
  revision: number;
  /** Holds updates back while the returned function has not been called (a form is open). */
  hold: () => () => void;
  /** The latest change applied, for the note. */
  note: HeardChange | null;
}

const Changes = createContext<LiveChanges>({ revision: 0, hold: () => () => undefined, note: null });

/** Changes heard, in order, since the subscription started. */
const keep = (heard: HeardChange[] = [], event: ProcessChangedSubscription) => [
  ...heard,
  event.processChanged,
];

export function LiveChangesProvider({ live, children }: { live: boolean; children: ReactNode }) {
  const processId = useProcessId();
  const [feed] = useSubscription(
    { query: ProcessChangedDocument, variables: { processId }, pause: !live },
    keep,
  );
  const [revision, setRevision] = useState(0);
  const [note, setNote] = useState<HeardChange | null>(null);
  const [holds, setHolds] = useState(0);
  const seen = useRef(0);
  const waiting = useRef<HeardChange | null>(null);

  useEffect(() => {
    const heard = feed.data ?? [];
    // A new subscription (another process, back from a past day) starts its list anew.
    if (heard.length < seen.current) seen.current = 0;
    for (const change of heard.slice(seen.current)) {
      // One's own changes are on screen already; LISTENING only says the feed has started.
      if (change.kind === 'MISSED' || (change.kind === 'CHANGED' && !change.byYou)) waiting.current = change;
    }
    seen.current = heard.length;
    if (waiting.current && holds === 0 && live) {
      setNote(waiting.current);
      waiting.current = null;
      setRevision((n) => n + 1);
    }
  }, [feed.data, holds, live]);

  const hold = useCallback(() => {
    setHolds((n) => n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      setHolds((n) => n - 1);
    };
  }, []);

  return <Changes.Provider value={{ revision, hold, note: live ? note : null }}>{children}</Changes.Provider>;
}

/** What changed, in the reader's language: "Norway gave a view on Dates and venue, just now". */
export function noteKey(change: HeardChange) {
  const onMatter = change.matterTitle !== null;
  if (change.kind === 'MISSED') return 'liveChanges.missed' as const;
  switch (change.entityType) {
    case 'participant_view':
      if (change.action === 'CREATE')
        return onMatter ? 'liveChanges.viewGivenOnMatter' : 'liveChanges.viewGiven';
      return onMatter ? 'liveChanges.viewChangedOnMatter' : 'liveChanges.viewChanged';
    case 'matter':
      if (change.action === 'CREATE') return 'liveChanges.matterAdded';
      return change.action === 'MOVE' ? 'liveChanges.matterMoved' : 'liveChanges.matterEdited';
    case 'matter_option':
      return onMatter ? 'liveChanges.optionOnMatter' : 'liveChanges.option';
    case 'action':
      return onMatter ? 'liveChanges.actionOnMatter' : 'liveChanges.action';
    case 'milestone':
      return 'liveChanges.milestone';
    default:
      return 'liveChanges.other';
  }
}

/** A quiet line above the screen, read out politely by screen readers, never taking the focus. */
export function LiveNote() {
  const { t } = useTranslation();
  const change = useContext(Changes).note;
  return (
    <p className={change ? 'live-note' : 'visually-hidden'} role="status" data-testid="live-note">
      {change
        ? t(noteKey(change), { who: change.by ?? t('liveChanges.someone'), matter: change.matterTitle ?? '' })
        : ''}
    </p>
  );
}

/** Reads a screen's data again, past the cache, whenever a change is heard (and no form holds it back). */
export function useLiveRefresh(refresh: () => void): void {
  const { revision } = useContext(Changes);
  const latest = useRef(refresh);
  latest.current = refresh;
  const applied = useRef(revision);
  useEffect(() => {
    if (applied.current === revision) return;
    applied.current = revision;
    latest.current();
  }, [revision]);
}

/** While `editing`, changes heard wait: the screen does not move under a person filling a form. */
export function useHoldLiveUpdates(editing: boolean): void {
  const { hold } = useContext(Changes);
  useEffect(() => (editing ? hold() : undefined), [editing, hold]);
}
