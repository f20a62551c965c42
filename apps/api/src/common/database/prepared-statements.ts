/** Each registered statement's text, and the name it is prepared under on every pooled connection. */
const names = new Map<string, string>();

/**
 * Registers `text` to run as a named prepared statement (database/pooled-client.ts) and returns it unchanged, to be
 * run as any other. PostgreSQL then parses and plans it once per connection instead of on every run: for the
 * snapshot's statement, ten kinds of rows in one, planning cost 1 ms at the bench's 1× and 5 ms at 100×, a fifth of
 * the statement (docs/benchmarks.md). For large statements whose text is fixed once the process has started: a
 * statement composed per request would make a name per variant.
 */
export function preparedStatement(text: string): string {
  if (!names.has(text)) names.set(text, `prepcom_${names.size + 1}`);
  return text;
}

/** The name `text` is prepared under, if it was registered. */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}
