/** A cell a spreadsheet would run as a formula starts with one of these (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number is data even with a sign: only text that would be read as a formula is neutralised. */
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * One cell: text as is, dates as ISO 8601, anything else as JSON. A value that a spreadsheet would evaluate
 * (`=HYPERLINK(…)`, `+1+1`, `@SUM(…)`) gets a leading apostrophe, which spreadsheets show as text; then RFC 4180
 * quoting.
 */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const raw =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  const text = FORMULA_START.test(raw) && !NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",\n\r']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file (RFC 4180, CRLF line ends) with a header line: every CSV the product writes goes through here. */
export function csvDocument(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
