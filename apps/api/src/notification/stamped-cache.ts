import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * One value read from some tables (every account as an actor, every preference), kept across fan-outs for as long
 * as those tables are unchanged: each fan-out would otherwise read and rebuild the same hundreds of rows per event.
 *
 * Whether they changed is asked of PostgreSQL on every `get`, in one statement: a digest of each visible row
 * version's (xmin, ctid). Any INSERT, UPDATE or DELETE, however it is written (ORM, raw SQL, a migration), creates
 * or removes row versions and so changes the digest once it commits; an `updated_at` or version column would miss
 * writes that leave it alone, and a maximum would miss transactions that commit out of order. The stamp is read
 * before the value it is filed under, so a cached value is never older than the state the stamp describes.
 */
export class StampedCache<T> {
  private entry: { stamp: string; key: string; value: Promise<T> } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly tables: EntityTarget<ObjectLiteral>[],
  ) {}

  private digest: string | null = null;

  /**
   * The SQL expression of the tables' digest, for a caller that reads it within a statement of its own (the fan-out
   * reads it with its event) and passes it to `get`. Written on first use: the entities' metadata is not there yet
   * when services are built (nor ever for `npm run schema`, which builds the app without a database).
   */
  get digestSql(): string {
    this.digest ??= `(${this.tables
      .map(
        (table) =>
          `(SELECT coalesce(md5(string_agg(xmin::text || ctid::text, ',' ORDER BY ctid)), '') ` +
          `FROM ${this.db.getMetadata(table).tablePath})`,
      )
      .join(" || '/' || ")})`;
    return this.digest;
  }

  /**
   * The value filed under `key` while the tables are as they are now; `load` (re)reads it otherwise. `stamp` is
   * `digestSql` as the caller just read it; without it, `get` reads it.
   */
  async get(load: () => Promise<T>, key = '', stamp?: string): Promise<T> {
    stamp ??= (await this.db.query<[{ stamp: string }]>(`SELECT ${this.digestSql} AS stamp`))[0].stamp;
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
