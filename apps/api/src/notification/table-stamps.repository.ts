import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Whether some tables changed since a value was read from them: a digest PostgreSQL computes. */
export interface TableStamp {
  /** The digest as an SQL expression, for a statement that reads it beside its own columns. */
  readonly sql: string;
  /** The digest now. */
  read(): Promise<string>;
}

/**
 * Stamps of tables, for the caches that keep what was read from them (`StampedCache`). A stamp is a digest of each
 * visible row version's (xmin, ctid): any INSERT, UPDATE or DELETE, however it is written (ORM, raw SQL, a
 * migration), creates or removes row versions and so changes the digest once it commits; an `updated_at` or version
 * column would miss writes that leave it alone, and a maximum would miss transactions that commit out of order.
 */
@Injectable()
export class TableStampsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  of(tables: (new () => object)[]): TableStamp {
    const db = this.db;
    let sql: string | null = null;
    return {
      // Written on first use: the entities' metadata is not there yet when services are built (nor ever for
      // `npm run schema`, which builds the app without a database).
      get sql() {
        sql ??= `(${tables
          .map(
            (table) =>
              `(SELECT coalesce(md5(string_agg(xmin::text || ctid::text, ',' ORDER BY ctid)), '') ` +
              `FROM ${db.getMetadata(table).tablePath})`,
          )
          .join(" || '/' || ")})`;
        return sql;
      },
      async read() {
        return (await db.query<[{ stamp: string }]>(`SELECT ${this.sql} AS stamp`))[0].stamp;
      },
    };
  }
}
