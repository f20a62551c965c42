import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useAsOf } from '../app/as-of';
import { TimelineScreenDocument } from '../generated/graphql';
import { readerTimeZone, useFormat } from '../i18n/format';
import { ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { MilestoneTimeline } from './MilestoneTimeline';

/** Every milestone in date order with the matters due at it, and a line where the chosen day falls. */
export function TimelineScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('timeline.title'));
  const asOf = useAsOf();
  const variables = useMemo(() => ({ asOf: asOf.instant }), [asOf.instant]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TimelineScreenDocument, variables });
  const process = data?.process;

  return (
    <div className="screen" aria-busy={fetching}>
      <header className="screen__header">
        <h1>{t('timeline.title')}</h1>
        <p className="screen__subtitle">{t('timeline.intro', { zone: readerTimeZone() })}</p>
      </header>
      <UpdatingNote updating={fetching && !!process} />
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!process && !error && <LoadingPanel label={t('timeline.loading')} />}
      {process && (
        <MilestoneTimeline
          milestones={process.milestones.edges.map((edge) => edge.node)}
          asOf={process.dashboard.asOf}
          isLive={asOf.isLive}
          asOfText={format.calendarDay(asOf.day)}
          nextMilestoneId={process.dashboard.nextMilestone?.id ?? null}
        />
      )}
    </div>
  );
}
