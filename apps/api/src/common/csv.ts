import { refusal, type GuardFailure } from '@prepcom/domain';

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

/** A text that cannot be read as CSV at all, with what is wrong as a sentence of the catalogue (decision 26). */
export class CsvSyntaxError extends SyntaxError {
  constructor(readonly failure: GuardFailure) {
    super(failure.message);
  }
}

/** What stops the reading at a line of the text. */
const unreadableAt = (
  line: number,
  code:
    'CSV_QUOTE_INSIDE_FIELD' | 'CSV_LONE_CARRIAGE_RETURN' | 'CSV_TEXT_AFTER_QUOTE' | 'CSV_QUOTE_NOT_CLOSED',
) => new CsvSyntaxError(refusal('CSV_SYNTAX', 'csv', code, { line }));

/**
 * Splits CSV text into rows of fields (RFC 4180): fields separated by commas, rows by CRLF or LF; a field in double
 * quotes may hold commas, line breaks and doubled quotes (`""`). A leading byte-order mark and a final line break are
 * ignored; blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field began with a quote
  let line = 1;
  let quoteOpenedAt = 1; // the line of the quote that opened the field, which a quote left open names

  const endField = (): void => {
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRow = (): void => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    switch (char) {
      case '"':
        if (field !== '' || wasQuoted) {
          throw unreadableAt(line, 'CSV_QUOTE_INSIDE_FIELD');
        }
        quoted = true;
        quoteOpenedAt = line;
        wasQuoted = true;
        break;
      case ',':
        endField();
        break;
      case '\r':
        if (source[i + 1] !== '\n') throw unreadableAt(line, 'CSV_LONE_CARRIAGE_RETURN');
        break;
      case '\n':
        endRow();
        line++;
        break;
      default:
        if (wasQuoted) throw unreadableAt(line, 'CSV_TEXT_AFTER_QUOTE');
        field += char;
    }
  }
  if (quoted) throw unreadableAt(quoteOpenedAt, 'CSV_QUOTE_NOT_CLOSED');
  if (field !== '' || wasQuoted || row.length > 0) endRow();
  return rows;
}
