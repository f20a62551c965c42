// The States Parties CSV (the shape of shared/data/states-parties-2004.csv), read row by row: the sample data's seed
// and the import of the people-and-roles screen both read it here, so a file the seed accepts imports alike.
import { isIsoDate, quote, type GuardFailure, type IsoDate } from '@prepcom/domain';
import { parseCsv } from '../common/csv';

/** The columns the file must have, in any order; others (instrument, source, …) are ignored. */
export const STATES_PARTIES_COLUMNS = [
  'state',
  'iso3',
  'status_2004',
  'deposit_date',
  'entry_into_force',
  'un_regional_group',
] as const;
type Column = (typeof STATES_PARTIES_COLUMNS)[number];

const ISO3 = /^[A-Z]{3}$/;

/** A State as one row of the file says it stands. */
export interface StateRecord {
  name: string;
  iso3: string;
  /** Entry into force (Article 17); null for a signatory. */
  becamePartyOn: IsoDate | null;
  /** Deposit of the instrument of ratification or accession; null for a signatory. */
  depositedOn: IsoDate | null;
  regionalGroup: string | null;
}

/** One data row: the State it describes, or why it cannot be read (name and code as written, for the reader). */
export interface StatesPartiesRow {
  /** 1 for the first row after the header. */
  row: number;
  name: string;
  iso3: string;
  state: StateRecord | null;
  refusals: GuardFailure[];
}

const refusal = (guard: string, field: string, message: string): GuardFailure => ({ guard, field, message });

const isoDay = (text: string): IsoDate | null => (isIsoDate(text) ? text : null);

function readRow(
  record: string[],
  index: Record<Column, number>,
  width: number,
  row: number,
): StatesPartiesRow {
  const value = (column: Column): string => (record[index[column]] ?? '').trim();
  const name = value('state');
  const iso3 = value('iso3').toUpperCase();
  const refusals: GuardFailure[] = [];
  if (record.length !== width) {
    refusals.push(
      refusal(
        'CSV_FIELD_COUNT',
        'csv',
        `Row ${row} has ${record.length} fields where the header has ${width}.`,
      ),
    );
    return { row, name, iso3, state: null, refusals };
  }
  if (name === '') refusals.push(refusal('CSV_NO_NAME', 'state', `Row ${row} names no State.`));
  if (!ISO3.test(iso3)) {
    refusals.push(refusal('CSV_BAD_ISO3', 'iso3', `${quote(iso3)} is not an ISO 3166 alpha-3 code.`));
  }

  const status = value('status_2004');
  let becamePartyOn: IsoDate | null = null;
  let depositedOn: IsoDate | null = null;
  if (status === 'party') {
    becamePartyOn = isoDay(value('entry_into_force'));
    if (!becamePartyOn) {
      refusals.push(
        refusal(
          'CSV_NO_ENTRY_INTO_FORCE',
          'entry_into_force',
          `A party needs an entry-into-force date, got ${quote(value('entry_into_force'))}.`,
        ),
      );
    }
    if (value('deposit_date') !== '') {
      depositedOn = isoDay(value('deposit_date'));
      if (!depositedOn) {
        refusals.push(
          refusal(
            'CSV_BAD_DEPOSIT_DATE',
            'deposit_date',
            `${quote(value('deposit_date'))} is not a day (YYYY-MM-DD).`,
          ),
        );
      } else if (becamePartyOn && depositedOn > becamePartyOn) {
        refusals.push(
          refusal(
            'CSV_DEPOSIT_AFTER_ENTRY_INTO_FORCE',
            'deposit_date',
            `The deposit (${depositedOn}) cannot come after the entry into force (${becamePartyOn}).`,
          ),
        );
      }
    }
  } else if (status !== 'signatory') {
    refusals.push(
      refusal('CSV_UNKNOWN_STATUS', 'status_2004', `Unknown status ${quote(status)} (party or signatory).`),
    );
  }

  const group = value('un_regional_group');
  const state = refusals.length
    ? null
    : { name, iso3, becamePartyOn, depositedOn, regionalGroup: group === '' ? null : group };
  return { row, name, iso3, state, refusals };
}

/**
 * Every data row of the file, each read or refused with its reasons; a code that appears twice is refused from its
 * second row on. A file that is not CSV, or lacks a column, is a SyntaxError: no row can be read then.
 */
export function readStatesPartiesCsv(csvText: string): StatesPartiesRow[] {
  const [header, ...records] = parseCsv(csvText);
  if (!header) throw new SyntaxError('The States Parties CSV is empty.');
  const names = header.map((name) => name.trim());
  const index = {} as Record<Column, number>;
  const missing = STATES_PARTIES_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new SyntaxError(
      `The States Parties CSV has no ${missing.map((column) => `'${column}'`).join(', ')} column${missing.length > 1 ? 's' : ''}.`,
    );
  }
  for (const column of STATES_PARTIES_COLUMNS) index[column] = names.indexOf(column);

  const seen = new Set<string>();
  return records.map((record, n) => {
    const read = readRow(record, index, names.length, n + 1);
    if (read.state && seen.has(read.iso3)) {
      return {
        ...read,
        state: null,
        refusals: [refusal('CSV_DUPLICATE_ISO3', 'iso3', `${read.iso3} appears on an earlier row.`)],
      };
    }
    seen.add(read.iso3);
    return read;
  });
}
