import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ReadinessSeriesDocument } from '../generated/overview/readinessSeries';
import { useFormat } from '../i18n/format';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import {
  type DecidingMilestone,
  projectReadiness,
  readinessSeries,
  seriesVariables,
} from './readiness-trend';
import { ReadinessChart } from './ReadinessChart';
import { useProcessId } from '../app/process';

// The series costs the API a pass over the process's history: it is asked for only once the panel comes near the
// screen, so the overview's first view does without it.

function useNearViewport(): [RefObject<HTMLElement | null>, boolean] {
  const ref = useRef<HTMLElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}

interface Props {
  /** When the process began: its first milestone. */
  start: string;
  /** The instant the overview is read at. */
  asOf: string;
  deciding: DecidingMilestone | null;
}

export function ReadinessPanel({ start, asOf, deciding }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [panel, near] = useNearViewport();
  const processId = useProcessId();
  const variables = useMemo(
    () => ({ ...seriesVariables(Date.parse(start), Date.parse(asOf)), processId }),
    [start, asOf, processId],
  );
  const [{ data, error }, reexecute] = useQuery({ query: ReadinessSeriesDocument, variables, pause: !near });
  const series = useMemo(
    () => (data ? readinessSeries(data.process, deciding?.id ?? null) : null),
    [data, deciding],
  );
  const projection = series && deciding ? projectReadiness(series, Date.parse(deciding.startsAt)) : null;
  const latest = series?.at(-1);

  let body;
  if (error) {
    body = <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (!series) {
    body = <LoadingPanel label={t('overview.chart.loading')} />;
  } else if (series.every((point) => point.overall === null)) {
    body = <EmptyState>{t('overview.chart.empty')}</EmptyState>;
  } else {
    const percent = (value: number | null) => (value === null ? t('app.none') : format.percent(value));
    body = (
      <figure className="chart">
        <ReadinessChart series={series} projection={projection} deciding={deciding} asOf={Date.parse(asOf)} />
        <figcaption>
          {latest && t('overview.chart.summaryNow', { value: percent(latest.overall) })}{' '}
          {deciding && projection
            ? t('overview.chart.summaryProjection', {
                milestone: deciding.shortTitle,
                date: format.day(deciding.startsAt, deciding.timeZone),
                value: format.percent(projection.to.value),
              })
            : deciding
              ? t('overview.chart.noTrend', { milestone: deciding.shortTitle })
              : t('overview.chart.noDecidingMilestone')}
        </figcaption>
        <details className="chart__data">
          <summary>{t('overview.chart.showData')}</summary>
          <table>
            <caption className="visually-hidden">{t('overview.chart.dataCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.chart.colDate')}</th>
                <th scope="col">{t('overview.chart.overall')}</th>
                {deciding && (
                  <th scope="col">{t('overview.chart.deciding', { milestone: deciding.shortTitle })}</th>
                )}
              </tr>
            </thead>
            <tbody>
              {series
                .filter((point) => point.overall !== null)
                .map((point) => (
                  <tr key={point.at}>
                    <th scope="row">{format.day(point.at, 'UTC')}</th>
                    <td>{percent(point.overall)}</td>
                    {deciding && <td>{percent(point.deciding)}</td>}
                  </tr>
                ))}
              {projection && deciding && (
                <tr>
                  <th scope="row">
                    {t('overview.chart.projectedRow', { date: format.day(projection.to.at, 'UTC') })}
                  </th>
                  <td>{t('app.none')}</td>
                  <td>{format.percent(projection.to.value)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </details>
      </figure>
    );
  }

  return (
    <section ref={panel} className="panel readiness-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.chart.heading')}</h2>
      {body}
    </section>
  );
}
