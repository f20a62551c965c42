import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import texts from 'virtual:texts/processes';
import { asOfSearch } from '../app/as-of';
import { useMe } from '../app/session';
import { ProcessesScreenDocument } from '../generated/processes/processes';
import { useFormat } from '../i18n/format';
import { addTexts } from '../i18n/i18n';
import { ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { NewProcessForm } from './NewProcessForm';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

/**
 * Every process, each opened from here; whoever the server lets write processes today (an administrator) starts a
 * new one, empty or from an existing one.
 */
export function ProcessesScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  useDocumentTitle(t('processes.title'));
  const { me } = useMe();
  const [{ data, error }, reexecute] = useQuery({ query: ProcessesScreenDocument });
  const processes = data?.processes.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="screen processes">
      <header className="screen__header">
        <h1>{t('processes.title')}</h1>
      </header>
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && !error && <LoadingPanel />}
      {data && (
        <section className="panel" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>{t('processes.list', { count: data.processes.totalCount })}</h2>
          <ul className="processes__list">
            {processes.map((process) => (
              <li key={process.id}>
                <Link
                  to={{ pathname: '/', search: asOfSearch({ processId: process.id, isLive: true, day: '' }) }}
                >
                  {process.title}
                </Link>
                <p className="muted">
                  {t('processes.towards', { targetEvent: process.targetEvent, body: process.conveningBody })}
                  {process.targetMilestone &&
                    ` · ${format.day(process.targetMilestone.startsAt, process.targetMilestone.timeZone)}`}
                  {process.ended && ` · ${t('processes.ended')}`}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data && me?.permissions.includes('process.write') && (
        <section className="panel" aria-labelledby={`${id}-new`}>
          <h2 id={`${id}-new`}>{t('processes.new')}</h2>
          <NewProcessForm processes={processes} />
        </section>
      )}
    </div>
  );
}
