import { byDate, formatMilestoneWhen, milestonePhase } from './format';
import { labelOf, strings } from './strings';
import type { MilestoneData } from './types';

interface Props {
  milestones: readonly MilestoneData[];
  asOf: string; // the instant the dashboard is computed at
  nextMilestoneId: string | null;
}

export function MilestoneTimeline({ milestones, asOf, nextMilestoneId }: Props) {
  const ordered = byDate(milestones);
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{strings.timelineHeading}</h2>
      {ordered.length === 0 ? (
        <p className="empty">{strings.noMilestones}</p>
      ) : (
        <ol className="timeline__list">
          {ordered.map((m) => {
            const phase = milestonePhase(m, asOf);
            const isNext = m.id === nextMilestoneId;
            const status = labelOf(strings.milestoneStatus, m.status);
            return (
              <li
                key={m.id}
                className={`milestone milestone--${phase}${isNext ? ' milestone--next' : ''} milestone--${m.status.toLowerCase()}`}
                aria-current={isNext ? 'step' : undefined}
              >
                <p className="milestone__when">
                  <time dateTime={m.startsAt}>{formatMilestoneWhen(m)}</time>
                </p>
                <h3 className="milestone__title">{m.title}</h3>
                <p className="milestone__meta">
                  <span className="milestone__kind">{labelOf(strings.milestoneKind, m.kind)}</span>
                  <span className="milestone__where">
                    {m.venue}
                    {m.room ? `, ${m.room}` : ''}
                  </span>
                </p>
                <p className="milestone__tags">
                  {phase !== 'upcoming' && (
                    <span className={`tag tag--${phase}`}>
                      {phase === 'past' ? strings.past : strings.current}
                    </span>
                  )}
                  {isNext && <span className="tag tag--next">{strings.next}</span>}
                  <span className={`tag tag--status tag--${m.status.toLowerCase()}`}>{status}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
