// Screens that update themselves (docs/decisions/0034-live-updates.md): the API announces every change to the
// process over the WebSocket the inbox uses (`processChanged`), as far as the reader may read it. The screens read
// themselves again past the cache, and a quiet note says what changed, unless the reader is editing something (the
// update waits until the form closes) or looks at a past day (nothing moves; the feed is not even heard).
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { ProcessChangedSubscription } from '../generated/graphql';
import { ProcessChangedDocument } from '../generated/app/processChanged';
import { useProcessId } from './process';

export type HeardChange = ProcessChangedSubscription['processChanged'];

/**
 * After the screens read themselves again, further changes heard within this long wait for its end and are read
 * together, once: a write of several records, or a burst of writes, costs each screen two reads, however many
 * changes it brings, and the first change is never delayed.
 */
export const BURST_MS = 300;

/**
 * Applies the changes heard: the first at once, those of a burst together at its end, none while a form holds
 * them back. It lives outside React's renders, so that a change heard starts the screens' reads in the same task,
 * without rendering the screen first.
 */
class ChangeApplier {
  private readonly screens = new Set<() => void>();
  private waiting: HeardChange | null = null;
  private holds = 0;
  private burst: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly say: (change: HeardChange) => void) {}

  watch(refresh: () => void): () => void {
    this.screens.add(refresh);
    return () => {
      this.screens.delete(refresh);
    };
  }

  hear(change: HeardChange): void {
    this.waiting = change;
    this.apply();
  }

  hold(): () => void {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      this.apply();
    };
  }

  /** Forgets what was waiting (the feed stopped: a past day is shown, or another process). */
  stop(): void {
    this.waiting = null;
    if (this.burst) clearTimeout(this.burst);
    this.burst = null;
  }

  private apply(): void {
    if (!this.waiting || this.holds > 0 || this.burst) return;
    const change = this.waiting;
    this.waiting = null;
    for (const refresh of this.screens) refresh();
    this.say(change);
    this.burst = setTimeout(() => {
      this.burst = null;
      this.apply();
    }, BURST_MS);
  }
}

const Changes = createContext<Pick<ChangeApplier, 'watch' | 'hold'>>({
  watch: () => () => undefined,
  hold: () => () => undefined,
});
/** The latest change applied, for the note: its own context, so that a note renders the note alone. */
const Note = createContext<HeardChange | null>(null);

/** One's own changes are on screen already; LISTENING only says the feed has started. */
const concernsScreens = (change: HeardChange) =>
  change.kind === 'MISSED' || (change.kind === 'CHANGED' && !change.byYou);

export function LiveChangesProvider({ live, children }: { live: boolean; children: ReactNode }) {
  const processId = useProcessId();
  const client = useClient();
  const [note, setNote] = useState<HeardChange | null>(null);
  const [applier] = useState(() => new ChangeApplier(setNote));
  const control = useMemo(
    () => ({ watch: applier.watch.bind(applier), hold: applier.hold.bind(applier) }),
    [applier],
  );

  useEffect(() => {
    if (!live) return;
    const feed = client.subscription(ProcessChangedDocument, { processId }).subscribe(({ data }) => {
      if (data && concernsScreens(data.processChanged)) applier.hear(data.processChanged);
    });
    return () => {
      feed.unsubscribe();
      applier.stop();
    };
  }, [applier, client, live, processId]);

  return (
    <Changes.Provider value={control}>
      <Note.Provider value={live ? note : null}>{children}</Note.Provider>
    </Changes.Provider>
  );
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
  const change = useContext(Note);
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
  const { watch } = useContext(Changes);
  const latest = useRef(refresh);
  latest.current = refresh;
  useEffect(() => watch(() => latest.current()), [watch]);
}

/** While `editing`, changes heard wait: the screen does not move under a person filling a form. */
export function useHoldLiveUpdates(editing: boolean): void {
  const { hold } = useContext(Changes);
  useEffect(() => (editing ? hold() : undefined), [editing, hold]);
}
