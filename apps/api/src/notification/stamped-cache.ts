import type { TableStamp } from './table-stamps.repository';

/**
 * One value read from some tables (every account as an actor, every preference), kept across fan-outs for as long
 * as those tables are unchanged: each fan-out would otherwise read and rebuild the same hundreds of rows per event.
 * Whether they changed is asked of PostgreSQL on every `get`, in one statement (`TableStamp`). The stamp is read
 * before the value it is filed under, so a cached value is never older than the state the stamp describes.
 */
export class StampedCache<T> {
  private entry: { stamp: string; key: string; value: Promise<T> } | null = null;

  constructor(private readonly stamp: TableStamp) {}

  /** The stamp as SQL, for a caller that reads it within a statement of its own and passes it to `get`. */
  get digestSql(): string {
    return this.stamp.sql;
  }

  /**
   * The value filed under `key` while the tables are as they are now; `load` (re)reads it otherwise. `stamp` is
   * `digestSql` as the caller just read it; without it, `get` reads it.
   */
  async get(load: () => Promise<T>, key = '', stamp?: string): Promise<T> {
    stamp ??= await this.stamp.read();
    let entry = this.entry;
    if (!entry || entry.stamp !== stamp || entry.key !== key) {
      const fresh = { stamp, key, value: load() };
      // A failed read is not kept: the next caller reads again (the caller awaiting it still gets the error).
      fresh.value.catch(() => {
        if (this.entry === fresh) this.entry = null;
      });
      this.entry = entry = fresh;
    }
    return entry.value;
  }
}
