import type { Logger } from 'typeorm';

/** Counts the SQL statements TypeORM sends (raw `query()` calls included), so a test can hold a request to a bound. */
export class CountingLogger implements Logger {
  statements: string[] = [];

  logQuery(query: string): void {
    this.statements.push(query);
  }

  reset(): void {
    this.statements = [];
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
