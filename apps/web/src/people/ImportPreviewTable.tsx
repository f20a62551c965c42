import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportStatesPartiesMutation } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { ReasonsList } from '../ui/ReasonsList';
import { TableScroll } from '../ui/TableScroll';

export type ImportResult = ImportStatesPartiesMutation['importStatesParties'];
type ImportRow = ImportResult['rows'][number];

/** The rows worth reading: those that add, change or are refused; every row when asked. */
export function rowsShown(rows: readonly ImportRow[], everyRow: boolean): ImportRow[] {
  return everyRow ? [...rows] : rows.filter((row) => row.outcome !== 'UNCHANGED');
}

function RowDetails({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Dates read as days in the reader's language; other values as the file wrote them.
  const shown = (field: string, value: string | null) =>
    value === null
      ? t('app.none')
      : field === 'name' || field === 'regionalGroup'
        ? value
        : format.calendarDay(value);
  if (row.outcome === 'REFUSED') {
    return (
      <ReasonsList
        reasons={row.refusals.map((refusal) => ({ code: refusal.code, message: refusal.message }))}
      />
    );
  }
  if (row.outcome === 'CHANGED') {
    return (
      <ul className="plain-list">
        {row.changes.map((change) => (
          <li key={change.field}>
            {t('people.import.change', {
              field: t(`people.import.fields.${change.field as 'name'}`),
              from: shown(change.field, change.from),
              to: shown(change.field, change.to),
            })}
          </li>
        ))}
      </ul>
    );
  }
  return <>{t(`people.import.details.${row.outcome}`)}</>;
}

/**
 * What an import does (or would do) row by row: the counts, then each row that adds, changes or is refused, with
 * what it changes or why it is refused (the server's reasons, with their codes). Unchanged rows on request.
 */
export function ImportPreviewTable({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [everyRow, setEveryRow] = useState(false);
  const rows = rowsShown(result.rows, everyRow);
  const counts = (['added', 'changed', 'unchanged', 'refused'] as const).map((outcome) => ({
    outcome,
    count: result[outcome],
  }));
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {result.dryRun ? t('people.import.previewHeading') : t('people.import.doneHeading')}
      </h2>
      <ul className="import-counts">
        {counts.map(({ outcome, count }) => (
          <li key={outcome} className={`import-count import-count--${outcome}`}>
            <strong>{format.number(count)}</strong> {t(`people.import.counts.${outcome}`, { count })}
          </li>
        ))}
      </ul>
      <div className="form__check">
        <input
          id={`${id}-every`}
          type="checkbox"
          checked={everyRow}
          onChange={(e) => setEveryRow(e.target.checked)}
        />
        <label htmlFor={`${id}-every`}>{t('people.import.everyRow')}</label>
      </div>
      {rows.length === 0 ? (
        <p>{t('people.import.nothingToDo')}</p>
      ) : (
        <TableScroll labelledBy={`${id}-heading`}>
          <table className="import-table">
            <caption className="visually-hidden">{t('people.import.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.import.colRow')}</th>
                <th scope="col">{t('people.import.colState')}</th>
                <th scope="col">{t('people.import.colOutcome')}</th>
                <th scope="col">{t('people.import.colDetails')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.row} className={`import-row import-row--${row.outcome.toLowerCase()}`}>
                  <td>{format.number(row.row)}</td>
                  <th scope="row">
                    {row.name || t('app.none')} <span className="muted">{row.iso3}</span>
                  </th>
                  <td>
                    <span className={`tag tag--${row.outcome.toLowerCase()}`}>
                      {t(`people.import.outcome.${row.outcome}`)}
                    </span>
                  </td>
                  <td>
                    <RowDetails row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
