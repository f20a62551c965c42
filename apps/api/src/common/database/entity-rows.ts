import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

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
