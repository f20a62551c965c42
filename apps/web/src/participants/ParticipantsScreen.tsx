import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import texts from 'virtual:texts/participants';
import { useAsOf } from '../app/as-of';
import type { ParticipantsQuery, RoleTermsListQuery } from '../generated/graphql';
import { ParticipantsDocument } from '../generated/participants/participants';
import { RoleTermsListDocument } from '../generated/participants/roleTerms';
import { useFormat } from '../i18n/format';
import { addTexts } from '../i18n/i18n';
import { ListStatus } from '../ui/ListStatus';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useEveryPage } from '../ui/useEveryPage';
import { type Column, VirtualTable } from '../ui/VirtualTable';
import { TableScroll } from '../ui/TableScroll';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

export type ParticipantRow = ParticipantsQuery['participants']['edges'][number]['node'];
type RoleTermRow = RoleTermsListQuery['roleTerms']['edges'][number]['node'];

export const GROUPS = ['parties', 'observerStates', 'organisations', 'all'] as const;
export type Group = (typeof GROUPS)[number];

/** Which list a participant belongs in on the day shown. */
export function groupOf(participant: ParticipantRow): Exclude<Group, 'all'> {
  if (participant.kind === 'ORGANISATION') return 'organisations';
  return participant.isParty ? 'parties' : 'observerStates';
}

/** Participants in a group whose name or ISO code contains the text searched for, any case. */
export function participantsShown(
  rows: readonly ParticipantRow[],
  group: Group,
  search: string,
): ParticipantRow[] {
  const needle = search.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (group === 'all' || groupOf(row) === group) &&
      (!needle || row.name.toLocaleLowerCase().includes(needle) || row.iso3?.toLocaleLowerCase() === needle),
  );
}

