/** How long a delivery may use what was read for another delivery of the same event (its facts, its people). */
export const FACTS_FRESH_MS = 1_000;

/**
 * Values read once for every caller that asks within `freshMs` of the first read: a fan-out queues all of an event's
 * deliveries at once, and each would otherwise read the same rows. Such a caller uses what was read up to `freshMs`
 * before, as if it had run then. A failed read is not kept.
 */
export class RecentReads<K, V> {
  private readonly entries = new Map<K, { readAt: number; value: Promise<V> }>();

  constructor(private readonly freshMs: number) {}

  get(key: K, read: () => Promise<V>): Promise<V> {
    const now = performance.now();
    // Entries are kept in the order they were read: the stale ones come first.
    for (const [stale, entry] of this.entries) {
      if (now - entry.readAt <= this.freshMs) break;
      this.entries.delete(stale);
    }
    const recent = this.entries.get(key);
    if (recent) return recent.value;
    const entry = { readAt: now, value: read() };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }
}
