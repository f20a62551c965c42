// "Since your last visit": when this person last opened the dashboard in this browser. The time is kept per person
// in localStorage; the one read at the start of a browsing session is kept in sessionStorage for that session, so
// going back to the overview meanwhile still compares with the visit before, not with a minute ago.
const LAST_VISIT = 'prepcom.lastVisit.';
const SINCE = 'prepcom.visitSince.';

/**
 * The instant of this person's previous visit (null on their first, or when the browser keeps nothing), and
 * records this visit as the next one's previous.
 */
export function sinceLastVisit(
  who: string,
  now: Date = new Date(),
  local: Storage = localStorage,
  session: Storage = sessionStorage,
): string | null {
  try {
    const kept = session.getItem(SINCE + who);
    if (kept !== null) return kept || null;
    const previous = local.getItem(LAST_VISIT + who);
    const valid = previous && !Number.isNaN(Date.parse(previous)) ? previous : null;
    session.setItem(SINCE + who, valid ?? '');
    local.setItem(LAST_VISIT + who, now.toISOString());
    return valid;
  } catch {
    return null; // storage disabled: every visit is a first one
  }
}
