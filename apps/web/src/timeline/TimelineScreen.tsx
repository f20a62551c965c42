import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { useLiveRefresh } from '../app/live-changes';
import { useAsOf } from '../app/as-of';
import { useMe } from '../app/session';
import { TimelineScreenDocument } from '../generated/timeline/timeline';
import { readerTimeZone, useFormat } from '../i18n/format';
import { ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { addTexts } from '../i18n/i18n';
import texts from 'virtual:texts/timeline';
import { AddMilestoneButton } from '../milestone/MilestoneControls';
import { mayWriteMilestones } from '../milestone/permissions';
import { milestoneTextsLoaded } from '../milestone/texts';
import { formTextsLoaded } from '../matter-forms/texts';
import { PastDayNote } from '../ui/form/PastDayNote';
import { MilestoneTimeline } from './MilestoneTimeline';
import { useProcessId } from '../app/process';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = Promise.all([addTexts(texts), formTextsLoaded, milestoneTextsLoaded]).then(
  () => undefined,
);

/** Every milestone in date order with the matters due at it, and a line where the chosen day falls. */
export function TimelineScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('timeline.title'));
  const asOf = useAsOf();
  const processId = useProcessId();
  const { me } = useMe();
  const variables = useMemo(() => ({ asOf: asOf.instant, processId }), [asOf.instant, processId]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TimelineScreenDocument,
    variables,
    pause: !asOf.ready,
  });
  // Someone else's change shows without a reload (app/live-changes.tsx).
  useLiveRefresh(() => reexecute({ requestPolicy: 'network-only' }));
  const process = data?.process;
  const { hash } = useLocation();

  // A link to one meeting's place on the timeline (from its page) lands on it.
  useEffect(() => {
    if (!process || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [process, hash]);

  return (
    <div className="screen" aria-busy={fetching}>
      <header className="screen__header">
        <h1>{t('timeline.title')}</h1>
        <p className="screen__subtitle">{t('timeline.intro', { zone: readerTimeZone() })}</p>
        {process &&
          mayWriteMilestones(me) &&
          (asOf.isLive ? <AddMilestoneButton processId={process.id} /> : <PastDayNote />)}
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
