import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { asOfSearch, useAsOf } from '../app/as-of';
import { milestoneAnchor } from '../app/RouteScreens';
import { useMe } from '../app/session';
import type { MilestoneScreenQuery } from '../generated/graphql';
import { MilestoneScreenDocument } from '../generated/milestone/milestone';
import { readerTimeZone, useFormat } from '../i18n/format';
import { actionTextsLoaded } from '../actions/texts';
import { AddActionButton, EditActionButton } from '../actions/ActionDialogs';
import { ActionTable } from '../actions/ActionTable';
import { mayWriteActions } from '../actions/permissions';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { PastDayNote } from '../ui/form/PastDayNote';
import { ReadinessBar } from '../ui/ReadinessBar';
import { EmptyState, ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { MilestoneControls } from './MilestoneControls';
import { mayWriteMilestones } from './permissions';
import { milestoneTextsLoaded } from './texts';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = Promise.all([milestoneTextsLoaded, actionTextsLoaded]).then(() => undefined);

export type Milestone = MilestoneScreenQuery['milestone'];

// Milestones, and the actions that prepare them, change from this page: urql is told which types the page
// holds, so that a milestone or an action made here asks for it again.
const CONTEXT = { additionalTypenames: ['Milestone', 'Action'] };

function When({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const format = useFormat();
  const venue = format.span(milestone.startsAt, milestone.endsAt, milestone.timeZone);
  const zone = readerTimeZone();
  const own = format.span(milestone.startsAt, milestone.endsAt, zone);
  return (
    <>
      <time dateTime={milestone.startsAt}>
        {t('milestone.venueTime', { when: venue, zone: milestone.timeZone })}
      </time>
      {own !== venue && <span className="block muted">{t('milestone.yourTime', { when: own, zone })}</span>}
    </>
  );
}

function Facts({ milestone, isLive }: { milestone: Milestone; isLive: boolean }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t('milestone.facts.when')}</dt>
        <dd>
          <When milestone={milestone} />
        </dd>
      </div>
      <div>
        <dt>{t('milestone.facts.where')}</dt>
        <dd>
          {milestone.room
            ? t('milestone.venueRoom', { venue: milestone.venue, room: milestone.room })
            : milestone.venue}
        </dd>
      </div>
      <div>
        <dt>{t('milestone.facts.kind')}</dt>
        <dd>{t(`milestoneKind.${milestone.kind}`)}</dd>
      </div>
      {/* The API gives a milestone's status as it is now, so it is shown only for now. */}
      {isLive && (
        <div>
          <dt>{t('milestone.facts.status')}</dt>
          <dd>
            <span className={`tag tag--status tag--${milestone.status.toLowerCase()}`}>
              {t(`milestoneStatus.${milestone.status}`)}
            </span>
          </dd>
        </div>
      )}
    </dl>
  );
}

function People({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('milestone.people.heading')}</h2>
      <h3>{t('milestone.people.convenors')}</h3>
      {milestone.convenors.length === 0 ? (
        <p className="muted">{t('milestone.people.noConvenors')}</p>
      ) : (
        <ul className="plain-list">
          {milestone.convenors.map((convenor) => (
            <li key={convenor.id}>{convenor.name}</li>
          ))}
        </ul>
      )}
      <h3>{t('milestone.people.contacts')}</h3>
      {milestone.contacts.length === 0 ? (
        <p className="muted">{t('milestone.people.noContacts')}</p>
      ) : (
        <ul className="plain-list">
          {milestone.contacts.map((contact) => (
            <li key={contact.id}>
              <span className="block">
                {contact.name}
                {contact.title && <span className="muted"> · {contact.title}</span>}
              </span>
              <span className="block muted">{contact.participant.name}</span>
              {contact.email && (
                <a className="block" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              )}
              {contact.phone && <span className="block">{contact.phone}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DueMatters({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('milestone.matters.heading', { count: milestone.matters.length })}</h2>
      {milestone.readiness !== null && (
        <p>
          {t('milestone.matters.readiness')} <ReadinessBar score={milestone.readiness} />
        </p>
      )}
      {milestone.matters.length === 0 ? (
        <EmptyState>{t('milestone.matters.none')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {milestone.matters.map((matter) => (
            <li key={matter.id}>
              <MatterLink matterId={matter.id}>{matter.title}</MatterLink>{' '}
              <span className="tag">{t(`matterStatus.${matter.status}`)}</span>{' '}
              <ReadinessBar score={matter.readiness.score} />
              {matter.health && <HealthBadge level={matter.health.level} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * One milestone, where notifications and calendar entries point (`/milestones/<id>`): when and where at the venue's
 * clock and the reader's, who convenes it and whom to contact, the matters due there and the actions preparing it.
 */
export function MilestoneScreen() {
  const { t } = useTranslation();
  const { milestoneId = '' } = useParams();
  const asOf = useAsOf();
  const { me } = useMe();
  const actionsHeading = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MilestoneScreenDocument,
    variables: { id: milestoneId, asOf: asOf.instant },
    pause: !asOf.ready,
    context: CONTEXT,
  });
  const milestone = data?.milestone;
  useDocumentTitle(milestone?.title ?? t('milestone.title'));

  return (
    <div className="screen milestone-page" aria-busy={fetching}>
      <p className="back">
        <Link to={{ pathname: '/timeline', search: asOfSearch(asOf), hash: milestoneAnchor(milestoneId) }}>
          {t('milestone.back')}
        </Link>
      </p>
      <header className="screen__header">
        <h1>{milestone?.title ?? t('milestone.title')}</h1>
        {milestone?.description && <p className="screen__subtitle">{milestone.description}</p>}
      </header>
      <UpdatingNote updating={fetching && !!milestone} />
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!milestone && !error && <LoadingPanel label={t('milestone.loading')} />}
      {milestone && (
        <>
          <Facts milestone={milestone} isLive={asOf.isLive} />
          {mayWriteMilestones(me) &&
            (asOf.isLive ? <MilestoneControls milestone={milestone} me={me} /> : <PastDayNote />)}
          <div className="matter-page__grid">
            <div className="matter-page__main">
              <DueMatters milestone={milestone} />
              <section className="panel matter-section" aria-labelledby={actionsHeading}>
                <h2 id={actionsHeading}>
                  {t('milestone.actions.heading', { count: milestone.actions.length })}
                </h2>
                {asOf.isLive && mayWriteActions(me) && (
                  <AddActionButton serves={{ milestoneId: milestone.id }} />
                )}
                {milestone.actions.length === 0 ? (
                  <EmptyState>{t('milestone.actions.none')}</EmptyState>
                ) : (
                  <ActionTable
                    actions={milestone.actions}
                    me={me}
                    today={asOf.day}
                    isLive={asOf.isLive}
                    labelledBy={actionsHeading}
                    extra={mayWriteActions(me) ? (action) => <EditActionButton action={action} /> : undefined}
                  />
                )}
              </section>
            </div>
            <div className="matter-page__side">
              <People milestone={milestone} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
