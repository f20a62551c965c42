import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PeopleParticipantsQuery } from '../generated/graphql';
import { PeopleParticipantsDocument } from '../generated/people/peopleParticipants';
import { useFormat } from '../i18n/format';
import { DialogButton } from '../ui/form/Dialog';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useEveryPage } from '../ui/useEveryPage';
import { type Column, VirtualTable } from '../ui/VirtualTable';
import { ParticipantForm } from './ParticipantForm';
import { PeopleFrame } from './PeopleFrame';

export { textsLoaded } from './PeopleFrame';

type Row = PeopleParticipantsQuery['participants']['edges'][number]['node'];

/** Participants whose name or ISO code contains the text, any case. */
export function matching(rows: readonly Row[], search: string): Row[] {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return [...rows];
  return rows.filter(
    (row) => row.name.toLocaleLowerCase().includes(needle) || row.iso3?.toLocaleLowerCase() === needle,
  );
}

/** Every participant, to find one and manage its people; a participant is added here. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const navigate = useNavigate();
  useDocumentTitle(t('people.title'));
  const [search, setSearch] = useState('');
  const participants = useEveryPage(PeopleParticipantsDocument, {}, (data) => data.participants);
  const shown = matching(participants.nodes ?? [], search);
  const day = (value: string | null | undefined) => (value ? format.calendarDay(value) : t('app.none'));
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('people.participant.name'),
      rowHeader: true,
      cell: (row) => <Link to={`/people/${row.id}`}>{row.name}</Link>,
    },
    {
      key: 'kind',
      header: t('people.participant.kind'),
      cell: (row) =>
        row.kind === 'ORGANISATION' && row.organisationType
          ? t(`organisationType.${row.organisationType}`)
          : t(`people.participant.kinds.${row.kind}`),
    },
    { key: 'iso3', header: t('people.participant.iso3'), cell: (row) => row.iso3 ?? t('app.none') },
    { key: 'deposit', header: t('people.participant.depositedOn'), cell: (row) => day(row.depositedOn) },
    { key: 'eif', header: t('people.participant.becamePartyOn'), cell: (row) => day(row.becamePartyOn) },
  ];

  return (
    <PeopleFrame title={t('people.title')} intro={t('people.intro')}>
      <section className="panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('people.listHeading')}</h2>
        <div className="people-actions">
          <DialogButton label={t('people.participant.addTitle')} className="button-primary">
            {() => <ParticipantForm onDone={(saved) => void navigate(`/people/${saved.id}`)} />}
          </DialogButton>
          <Link to="/people/import">{t('people.import.link')}</Link>
        </div>
        <div className="filters__field">
          <label htmlFor={`${id}-search`}>{t('list.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setSearch(event.target.value)}
          />
          <span id={`${id}-hint`} className="filters__hint">
            {t('people.searchHint')}
          </span>
        </div>
        {participants.error && <ErrorPanel error={participants.error} onRetry={participants.retry} />}
        {!participants.nodes && !participants.error && <LoadingPanel />}
        {participants.nodes && (
          <>
            <p className="board__count" role="status">
              {t('list.shown', { count: shown.length, shown: format.number(shown.length) })}
            </p>
            {shown.length === 0 ? (
              <EmptyState>{t('people.empty')}</EmptyState>
            ) : (
              <VirtualTable
                label={t('people.tableLabel')}
                rows={shown}
                columns={columns}
                rowKey={(row) => row.id}
                template="minmax(12rem, 3fr) minmax(9rem, 2fr) minmax(4rem, 0.6fr) minmax(8rem, 1.2fr) minmax(8rem, 1.2fr)"
              />
            )}
          </>
        )}
      </section>
    </PeopleFrame>
  );
}
