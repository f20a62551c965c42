import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterScreenQuery, Position } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { EmptyState } from '../ui/StatePanels';
import {
  decidedAt,
  latestViews,
  notYetHeard,
  POSITIONS,
  positionCounts,
  statesHeard,
  type ViewData,
} from './positions';
import { TableScroll } from '../ui/TableScroll';

type Matter = MatterScreenQuery['matter'];

// A mark beside each position's words, so that colour is never the only signal.
export const POSITION_ICON: Record<Position, string> = {
  SUPPORTS: '✓',
  CAN_LIVE_WITH: '≈',
  OBJECTS: '✕',
  COMMENT: '✎',
};

export function PositionBadge({ position }: { position: Position }) {
  const { t } = useTranslation();
  return (
    <span className={`position position--${position.toLowerCase().replace(/_/g, '-')}`}>
      <span className="position__icon" aria-hidden="true">
        {POSITION_ICON[position]}
      </span>
      {t(`position.${position}`)}
    </span>
  );
}

/** How many hold each position: a short list, read as "Support: 12". */
export function PositionCounts({ counts }: { counts: Record<Position, number> }) {
  const format = useFormat();
  return (
    <ul className="counts counts--positions">
      {POSITIONS.map((position) => (
        <li key={position}>
          <PositionBadge position={position} />
          <span className="counts__count">{format.number(counts[position])}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Each participant's latest view, by name: its position, when, its comment; observers marked, and a view given once
 * the matter was decided marked as a statement after the decision, not a position on an open question.
 */
export function ViewsTable({
  views,
  partyIds,
  decided,
  labelledBy,
  caption,
}: {
  views: readonly ViewData[];
  partyIds: ReadonlySet<string>;
  decided: string | null;
  labelledBy?: string;
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const byName = [...views].sort((a, b) => a.participant.name.localeCompare(b.participant.name));
  const table = (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('matter.positions.colParticipant')}</th>
          <th scope="col">{t('matter.positions.colPosition')}</th>
          <th scope="col">{t('matter.positions.colWhen')}</th>
          <th scope="col">{t('matter.positions.colComment')}</th>
        </tr>
      </thead>
      <tbody>
        {byName.map((view) => (
          <tr key={view.id}>
            <th scope="row">
              {view.participant.name}
              {!partyIds.has(view.participant.id) && (
                <span className="tag">{t('matter.positions.observer')}</span>
              )}
            </th>
            <td>
              <PositionBadge position={view.position} />
            </td>
            <td>
              {format.day(view.expressedAt)}
              {decided && view.expressedAt > decided && (
                <span className="tag">{t('matter.positions.afterDecision')}</span>
              )}
            </td>
            <td>{view.comment ?? t('app.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return labelledBy ? (
    <TableScroll labelledBy={labelledBy}>{table}</TableScroll>
  ) : (
    <TableScroll label={caption}>{table}</TableScroll>
  );
}

interface Props {
  matter: Matter;
  /** States Parties on the day shown. */
  parties: readonly { id: string; name: string }[];
  partiesTotal: number;
}

/** Where the States Parties stand on the matter as a whole, who has not spoken yet, and each latest view. */
export function MatterPositions({ matter, parties, partiesTotal }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const partyIds = new Set(parties.map((party) => party.id));
  const latest = latestViews(matter.views, null);
  const counts = positionCounts(latest, partyIds);
  const silent = notYetHeard(parties, matter.views);
  const heard = statesHeard(matter.views, partyIds);
  const decided = decidedAt(matter.history, matter.status);
  const rows = [...latest.values()];

  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matter.positions.heading')}</h2>
      <PositionCounts counts={counts} />
      <p>
        {t('matter.positions.heard', {
          count: partiesTotal,
          heard: format.number(heard.onMatter + heard.onOptionsOnly),
          total: format.number(partiesTotal),
        })}{' '}
        {heard.onOptionsOnly > 0 &&
          t('matter.positions.onOptionsOnly', {
            count: heard.onOptionsOnly,
            shown: format.number(heard.onOptionsOnly),
          })}{' '}
        {t('matter.positions.objecting', {
          count: matter.viewTally.statePartiesObjecting,
          objecting: format.number(matter.viewTally.statePartiesObjecting),
        })}
      </p>
      {silent.length > 0 && (
        <details className="matter-section__more">
          <summary>
            {t('matter.positions.notYet', { count: silent.length, shown: format.number(silent.length) })}
          </summary>
          <p className="names">{silent.map((party) => party.name).join(', ')}</p>
        </details>
      )}
      {parties.length < partiesTotal && <p className="muted">{t('matter.positions.partiesCut')}</p>}
      {rows.length === 0 ? (
        <EmptyState>{t('matter.positions.none')}</EmptyState>
      ) : (
        <ViewsTable
          views={rows}
          partyIds={partyIds}
          decided={decided}
          labelledBy={headingId}
          caption={t('matter.positions.caption')}
        />
      )}
    </section>
  );
}
