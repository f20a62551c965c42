import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A row as PostgreSQL names it: by column (`starts_at`), as `to_json(row)` gives it. */
export type ColumnRow = Record<string, unknown>;

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

/**
 * Entities from rows PostgreSQL built as JSON (`to_json(row)`, named by column), each value converted as TypeORM
 * converts it (ISO timestamps to Date): how the one-statement snapshot reads several kinds of rows at once.
 */
export function hydrate<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  rows: ColumnRow[],
): T[] {
  const metadata = db.getMetadata(entity);
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  return rows.map((row) => {
    const instance = metadata.create() as T;
    for (const column of columns) {
      const value = row[column.databaseName];
      if (value !== undefined) column.setEntityValue(instance, db.driver.prepareHydratedValue(value, column));
    }
    return instance;
  });
}
