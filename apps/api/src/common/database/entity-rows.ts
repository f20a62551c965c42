import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity as a statement builds it with `json_build_object` (its columns under their property names, timestamps as
 * epoch milliseconds, `date` columns as 'YYYY-MM-DD' text), before `reviveEntities` turns its instants back into dates.
 */
export type EntityJsonRow = Record<string, unknown>;

/**
 * The SELECT list under which node-postgres returns rows already shaped as the entity: each column under its
 * property's name, and `date` columns as 'YYYY-MM-DD' text as TypeORM gives them (timestamps arrive as Date either
 * way). For the hot read paths: thousands of rows read without TypeORM's per-row transformer, or a second object
 * per row. The rows are plain objects, not instances of the entity's class; with `properties`, only those columns
 * (names that are not columns are ignored).
 */
export function entityColumns<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  properties?: readonly string[],
): string {
  return db
    .getMetadata(entity)
    .columns.filter(
      (column) => !column.isVirtual && (!properties || properties.includes(column.propertyName)),
    )
    .map((column) => {
      const value = `${alias}.${column.databaseName}`;
      return `${column.type === 'date' ? `${value}::text` : value} AS "${column.propertyName}"`;
    })
    .join(', ');
}

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp with time zone', 'timestamp', Date]);

/**
 * Rows built as an EntityJsonRow, in place, as the entity: timestamps back to Date. Plain objects shaped as the entity,
 * not instances of its class (nothing reads them as such).
 */
export function reviveEntities<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  rows: EntityJsonRow[],
): T[] {
  const instants = db
    .getMetadata(entity)
    .columns.filter((column) => TIMESTAMP_TYPES.has(column.type))
    .map((column) => column.propertyName);
  for (const row of rows) {
    for (const property of instants) {
      const value = row[property];
      if (typeof value === 'number') row[property] = new Date(value);
    }
  }
  return rows as T[];
}
