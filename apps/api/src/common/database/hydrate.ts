import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A row as PostgreSQL names it: by column (`starts_at`), as `SELECT *` or `to_jsonb(row)` gives it. */
export type ColumnRow = Record<string, unknown>;

/**
 * Entities from rows of hand-written SQL, each value converted as TypeORM converts it (timestamps to Date, dates to
 * 'YYYY-MM-DD'). For the hot read paths: TypeORM's own result transformer, built for aliased joins, cost several
 * times the query itself on thousands of rows.
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
