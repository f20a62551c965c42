import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Me } from '../app/session';
import { WhatChangedDocument } from '../generated/overview/whatChanged';
import { useFormat } from '../i18n/format';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { sinceLastVisit } from './last-visit';
import { type Change, whatChanged } from './what-changed';
import { useProcessId } from '../app/process';

function ChangeText({ change }: { change: Change }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (change.kind) {
    case 'new':
      return <>{t('whatChanged.new', { status: t(`matterStatus.${change.status}`) })}</>;
    case 'status':
      return (
        <>
          {t('whatChanged.status', {
            from: t(`matterStatus.${change.from}`),
            to: t(`matterStatus.${change.to}`),
          })}
        </>
      );
    case 'readiness':
      return (
        <>
          {t('whatChanged.readiness', { from: format.percent(change.from), to: format.percent(change.to) })}
        </>
      );
    case 'health':
      return (
        <>
          {t('whatChanged.health')} <HealthBadge level={change.from} /> → <HealthBadge level={change.to} />
        </>
      );
    case 'views':
      return <>{t('whatChanged.views', { count: change.added })}</>;
  }
}

/**
 * What changed in the matters since this person's previous visit from this browser: their status, readiness,
 * health and views. Shown for today only; the first visit says what will appear here next time.
 */
export function WhatChanged({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [since] = useState(() => sinceLastVisit(me.account?.id ?? 'public'));
  const processId = useProcessId();
  const [{ data, error }, reexecute] = useQuery({
    query: WhatChangedDocument,
    variables: { since: since ?? '', processId },
    pause: !since,
  });
  const changed = data ? whatChanged(data.process) : null;

  return (
    <section className="panel what-changed" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {since ? t('whatChanged.heading', { date: format.dateTime(since) }) : t('whatChanged.headingFirst')}
      </h2>
      {!since && <p className="muted">{t('whatChanged.firstVisit')}</p>}
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {since && !data && !error && <LoadingPanel label={t('whatChanged.loading')} />}
      {changed &&
        (changed.length === 0 ? (
          <EmptyState>{t('whatChanged.nothing')}</EmptyState>
        ) : (
          <ul className="what-changed__list">
            {changed.map((matter) => (
              <li key={matter.id}>
                <MatterLink matterId={matter.id}>{matter.title}</MatterLink>
                <ul>
                  {matter.changes.map((change, i) => (
                    <li key={`${change.kind}-${i}`}>
                      <ChangeText change={change} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ))}
      {since && <p className="muted">{t('whatChanged.basis')}</p>}
    </section>
  );
}
