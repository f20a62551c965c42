// Every State Party and remaining signatory of the Mine Ban Convention to the end of 2004, read from the CSV that
// sits beside this file (a copy of the shared data set, so the app never reads outside its own tree at run time).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParticipantKind } from '@prepcom/domain';
import type { SeedParticipant } from './seed-types';

export const STATES_PARTIES_CSV = 'states-parties-2004.csv';

const REQUIRED_COLUMNS = ['state', 'iso3', 'status_2004', 'entry_into_force', 'un_regional_group'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number];

const ISO3 = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
          throw new SyntaxError(`CSV line ${line}: a quote may only open a field.`);
        }
        quoted = true;
        wasQuoted = true;
        break;
      case ',':
        endField();
        break;
      case '\r':
        if (source[i + 1] !== '\n')
          throw new SyntaxError(`CSV line ${line}: a carriage return without a line feed.`);
        break;
      case '\n':
        endRow();
        line++;
        break;
      default:
        if (wasQuoted) throw new SyntaxError(`CSV line ${line}: text after the closing quote of a field.`);
        field += char;
    }
  }
  if (quoted) throw new SyntaxError(`CSV line ${line}: a quoted field is not closed.`);
  if (field !== '' || wasQuoted || row.length > 0) endRow();
  return rows;
}

/**
 * The States in the CSV as seed participants: `state-<iso3 lowercase>`, a party from its entry into force, a
 * signatory (not party by the end of 2004) with `becamePartyOn: null`; an empty regional group becomes null.
 */
export function parseStatesParties(csvText: string): SeedParticipant[] {
  const [header, ...records] = parseCsv(csvText);
  if (!header) throw new SyntaxError('The States Parties CSV is empty.');
  const names = header.map((name) => name.trim());
  const index = {} as Record<Column, number>;
  for (const column of REQUIRED_COLUMNS) {
    const at = names.indexOf(column);
    if (at < 0) throw new SyntaxError(`The States Parties CSV has no '${column}' column.`);
    index[column] = at;
  }

  const seen = new Set<string>();
  return records.map((record, n) => {
    const where = `States Parties CSV record ${n + 1}`;
    if (record.length !== names.length) {
      throw new SyntaxError(`${where}: ${record.length} fields where the header has ${names.length}.`);
    }
    const value = (column: Column): string => (record[index[column]] ?? '').trim();
    const name = value('state');
    const iso3 = value('iso3').toUpperCase();
    if (name === '') throw new SyntaxError(`${where}: no State name.`);
    if (!ISO3.test(iso3))
      throw new SyntaxError(`${where} (${name}): '${iso3}' is not an ISO 3166 alpha-3 code.`);
    if (seen.has(iso3)) throw new SyntaxError(`${where} (${name}): ${iso3} appears twice.`);
    seen.add(iso3);

    const status = value('status_2004');
    let becamePartyOn: string | null;
    if (status === 'party') {
      becamePartyOn = value('entry_into_force');
      if (!ISO_DATE.test(becamePartyOn)) {
        throw new SyntaxError(
          `${where} (${name}): a party needs an entry-into-force date, got '${becamePartyOn}'.`,
        );
      }
    } else if (status === 'signatory') {
      becamePartyOn = null;
    } else {
      throw new SyntaxError(`${where} (${name}): unknown status '${status}' (party or signatory).`);
    }

    const group = value('un_regional_group');
    return {
      key: `state-${iso3.toLowerCase()}`,
      name,
      kind: ParticipantKind.STATE,
      iso3,
      becamePartyOn,
      regionalGroup: group === '' ? null : group,
    };
  });
}

/** Reads the CSV beside this module: src/seed/data under test, dist/seed/data once built (the build copies it). */
export function loadStatesParties(): SeedParticipant[] {
  return parseStatesParties(readFileSync(join(__dirname, STATES_PARTIES_CSV), 'utf8'));
}
