import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Health, MatterStatus } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { HealthBadge } from '../ui/HealthBadge';
import { ReadinessBar } from '../ui/ReadinessBar';
import type { DashboardData } from './types';

const HEALTH_ORDER: readonly Health[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];
/** The workflow's order, closed statuses last. */
export const STATUS_ORDER: readonly MatterStatus[] = [
  'IDENTIFIED',
  'OPTIONS_DEVELOPING',
  'READY_FOR_DECISION',
  'DEFERRED',
  'DECIDED',
  'WITHDRAWN',
];

function Tile({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="tile">
      <dt className="tile__label">{label}</dt>
      <dd className="tile__value">{value}</dd>
      {detail !== undefined && <dd className="tile__detail">{detail}</dd>}
    </div>
  );
}

type Milestone = NonNullable<DashboardData['nextMilestone']>;

function Countdown({
  label,
  days,
  milestone,
  none,
}: {
  label: string;
  days: number | null | undefined;
  milestone: Milestone | null | undefined;
  none: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!milestone || days === null || days === undefined)
    return <Tile label={label} value={t('app.none')} detail={none} />;
  return (
    <Tile
      label={label}
      value={format.relativeDays(days)}
      detail={
        <>
          {milestone.title}
          <br />
          <span className="muted">
            {t('overview.venueTime', {
              when: format.dateTime(milestone.startsAt, milestone.timeZone),
              zone: milestone.timeZone,
            })}
          </span>
        </>
      }
    />
  );
}

export function SummaryTiles({ dashboard, asOfText }: { dashboard: DashboardData; asOfText: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const byHealth = new Map(dashboard.byHealth.map((h) => [h.health, h.count]));
  const byStatus = new Map(dashboard.byStatus.map((s) => [s.status, s.count]));
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {t('overview.summaryHeading', { date: asOfText })}
      </h2>
      <dl className="tiles">
        <Countdown
          label={t('overview.nextMilestone')}
          days={dashboard.daysToNextMilestone}
          milestone={dashboard.nextMilestone}
          none={t('overview.noNextMilestone')}
        />
        <Countdown
          label={t('overview.decisionDeadline')}
          days={dashboard.daysToDecisionDeadline}
          milestone={dashboard.decisionDeadline}
          none={t('overview.noDecisionDeadline')}
        />
        <Tile
          label={t('overview.openMatters')}
          value={format.number(dashboard.openMatters)}
          detail={t('overview.ofTotal', {
            count: dashboard.totalMatters,
            total: format.number(dashboard.totalMatters),
          })}
        />
        <Tile
          label={t('overview.readiness')}
          value={
            dashboard.openReadiness === null ? (
              t('app.none')
            ) : (
              <ReadinessBar score={dashboard.openReadiness} />
            )
          }
          detail={t(dashboard.openMatters ? 'overview.readinessDetail' : 'overview.readinessNoneOpen', {
            count: dashboard.openMatters,
            formatted: format.number(dashboard.openMatters),
            overall: dashboard.readiness === null ? t('app.none') : format.percent(dashboard.readiness),
          })}
        />
        <div className="tile tile--list">
          <dt className="tile__label">{t('overview.byHealth')}</dt>
          <dd className="tile__value">
            <ul className="counts">
              {HEALTH_ORDER.map((level) => (
                <li key={level}>
                  <HealthBadge level={level} />
                  <span className="counts__count">{format.number(byHealth.get(level) ?? 0)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="tile tile--list">
          <dt className="tile__label">{t('overview.byStatus')}</dt>
          <dd className="tile__value">
            <ul className="counts">
              {STATUS_ORDER.map((status) => (
                <li key={status}>
                  <span>{t(`matterStatus.${status}`)}</span>
                  <span className="counts__count">{format.number(byStatus.get(status) ?? 0)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
