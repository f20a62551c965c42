import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp with time zone', 'timestamp', Date]);

/**
 * An entity's rows as JSON arrays, one value per column in the entity's own column order, and back: a statement that
 * returns many kinds of rows at once (snapshot.sql) aggregates each kind as a JSON array. Arrays cost PostgreSQL a
 * third of what `json_build_object` costs (no keys to write for every row), and are smaller to send and parse. The
 * columns are listed from the entity's metadata, for both the SQL and the revival, so the two cannot disagree.
 */
export class EntityArrays<T extends ObjectLiteral> {
  private readonly properties: string[];
  private readonly instants: boolean[];
  private readonly columns: { name: string; type: 'instant' | 'day' | 'plain' }[];

  constructor(db: DataSource, entity: EntityTarget<T>) {
    const columns = db.getMetadata(entity).columns.filter((column) => !column.isVirtual);
    this.properties = columns.map((column) => column.propertyName);
    this.columns = columns.map((column) => ({
      name: column.databaseName,
      type: TIMESTAMP_TYPES.has(column.type) ? 'instant' : column.type === 'date' ? 'day' : 'plain',
    }));
    this.instants = this.columns.map((column) => column.type === 'instant');
  }

  /**
   * `json_build_array` of the row aliased `alias`: instants as epoch milliseconds (date_part's float, truncated to
   * the millisecond first so that rounding it is exact; extract's numeric made the JSON three times as dear),
   * days as 'YYYY-MM-DD' text as TypeORM gives them.
   */
  sql(alias: string): string {
    const values = this.columns.map(({ name, type }) => {
      const value = `${alias}.${name}`;
      if (type === 'instant')
        return `(date_part('epoch', date_trunc('milliseconds', ${value})) * 1000)::bigint`;
      return type === 'day' ? `${value}::text` : value;
    });
    return `json_build_array(${values.join(', ')})`;
  }

  /** The rows as the entity: plain objects with its properties, instants as Date. */
  revive(rows: readonly unknown[][]): T[] {
    const { properties, instants } = this;
    return rows.map((row) => {
      const entity: Record<string, unknown> = {};
      for (let index = 0; index < properties.length; index += 1) {
        const value = row[index];
        entity[properties[index]!] = instants[index] && value !== null ? new Date(value as number) : value;
      }
      return entity as T;
    });
  }
}

/**
 * `sql` with each `{{entity alias}}` placeholder spelt out as that row's JSON array of the entity's columns
 * (`arrays[entity].sql(alias)`), for a statement that reads many kinds of rows at once.
 */
export function spellOutEntityArrays(
  sql: string,
  arrays: Readonly<Record<string, EntityArrays<ObjectLiteral>>>,
): string {
  return sql.replace(/\{\{(\w+) (\w+)\}\}/g, (placeholder, entity: string, alias: string) => {
    const ofEntity = arrays[entity];
    if (!ofEntity) throw new Error(`The statement names an entity it reads no arrays of: ${placeholder}`);
    return ofEntity.sql(alias);
  });
}
