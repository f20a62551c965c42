import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ParticipantPeopleDocument } from '../generated/people/participantPeople';
import { useFormat } from '../i18n/format';
import { DialogButton } from '../ui/form/Dialog';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { TableScroll } from '../ui/TableScroll';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ParticipantForm } from './ParticipantForm';
import { PeopleFrame } from './PeopleFrame';
import { PersonForm } from './PersonForm';

export { textsLoaded } from './PeopleFrame';

/** One participant: its standing, edited in place, and its people, added and edited. */
export function ParticipantScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { participantId = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ParticipantPeopleDocument,
    variables: { id: participantId },
  });
  const participant = data?.participant;
  useDocumentTitle(participant?.name ?? t('people.title'));
  const again = () => refetch({ requestPolicy: 'network-only' });
  const day = (value: string | null | undefined) => (value ? format.calendarDay(value) : t('app.none'));

  return (
    <PeopleFrame title={participant?.name ?? t('people.title')} intro={t('people.participant.intro')}>
      <p>
        <Link to="/people">{t('people.backToList')}</Link>
      </p>
      {error && <ErrorPanel error={error} onRetry={again} />}
      {!participant && fetching && <LoadingPanel />}
      {participant && (
        <>
          <section className="panel" aria-labelledby={`${id}-standing`}>
            <h2 id={`${id}-standing`}>{t('people.participant.standing')}</h2>
            <dl className="facts">
              <dt>{t('people.participant.kind')}</dt>
              <dd>
                {participant.kind === 'ORGANISATION' && participant.organisationType
                  ? t(`organisationType.${participant.organisationType}`)
                  : t(`people.participant.kinds.${participant.kind}`)}
              </dd>
              {participant.kind === 'STATE' && (
                <>
                  <dt>{t('people.participant.iso3')}</dt>
                  <dd>{participant.iso3 ?? t('app.none')}</dd>
                  <dt>{t('people.participant.depositedOn')}</dt>
                  <dd>{day(participant.depositedOn)}</dd>
                  <dt>{t('people.participant.becamePartyOn')}</dt>
                  <dd>{day(participant.becamePartyOn)}</dd>
                </>
              )}
              <dt>{t('people.participant.regionalGroup')}</dt>
              <dd>{participant.regionalGroup ?? t('app.none')}</dd>
            </dl>
            <DialogButton label={t('people.participant.edit')} className="button-link">
              {(close) => (
                <ParticipantForm
                  participant={participant}
                  onDone={() => {
                    close();
                    again();
                  }}
                />
              )}
            </DialogButton>
          </section>
          <section className="panel" aria-labelledby={`${id}-people`}>
            <h2 id={`${id}-people`}>{t('people.person.heading')}</h2>
            <div className="people-actions">
              <DialogButton label={t('people.person.addTitle')} className="button-primary">
                {(close) => (
                  <PersonForm
                    participantId={participant.id}
                    onDone={() => {
                      close();
                      again();
                    }}
                  />
                )}
              </DialogButton>
            </div>
            {participant.people.length === 0 ? (
              <EmptyState>{t('people.person.none')}</EmptyState>
            ) : (
              <TableScroll labelledBy={`${id}-people`}>
                <table className="people-table">
                  <caption className="visually-hidden">{t('people.person.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('people.person.name')}</th>
                      <th scope="col">{t('people.person.title')}</th>
                      <th scope="col">{t('people.person.email')}</th>
                      <th scope="col">{t('people.person.language')}</th>
                      <th scope="col">{t('people.roles.colActions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {participant.people.map((person) => (
                      <tr key={person.id}>
                        <th scope="row">{person.name}</th>
                        <td>{person.title ?? t('app.none')}</td>
                        <td>{person.email ?? t('app.none')}</td>
                        <td>
                          {person.language ? t(`language.names.${person.language as 'en'}`) : t('app.none')}
                        </td>
                        <td>
                          <DialogButton
                            label={t('people.person.editFor', { name: person.name })}
                            title={t('people.person.editTitle')}
                            className="button-link"
                          >
                            {(close) => (
                              <PersonForm
                                participantId={participant.id}
                                person={person}
                                onDone={() => {
                                  close();
                                  again();
                                }}
                              />
                            )}
                          </DialogButton>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        </>
      )}
    </PeopleFrame>
  );
}
