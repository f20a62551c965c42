import { useTranslation } from 'react-i18next';
import type { MoveMatterMutation } from '../generated/graphql';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { ReadinessBar } from '../ui/ReadinessBar';
import type { BoardMatter } from './filters';
import { MoveMatterForm, movesFor } from './MoveMatterForm';
import { useMe } from '../app/session';

interface Props {
  matter: BoardMatter;
  canMove: boolean;
  milestones: readonly { id: string; shortTitle: string; startsAt: string }[];
  onMoved: (moved: MoveMatterMutation['moveMatter']) => void;
}

export const cardTitleId = (matterId: string) => `matter-${matterId}`;

export function MatterCard({ matter, canMove, milestones, onMoved }: Props) {
  const { t } = useTranslation();
  const { me } = useMe();
  const moves = movesFor(me, matter.allowedMoves);
  return (
    <article className="card" aria-labelledby={cardTitleId(matter.id)}>
      {/* Focusable from script: after a move, focus follows the matter to its new column. */}
      <h3 id={cardTitleId(matter.id)} className="card__title" tabIndex={-1}>
        <MatterLink matterId={matter.id}>{matter.title}</MatterLink>
      </h3>
      <dl className="card__facts">
        <div>
          <dt>{t('board.card.deciding')}</dt>
          <dd>{matter.decidingMilestone.shortTitle}</dd>
        </div>
        <div>
          <dt>{t('board.card.readiness')}</dt>
          <dd>
            <ReadinessBar score={matter.readiness.score} />
          </dd>
        </div>
        {/* Health is assessed while a matter is open; a decided or withdrawn one has none to show. */}
        {matter.health && (
          <div>
            <dt>{t('board.card.health')}</dt>
            <dd>
              <HealthBadge level={matter.health.level} />
            </dd>
          </div>
        )}
        {matter.confidentiality !== 'PUBLIC' && (
          <div>
            <dt>{t('board.card.audience')}</dt>
            <dd>
              <span className="tag tag--restricted">{t(`confidentiality.${matter.confidentiality}`)}</span>
            </dd>
          </div>
        )}
      </dl>
      {canMove && moves.length > 0 && (
        <MoveMatterForm
          key={matter.version}
          matter={{ ...matter, allowedMoves: moves }}
          milestones={milestones}
          onMoved={onMoved}
        />
      )}
    </article>
  );
}
