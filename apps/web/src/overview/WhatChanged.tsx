import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Me } from '../app/session';
import { WhatChangedDocument } from '../generated/overview/whatChanged';
import { useFormat } from '../i18n/format';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { useProcessId } from '../app/process';
import { useSinceLastVisit } from './last-visit';
import { type Change, whatChanged } from './what-changed';

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
    case 'options':
      return <>{t('whatChanged.options', { count: change.count })}</>;
    case 'actions':
      return <>{t('whatChanged.actions', { count: change.count })}</>;
    case 'edited':
      return <>{t('whatChanged.edited')}</>;
  }
}

/**
 * What changed in the matters since this person's previous visit (on any device once signed in; from this browser
 * for a visitor), as the audit trail records it: new matters, moves, readiness, health, views, options, actions and
 * edits. Shown for today only; the first visit says what will appear here next time.
 */
export function WhatChanged({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const since = useSinceLastVisit(me.account?.id ?? null);
  const processId = useProcessId();
  const [{ data, error }, reexecute] = useQuery({
    query: WhatChangedDocument,
    variables: { processId, since: since ?? '' },
    pause: !since,
  });
  const changed = data ? whatChanged(data.process) : null;

  return (
    <section className="panel what-changed" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {since ? t('whatChanged.heading', { date: format.dateTime(since) }) : t('whatChanged.headingFirst')}
      </h2>
      {since === null && (
        <p className="muted">{t(me.account ? 'whatChanged.firstVisitAccount' : 'whatChanged.firstVisit')}</p>
      )}
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
