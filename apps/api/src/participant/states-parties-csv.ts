// The States Parties CSV (the shape of shared/data/states-parties-2004.csv), read row by row: the sample data's seed
// and the import of the people-and-roles screen both read it here, so a file the seed accepts imports alike.
import { isIsoDate, refusal, shorten, type GuardFailure, type IsoDate } from '@prepcom/domain';
import { CsvSyntaxError, parseCsv } from '../common/csv';

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
      refusal('CSV_FIELD_COUNT', 'csv', 'CSV_FIELD_COUNT', { row, fields: record.length, width }),
    );
    return { row, name, iso3, state: null, refusals };
  }
  if (name === '') refusals.push(refusal('CSV_NO_NAME', 'state', 'CSV_NO_NAME', { row }));
  if (!ISO3.test(iso3)) {
    refusals.push(refusal('CSV_BAD_ISO3', 'iso3', 'CSV_BAD_ISO3', { value: shorten(iso3) }));
  }

  const status = value('status_2004');
  let becamePartyOn: IsoDate | null = null;
  let depositedOn: IsoDate | null = null;
  if (status === 'party') {
    becamePartyOn = isoDay(value('entry_into_force'));
    if (!becamePartyOn) {
      refusals.push(
        refusal('CSV_NO_ENTRY_INTO_FORCE', 'entry_into_force', 'CSV_NO_ENTRY_INTO_FORCE', {
          value: shorten(value('entry_into_force')),
        }),
      );
    }
    if (value('deposit_date') !== '') {
      depositedOn = isoDay(value('deposit_date'));
      if (!depositedOn) {
        refusals.push(
          refusal('CSV_BAD_DEPOSIT_DATE', 'deposit_date', 'CSV_BAD_DEPOSIT_DATE', {
            value: shorten(value('deposit_date')),
          }),
        );
      } else if (becamePartyOn && depositedOn > becamePartyOn) {
        refusals.push(
          refusal('CSV_DEPOSIT_AFTER_ENTRY_INTO_FORCE', 'deposit_date', 'DEPOSIT_AFTER_ENTRY_INTO_FORCE', {
            deposit: depositedOn,
            entry: becamePartyOn,
          }),
        );
      }
    }
  } else if (status !== 'signatory') {
    refusals.push(
      refusal('CSV_UNKNOWN_STATUS', 'status_2004', 'CSV_UNKNOWN_STATUS', { value: shorten(status) }),
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
 * second row on. A file that is not CSV, or lacks a column, is a CsvSyntaxError: no row can be read then.
 */
export function readStatesPartiesCsv(csvText: string): StatesPartiesRow[] {
  const [header, ...records] = parseCsv(csvText);
  if (!header) throw new CsvSyntaxError(refusal('CSV_SYNTAX', 'csv', 'CSV_EMPTY', {}));
  const names = header.map((name) => name.trim());
  const index = {} as Record<Column, number>;
  const missing = STATES_PARTIES_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const columns = missing.map((column) => `'${column}'`).join(', ');
    throw new CsvSyntaxError(refusal('CSV_SYNTAX', 'csv', 'CSV_MISSING_COLUMNS', { columns }));
  }
  for (const column of STATES_PARTIES_COLUMNS) index[column] = names.indexOf(column);

  const seen = new Set<string>();
  return records.map((record, n) => {
    const read = readRow(record, index, names.length, n + 1);
    if (read.state && seen.has(read.iso3)) {
      return {
        ...read,
        state: null,
        refusals: [refusal('CSV_DUPLICATE_ISO3', 'iso3', 'CSV_DUPLICATE_ISO3', { value: read.iso3 })],
      };
    }
    seen.add(read.iso3);
    return read;
  });
}