function ParticipantTable({ rows }: { rows: readonly ParticipantRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<ParticipantRow>[] = [
    { key: 'name', header: t('participants.colName'), rowHeader: true, cell: (row) => row.name },
    {
      key: 'status',
      header: t('participants.colStatus'),
      cell: (row) =>
        row.kind === 'ORGANISATION'
          ? row.organisationType
            ? t(`organisationType.${row.organisationType}`)
            : t('participants.organisation')
          : row.isParty
            ? t('participants.stateParty')
            : t('participants.stateNotParty'),
    },
    {
      key: 'joined',
      header: t('participants.colJoined'),
      cell: (row) => (row.becamePartyOn ? format.calendarDay(row.becamePartyOn) : t('app.none')),
    },
    { key: 'iso3', header: t('participants.colCode'), cell: (row) => row.iso3 ?? t('app.none') },
    { key: 'region', header: t('participants.colRegion'), cell: (row) => row.regionalGroup ?? t('app.none') },
  ];
  return (
    <VirtualTable
      label={t('participants.tableLabel')}
      rows={rows}
      columns={columns}
      rowKey={(row) => row.id}
      template="minmax(12rem, 3fr) minmax(9rem, 2fr) minmax(8rem, 1.2fr) minmax(4rem, 0.6fr) minmax(9rem, 1.6fr)"
    />
  );
}

function RoleTerms({ terms, today }: { terms: readonly RoleTermRow[]; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const latestFirst = [...terms].sort(
    (a, b) => b.startsOn.localeCompare(a.startsOn) || a.role.localeCompare(b.role),
  );
  const running = (term: RoleTermRow) => term.startsOn <= today && (!term.endsOn || term.endsOn >= today);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participants.roles.heading')}</h2>
      {latestFirst.length === 0 ? (
        <EmptyState>{t('participants.roles.none')}</EmptyState>
      ) : (
        <TableScroll labelledBy={headingId}>
          <table>
            <caption className="visually-hidden">{t('participants.roles.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participants.roles.colRole')}</th>
                <th scope="col">{t('participants.roles.colHolder')}</th>
                <th scope="col">{t('participants.roles.colWhen')}</th>
                <th scope="col">{t('participants.roles.colBody')}</th>
              </tr>
            </thead>
            <tbody>
              {latestFirst.map((term) => (
                <tr key={term.id} className={running(term) ? 'row--current' : undefined}>
                  <th scope="row">
                    {t(`roleKind.${term.role}`)}
                    {running(term) && (
                      <span className="tag tag--next">{t('participants.roles.running')}</span>
                    )}
                  </th>
                  <td>
                    {term.participant.name}
                    {term.personName && <span className="muted block">{term.personName}</span>}
                  </td>
                  <td>
                    {term.endsOn
                      ? t('participants.roles.fromTo', {
                          from: format.calendarDay(term.startsOn),
                          to: format.calendarDay(term.endsOn),
                        })
                      : t('participants.roles.from', { from: format.calendarDay(term.startsOn) })}
                  </td>
                  <td>
                    {term.body}
                    {term.milestone && <span className="muted block">{term.milestone.shortTitle}</span>}
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

/** States Parties with the day they joined, observer States, organisations, and who held which role when. */
export function ParticipantsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('participants.title'));
  const id = useId();
  const asOf = useAsOf();
  const [group, setGroup] = useState<Group>('parties');
  const [search, setSearch] = useState('');
  const participants = useEveryPage(ParticipantsDocument, { on: asOf.day }, (data) => data.participants);
  // As of a past day, only the terms known then: one decided later would give away a meeting still to come.
  const terms = useEveryPage(RoleTermsListDocument, { knownOn: asOf.day }, (data) => data.roleTerms);
  const all = participants.nodes ?? [];
  const shown = participantsShown(all, group, search);
  const count = (g: Group) => (g === 'all' ? all.length : all.filter((row) => groupOf(row) === g).length);

  return (
    <div className="screen" aria-busy={participants.fetching}>
      <header className="screen__header">
        <h1>{t('participants.title')}</h1>
        <p className="screen__subtitle">{t('participants.intro', { date: format.calendarDay(asOf.day) })}</p>
      </header>
      <section className="panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('participants.listHeading')}</h2>
        <form className="filters" aria-label={t('participants.filters')} onSubmit={(e) => e.preventDefault()}>
          <fieldset className="segmented">
            <legend>{t('participants.show')}</legend>
            {GROUPS.map((g) => (
              <div key={g} className="segmented__choice">
                <input
                  id={`${id}-${g}`}
                  type="radio"
                  name={`${id}-group`}
                  checked={group === g}
                  onChange={() => setGroup(g)}
                />
                <label htmlFor={`${id}-${g}`}>
                  {t(`participants.groups.${g}`)}{' '}
                  {participants.nodes && <span className="segmented__count">{format.number(count(g))}</span>}
                </label>
              </div>
            ))}
          </fieldset>
          <div className="filters__field">
            <label htmlFor={`${id}-search`}>{t('list.search')}</label>
            <input
              id={`${id}-search`}
              type="search"
              value={search}
              aria-describedby={`${id}-search-hint`}
              onChange={(event) => setSearch(event.target.value)}
            />
            <span id={`${id}-search-hint`} className="filters__hint">
              {t('participants.searchHint')}
            </span>
          </div>
        </form>
        {participants.error && <ErrorPanel error={participants.error} onRetry={participants.retry} />}
        {!participants.nodes && !participants.error && <LoadingPanel label={t('participants.loading')} />}
        {participants.nodes && (
          <>
            <p className="board__count" role="status">
              {t('list.shown', { count: shown.length, shown: format.number(shown.length) })}
            </p>
            <ListStatus fetching={participants.fetching} shown={all.length} total={participants.totalCount} />
            {shown.length === 0 ? (
              <EmptyState>
                {search.trim() ? t('list.noMatch', { query: search.trim() }) : t('participants.empty')}
              </EmptyState>
            ) : (
              <ParticipantTable rows={shown} />
            )}
          </>
        )}
      </section>
      {terms.error && <ErrorPanel error={terms.error} onRetry={terms.retry} />}
      {!terms.nodes && !terms.error && <LoadingPanel label={t('participants.roles.loading')} />}
      {terms.nodes && <RoleTerms terms={terms.nodes} today={asOf.day} />}
    </div>
  );
}
