import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { ReadinessBar } from '../ui/ReadinessBar';
import { ReasonsList } from '../ui/ReasonsList';
import { EmptyState } from '../ui/StatePanels';
import type { OpenMatter, ReasonData } from './types';
import { TableScroll } from '../ui/TableScroll';

function ReasonList({ heading, reasons }: { heading: string; reasons: readonly ReasonData[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="reasons__group">
      <p className="reasons__heading">{heading}</p>
      <ReasonsList reasons={reasons} />
    </div>
  );
}

function Reasons({ matter }: { matter: OpenMatter }) {
  const { t } = useTranslation();
  const readiness = matter.readiness.reasons;
  const health = matter.health?.reasons ?? [];
  const total = readiness.length + health.length;
  // Said once opened: the sentences to say them in are fetched then, not with the first screen.
  const [open, setOpen] = useState(false);
  if (total === 0) return <span className="muted">{t('overview.noReasons')}</span>;
  return (
    <details className="reasons" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('overview.reasons', { count: total })}</summary>
      {open && (
        <>
          <ReasonList heading={t('overview.readinessReasons')} reasons={readiness} />
          <ReasonList heading={t('overview.healthReasons')} reasons={health} />
        </>
      )}
    </details>
  );
}

/** Worst health first, then the least ready: what needs attention comes to the top. */
const HEALTH_RANK = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2 } as const;

export function byAttention(a: OpenMatter, b: OpenMatter): number {
  const rank = (m: OpenMatter) => (m.health ? HEALTH_RANK[m.health.level] : 3);
  return rank(a) - rank(b) || a.readiness.score - b.readiness.score || a.title.localeCompare(b.title);
}

export function OpenMattersTable({
  matters,
  asOfText,
}: {
  matters: readonly OpenMatter[];
  asOfText: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const sorted = [...matters].sort(byAttention);
  return (
    <section className="matters" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.stillOpen')}</h2>
      {sorted.length === 0 ? (
        <EmptyState>{t('overview.noOpenMatters', { date: asOfText })}</EmptyState>
      ) : (
        <TableScroll labelledBy={headingId}>
          <table>
            <caption className="visually-hidden">
              {t('overview.stillOpenCaption', { date: asOfText })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.colMatter')}</th>
                <th scope="col">{t('overview.colStatus')}</th>
                <th scope="col">{t('overview.colDecidingMilestone')}</th>
                <th scope="col">{t('overview.colReadiness')}</th>
                <th scope="col">{t('overview.colHealth')}</th>
                <th scope="col">{t('overview.colReasons')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((matter) => (
                <tr key={matter.id}>
                  <th scope="row">
                    <MatterLink matterId={matter.id}>{matter.title}</MatterLink>
                  </th>
                  <td>{t(`matterStatus.${matter.status}`)}</td>
                  <td>{matter.decidingMilestone.shortTitle}</td>
                  <td>
                    <ReadinessBar score={matter.readiness.score} />
                  </td>
                  <td>
                    <HealthBadge level={matter.health?.level} />
                  </td>
                  <td>
                    <Reasons matter={matter} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
