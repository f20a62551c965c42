import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLiveRefresh } from '../app/live-changes';
import { useAsOf } from '../app/as-of';
import { useMe } from '../app/session';
import { OverviewScreenDocument } from '../generated/overview/overview';
import { useFormat } from '../i18n/format';
import { ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { addTexts } from '../i18n/i18n';
import texts from 'virtual:texts/overview,whatChanged,processEnded';
import { OpenMattersTable } from './OpenMattersTable';
import { ProcessEnded } from './ProcessEnded';
import { MyWork } from './MyWork';
import { ReadinessPanel } from './ReadinessPanel';
import { nextDecidingMilestone } from './readiness-trend';
import { SummaryTiles } from './SummaryTiles';
import { WhatChanged } from './WhatChanged';
import { StateOfPlayLink } from '../state-of-play/StateOfPlayLink';
import { useProcessId } from '../app/process';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

/** Where the process stands at a glance: countdowns, what is still open and how ready, and the trend. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('overview.title'));
  const asOf = useAsOf();
  const { me } = useMe();
  const processId = useProcessId();
  const variables = useMemo(() => ({ asOf: asOf.instant, processId }), [asOf.instant, processId]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OverviewScreenDocument,
    variables,
    pause: !asOf.ready,
  });
  // Someone else's change shows without a reload (app/live-changes.tsx).
  useLiveRefresh(() => reexecute({ requestPolicy: 'network-only' }));
  const process = data?.process;
  const asOfText = format.calendarDay(asOf.day);
  const start = process?.milestones.edges[0]?.node.startsAt;
  const deciding = useMemo(
    () => (process ? nextDecidingMilestone(process.dashboard.milestones, process.dashboard.asOf) : null),
    [process],
  );

  return (
    <div className="screen" aria-busy={fetching}>
      <header className="screen__header">
        <h1>{process?.title ?? t('overview.title')}</h1>
        {process && (
          <p className="screen__subtitle">{t('overview.towards', { targetEvent: process.targetEvent })}</p>
        )}
      </header>
      <UpdatingNote updating={fetching && !!process} />
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!process && !error && <LoadingPanel label={t('overview.loading')} />}
      {process && (
        <>
          {asOf.isLive && process.ended && (
            <ProcessEnded
              title={process.title}
              decidingMeeting={process.decidingMeeting ?? null}
              eve={process.eveOfDecidingMeeting ?? null}
            />
          )}
          <SummaryTiles dashboard={process.dashboard} asOfText={asOfText} />
          <p className="overview__report">
            <StateOfPlayLink milestone={deciding} />
          </p>
          {asOf.isLive && me && <WhatChanged key={me.account?.id ?? 'public'} me={me} />}
          {asOf.isLive && me?.participant && <MyWork participant={me.participant} />}
          <div className="overview__columns">
            <OpenMattersTable matters={process.matters.edges.map((edge) => edge.node)} asOfText={asOfText} />
            {start && <ReadinessPanel start={start} asOf={process.dashboard.asOf} deciding={deciding} />}
          </div>
        </>
      )}
    </div>
  );
}
