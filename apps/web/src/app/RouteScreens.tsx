import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { LoadingPanel } from '../ui/StatePanels';
import { asOfSearch, useAsOf } from './as-of';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundScreen() {
  const { t } = useTranslation();
  const asOf = useAsOf();
  useDocumentTitle(t('notFound.title'));
  return (
    <section className="panel">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to={{ pathname: '/', search: asOfSearch(asOf) }}>{t('notFound.home')}</Link>
    </section>
  );
}

/** A screen's code that failed to load (often: a new version was deployed meanwhile) or failed to render. */
export function RouteErrorScreen() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('routeError.title'));
  return (
    <main className="content">
      <section className="panel panel--error" role="alert">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.body')}</p>
        {error instanceof Error && <p className="panel__message">{error.message}</p>}
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </section>
    </main>
  );
}

/** While a screen's code loads for the first time. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return <LoadingPanel label={t('state.loadingScreen')} />;
}

/** The element id of a milestone on the timeline. */
export const milestoneAnchor = (milestoneId: string) => `milestone-${milestoneId}`;

/** A milestone's page, where notifications and calendar entries point. */
export const milestonePath = (milestoneId: string) => `/milestones/${milestoneId}`;
