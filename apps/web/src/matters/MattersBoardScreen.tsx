import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useAsOf } from '../app/as-of';
import { mayMoveMatters, useMe } from '../app/session';
import { signInPath } from '../app/SessionMenu';
import type { MatterStatus, MoveMatterMutation } from '../generated/graphql';
import { MattersBoardDocument } from '../generated/matters/mattersBoard';
import { useFormat } from '../i18n/format';
import { STATUS_ORDER } from '../overview/SummaryTiles';
import { EmptyState, ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { addTexts } from '../i18n/i18n';
import texts from 'virtual:texts/board';
import { CreateMatterButton } from '../matter-forms/MatterManagement';
import { formTextsLoaded } from '../matter-forms/texts';
import { BoardFiltersForm } from './BoardFiltersForm';
import {
  type BoardMatter,
  filtersFromSearch,
  ownedBy,
  ownersOf,
  searchWithFilters,
  serverFilter,
} from './filters';
import { cardTitleId, MatterCard } from './MatterCard';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = Promise.all([addTexts(texts), formTextsLoaded]).then(() => undefined);

const CLOSED: readonly MatterStatus[] = ['DECIDED', 'WITHDRAWN'];

/** Why this person sees no move controls, if they see none. */
function useMoveHint(canMove: boolean, isLive: boolean): 'past' | 'signIn' | 'role' | null {
  const { me } = useMe();
  if (canMove || !me) return null;
  if (!me.account) return 'signIn';
  if (!mayMoveMatters(me)) return 'role';
  return isLive ? null : 'past';
}

/** The matters in columns by workflow status; those who may move them do it here. */
export function MattersBoardScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('board.title'));
  const asOf = useAsOf();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { me } = useMe();
  const canMove = mayMoveMatters(me) && asOf.isLive;
  const moveHint = useMoveHint(canMove, asOf.isLive);

  // urql keys a request by its variables' content, so rebuilding them on each render asks nothing twice.
  const variables = { asOf: asOf.instant, filter: serverFilter(filters) };
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MattersBoardDocument,
    variables,
    pause: !asOf.ready,
  });
  const [moved, setMoved] = useState<MoveMatterMutation['moveMatter'] | null>(null);

  const all = useMemo(() => data?.process.matters.edges.map((edge) => edge.node) ?? [], [data]);
  const owners = useMemo(() => ownersOf(all), [all]);
  const shown = all.filter((matter) => ownedBy(matter, filters.owner));
  const milestones = data?.process.milestones.edges.map((edge) => edge.node) ?? [];
  const columns = STATUS_ORDER.filter((status) => !(filters.openOnly && CLOSED.includes(status)));
  const byStatus = (status: MatterStatus): BoardMatter[] =>
    shown.filter((matter) => matter.status === status);

  // Focus follows a moved matter to its new column once the board shows it there, once per move: a later refresh
  // of the board must not take the focus back from wherever the person has gone since.
  const followed = useRef<MoveMatterMutation['moveMatter'] | null>(null);
  useEffect(() => {
    if (!moved || followed.current === moved) return;
    const inPlace = all.some((matter) => matter.id === moved.id && matter.status === moved.status);
    if (!inPlace) return;
    document.getElementById(cardTitleId(moved.id))?.focus();
    followed.current = moved;
  }, [all, moved]);

  return (
    <div className="screen" aria-busy={fetching}>
      <header className="screen__header">
        <h1>{t('board.title')}</h1>
        <p className="screen__subtitle">{t('board.intro')}</p>
        <CreateMatterButton />
      </header>
      <BoardFiltersForm
        value={filters}
        onChange={(next) => setSearch(searchWithFilters(search, next), { replace: true })}
        milestones={milestones}
        owners={owners}
      />
      {moveHint && (
        <p className="hint">
          {moveHint === 'signIn' ? (
            <>
              {t('board.hint.signIn')} <Link to={signInPath(location)}>{t('session.signIn')}</Link>
            </>
          ) : (
            t(`board.hint.${moveHint}`)
          )}
        </p>
      )}
      <p className="board__announcement" role="status">
        {moved ? t('board.moved', { title: moved.title, status: t(`matterStatus.${moved.status}`) }) : ''}
      </p>
      <UpdatingNote updating={fetching && !!data} />
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && !error && <LoadingPanel label={t('board.loading')} />}
      {data && (
        <>
          <p className="board__count">
            {t('board.count', { count: shown.length, shown: format.number(shown.length) })}
            {data.process.matters.totalCount > all.length &&
              ` ${t('board.truncated', { total: format.number(data.process.matters.totalCount) })}`}
          </p>
          <div className="board">
            {columns.map((status) => {
              const matters = byStatus(status);
              const headingId = `column-${status}`;
              return (
                <section key={status} className="board__column" aria-labelledby={headingId}>
                  <h2 id={headingId} className="board__heading">
                    {t(`matterStatus.${status}`)}{' '}
                    <span className="board__column-count">{format.number(matters.length)}</span>
                  </h2>
                  {matters.length === 0 ? (
                    <EmptyState>{t('board.emptyColumn')}</EmptyState>
                  ) : (
                    <ul className="board__cards">
                      {matters.map((matter) => (
                        <li key={matter.id}>
                          <MatterCard
                            matter={matter}
                            canMove={canMove}
                            milestones={milestones}
                            onMoved={setMoved}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </div>
  );
}
