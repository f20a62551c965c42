// "Since your last visit". Signed in, the API keeps the last visit per account (`recordVisit`), so it follows the
// person from one device to another; a visitor's is kept in this browser. Either way, the instant read at the start
// of a browsing session is kept in sessionStorage for that session, so going back to the overview meanwhile still
// compares with the visit before, not with a minute ago.
import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { RecordVisitDocument } from '../generated/overview/recordVisit';

const LAST_VISIT = 'prepcom.lastVisit.';
const SINCE = 'prepcom.visitSince.';

/** One recordVisit per account and page: a second would answer the first's instant, "a moment ago". */
const recording = new Map<string, Promise<string | null | undefined>>();

/** This browsing session's "since", if already read: null for a first visit, undefined when not read yet. */
function keptSince(who: string, session: Storage): string | null | undefined {
  try {
    const kept = session.getItem(SINCE + who);
    return kept === null ? undefined : kept || null;
  } catch {
    return undefined;
  }
}

function keepSince(who: string, since: string | null, session: Storage): void {
  try {
    session.setItem(SINCE + who, since ?? '');
  } catch {
    // Storage disabled: the next visit to the overview asks again.
  }
}

/**
 * A visitor's previous visit from this browser (null on their first, or when the browser keeps nothing), and
 * records this visit as the next one's previous.
 */
export function sinceLastVisit(
  who: string,
  now: Date = new Date(),
  local: Storage = localStorage,
  session: Storage = sessionStorage,
): string | null {
  const kept = keptSince(who, session);
  if (kept !== undefined) return kept;
  try {
    const previous = local.getItem(LAST_VISIT + who);
    const valid = previous && !Number.isNaN(Date.parse(previous)) ? previous : null;
    keepSince(who, valid, session);
    local.setItem(LAST_VISIT + who, now.toISOString());
    return valid;
  } catch {
    return null; // storage disabled: every visit is a first one
  }
}

/**
 * The previous visit: for a signed-in person, from the API (recorded once per browsing session); for a visitor, from
 * this browser. Undefined while the API has not answered.
 */
export function useSinceLastVisit(accountId: string | null): string | null | undefined {
  const [, recordVisit] = useMutation(RecordVisitDocument);
  const [since, setSince] = useState<string | null | undefined>(() =>
    accountId ? keptSince(accountId, sessionStorage) : sinceLastVisit('public'),
  );
  useEffect(() => {
    if (!accountId || since !== undefined) return;
    let current = true;
    if (!recording.has(accountId)) {
      recording.set(
        accountId,
        recordVisit({}).then((result) => {
          if (result.error) {
            recording.delete(accountId);
            return undefined;
          }
          const previous = result.data?.recordVisit ?? null;
          keepSince(accountId, previous, sessionStorage);
          return previous;
        }),
      );
    }
    void recording.get(accountId)!.then((previous) => {
      if (current && previous !== undefined) setSince(previous);
    });
    return () => {
      current = false;
    };
  }, [accountId, since, recordVisit]);
  return since;
}
