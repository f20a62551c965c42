import type { ReactNode } from 'react';
import type { Health } from '../generated/graphql';
import { formatDays, formatLocalText } from './format';
import { HealthBadge } from './HealthBadge';
import { ReadinessBar } from './ReadinessBar';
import { strings } from './strings';
import type { DashboardData } from './types';

const HEALTH_ORDER: readonly Health[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

function Tile({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="tile">
      <dt className="tile__label">{label}</dt>
      <dd className="tile__value">{value}</dd>
      {detail !== undefined && <dd className="tile__detail">{detail}</dd>}
    </div>
  );
}

export function SummaryTiles({ dashboard, asOfText }: { dashboard: DashboardData; asOfText: string }) {
  const counts = new Map(dashboard.byHealth.map((h) => [h.health, h.count]));
  const deadline = dashboard.decisionDeadline;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        {strings.summaryAsOf(asOfText)}
      </h2>
      <dl className="tiles">
        <Tile label={strings.openMatters} value={dashboard.openMatters} />
        <Tile
          label={strings.readiness}
          value={dashboard.readiness === null ? strings.none : <ReadinessBar score={dashboard.readiness} />}
        />
        <Tile
          label={strings.nextMilestone}
          value={formatDays(dashboard.daysToNextMilestone)}
          detail={dashboard.nextMilestone?.title ?? strings.noNextMilestone}
        />
        <Tile
          label={strings.decisionDeadline}
          value={formatDays(dashboard.daysToDecisionDeadline)}
          detail={
            deadline ? (
              <>
                {deadline.title}
                <br />
                <span className="muted">{formatLocalText(deadline.startsAtLocal)}</span>
              </>
            ) : (
              strings.noDecisionDeadline
            )
          }
        />
        <div className="tile tile--health">
          <dt className="tile__label">{strings.healthCounts}</dt>
          <dd className="tile__value">
            <ul className="health-counts">
              {HEALTH_ORDER.map((level) => (
                <li key={level}>
                  <HealthBadge level={level} />
                  <span className="health-counts__count">{counts.get(level) ?? 0}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
