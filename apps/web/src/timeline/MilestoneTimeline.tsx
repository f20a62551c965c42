import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineScreenQuery } from '../generated/graphql';
import { readerTimeZone, useFormat } from '../i18n/format';
import { Link } from 'react-router';
import { asOfSearch, useAsOf } from '../app/as-of';
import { milestoneAnchor, milestonePath } from '../app/RouteScreens';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { StateOfPlayLink } from '../state-of-play/StateOfPlayLink';
import { ReadinessBar } from '../ui/ReadinessBar';
import { byDate, milestonePhase, nowIndex } from './milestones';
import { CreateMatterButton } from '../matter-forms/MatterManagement';

export type MilestoneData = TimelineScreenQuery['process']['milestones']['edges'][number]['node'];

interface Props {
  milestones: readonly MilestoneData[];
  /** The instant the screen is read at. */
  asOf: string;
  /** Whether that instant is now (the line then says "Today"). */
  isLive: boolean;
  asOfText: string;
  nextMilestoneId: string | null;
}

function When({ milestone }: { milestone: MilestoneData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const venue = format.span(milestone.startsAt, milestone.endsAt, milestone.timeZone);
  const zone = readerTimeZone();
  const own = format.span(milestone.startsAt, milestone.endsAt, zone);
  return (
    <p className="milestone__when">
      <time dateTime={milestone.startsAt}>
        {t('timeline.venueTime', { when: venue, zone: milestone.timeZone })}
      </time>
      {own !== venue && (
        <span className="milestone__own-time">{t('timeline.yourTime', { when: own, zone })}</span>
      )}
    </p>
  );
}

function DueMatters({ milestone }: { milestone: MilestoneData }) {
  const { t } = useTranslation();
  if (milestone.matters.length === 0) return null;
  return (
    <div className="milestone__matters">
      <p className="milestone__readiness">
        {t('timeline.mattersDue', { count: milestone.matters.length })}
        {milestone.readiness !== null && (
          <>
            {' · '}
            {t('timeline.readinessOfMatters')} <ReadinessBar score={milestone.readiness} />
          </>
        )}
      </p>
      <ul>
        {milestone.matters.map((matter) => (
          <li key={matter.id}>
            <span className="milestone__matter-title">
              <MatterLink matterId={matter.id}>{matter.title}</MatterLink>
            </span>
            <span className="milestone__matter-facts">
              <span className="tag">{t(`matterStatus.${matter.status}`)}</span>
              <ReadinessBar score={matter.readiness.score} />
              {matter.health && <HealthBadge level={matter.health.level} />}
            </span>
          </li>
        ))}
      </ul>
      <p className="milestone__report">
        <StateOfPlayLink milestone={milestone} />
      </p>
    </div>
  );
}

export function MilestoneTimeline({ milestones, asOf, isLive, asOfText, nextMilestoneId }: Props) {
  const { t } = useTranslation();
  const search = asOfSearch(useAsOf());
  const ordered = byDate(milestones);
  const now = nowIndex(ordered, asOf);
  const nowLine = (
    <li className="timeline__now" aria-current={isLive ? 'date' : 'time'}>
      <span>
        {isLive ? t('timeline.todayLine', { date: asOfText }) : t('timeline.asOfLine', { date: asOfText })}
      </span>
    </li>
  );
  if (ordered.length === 0) return <p className="empty">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline__list">
      {ordered.map((m, index) => {
        const phase = milestonePhase(m, asOf);
        const isNext = m.id === nextMilestoneId;
        return (
          <Fragment key={m.id}>
            {index === now && nowLine}
            <li
              id={milestoneAnchor(m.id)}
              tabIndex={-1}
              className={`milestone milestone--${phase}${isNext ? ' milestone--next' : ''}${isLive ? ` milestone--${m.status.toLowerCase()}` : ''}`}
            >
              <When milestone={m} />
              <h2 className="milestone__title">
                <Link to={{ pathname: milestonePath(m.id), search }}>{m.title}</Link>
              </h2>
              <p className="milestone__meta">
                <span className="milestone__kind">{t(`milestoneKind.${m.kind}`)}</span>
                <span className="milestone__where">
                  {m.room ? t('timeline.venueRoom', { venue: m.venue, room: m.room }) : m.venue}
                </span>
              </p>
              <p className="milestone__tags">
                {phase !== 'upcoming' && (
                  <span className={`tag tag--${phase}`}>{t(`timeline.phase.${phase}`)}</span>
                )}
                {isNext && <span className="tag tag--next">{t('timeline.next')}</span>}
                {/* The API gives a milestone's status as it is now, so it is shown only for now. */}
                {isLive && (
                  <span className={`tag tag--status tag--${m.status.toLowerCase()}`}>
                    {t(`milestoneStatus.${m.status}`)}
                  </span>
                )}
              </p>
              <DueMatters milestone={m} />
              <CreateMatterButton
                milestoneId={m.id}
                label={t('matterForms.matter.newAt', { milestone: m.shortTitle })}
              />
            </li>
          </Fragment>
        );
      })}
      {now === ordered.length && nowLine}
    </ol>
  );
}
