declare const inTransaction: unique symbol;

/**
 * A transaction in progress. Services hold it and hand it to repositories; it offers no way to run a statement, so
 * every statement the product runs is written in a `*.repository.ts` (docs/decisions/0046-unit-of-work.md).
 */
export interface Tx {
  readonly [inTransaction]: true;
}
