import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { useLiveRefresh } from '../app/live-changes';
import texts from 'virtual:texts/preparations';
import { useAsOf } from '../app/as-of';
import { useMe } from '../app/session';
import { signInPath } from '../app/SessionMenu';
import type { HandoverQuery } from '../generated/graphql';
import { HandoverDocument } from '../generated/preparations/handover';
import { PreparationActionsDocument } from '../generated/preparations/preparationActions';
import { useFormat } from '../i18n/format';
import { addTexts } from '../i18n/i18n';
import { ListStatus } from '../ui/ListStatus';
import { MatterLink } from '../ui/MatterLink';
import { ownerName } from '../ui/owner';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { isActionOpen } from '@prepcom/domain';
import { useEveryPage } from '../ui/useEveryPage';
import { AddActionButton } from '../actions/ActionDialogs';
import { mayWriteActions, movesFor } from '../actions/permissions';
import { actionTextsLoaded } from '../actions/texts';
import { PastDayNote } from '../ui/form/PastDayNote';
import { MarkDone } from './MarkDone';
import { type Column, VirtualTable } from '../ui/VirtualTable';
import {
  daysUntil,
  isOverdue,
  type Order,
  ownerChoices,
  ownerKey,
  ownerKeys,
  type PreparationAction,
  type PreparationFilters,
  roleHolders,
  worklist,
} from './preparations';
import { useProcessId } from '../app/process';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = Promise.all([addTexts(texts), actionTextsLoaded]).then(() => undefined);

type Term = NonNullable<HandoverQuery['presidencies']['current']>;

function PresidencyCard({ kind, term }: { kind: 'current' | 'incoming'; term: Term | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="handover__card">
      <h3>{t(`preparations.handover.${kind}`)}</h3>
      {term ? (
        <dl className="card__facts">
          <div>
            <dt>{t('preparations.handover.holder')}</dt>
            <dd>
              {term.participant.name}
              {term.personName && <span className="muted"> · {term.personName}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('preparations.handover.term')}</dt>
            <dd>
              {term.endsOn
                ? t('preparations.handover.fromTo', {
                    from: format.calendarDay(term.startsOn),
                    to: format.calendarDay(term.endsOn),
                  })
                : t('preparations.handover.from', { from: format.calendarDay(term.startsOn) })}
            </dd>
          </div>
          {term.milestone && (
            <div>
              <dt>{t('preparations.handover.presides')}</dt>
              <dd>{term.milestone.title}</dd>
            </div>
          )}
          <div>
            <dt>{t('preparations.handover.body')}</dt>
            <dd>{term.body}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">
          {kind === 'current'
            ? t('preparations.handover.noneCurrent')
            : t('preparations.handover.noneIncoming')}
        </p>
      )}
    </div>
  );
}

/** The current and incoming Presidencies on the day shown, and when one hands over to the other. */
function Handover({ handover, openByRole }: { handover: HandoverQuery; openByRole: Map<string, number> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { current, incoming } = handover.presidencies;
  const handoverDay = current?.endsOn ?? incoming?.startsOn ?? null;
  return (
    <section className="panel handover" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('preparations.handover.heading')}</h2>
      <p>
        {current && incoming && handoverDay
          ? t('preparations.handover.summary', {
              current: current.participant.name,
              incoming: incoming.participant.name,
              date: format.calendarDay(handoverDay),
            })
          : t('preparations.handover.noHandover')}
      </p>
      <div className="handover__cards">
        <PresidencyCard kind="current" term={current ?? null} />
        <PresidencyCard kind="incoming" term={incoming ?? null} />
      </div>
      <p className="muted">
        {t('preparations.handover.openActions', {
          current: format.number(openByRole.get('role:CURRENT_PRESIDENCY') ?? 0),
          incoming: format.number(openByRole.get('role:INCOMING_PRESIDENCY') ?? 0),
        })}
      </p>
    </section>
  );
}

/** The actions one may pick to mark done at once, and which are picked. */
interface Selection {
  selectable: (action: PreparationAction) => boolean;
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
}

function Worklist({
  actions,
  today,
  label,
  selection,
}: {
  actions: readonly PreparationAction[];
  today: string;
  label: (a: PreparationAction) => string;
  selection: Selection | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const select: Column<PreparationAction> = {
    key: 'select',
    header: t('actions.bulk.colSelect'),
    cell: (action) =>
      selection?.selectable(action) && (
        <input
          type="checkbox"
          aria-label={t('actions.bulk.select', { title: action.title })}
          checked={selection.selected.has(action.id)}
          onChange={(event) => selection.toggle(action.id, event.target.checked)}
        />
      ),
  };
  const columns: Column<PreparationAction>[] = [
    ...(selection ? [select] : []),
    {
      key: 'due',
      header: t('preparations.colDue'),
      cell: (action) => {
        const days = daysUntil(action.due, today);
        return (
          <>
            <span className="nowrap">{format.calendarDay(action.due)}</span>
            {isOverdue(action, today) ? (
              <span className="tag tag--overdue">
                <span aria-hidden="true">! </span>
                {t('preparations.overdue', { count: -days })}
              </span>
            ) : (
              isActionOpen(action.status) && <span className="muted block">{format.relativeDays(days)}</span>
            )}
          </>
        );
      },
    },
    {
      key: 'action',
      header: t('preparations.colAction'),
      rowHeader: true,
      cell: (action) => (
        <>
          <span className="block">{action.title}</span>
          <span className="muted block">
            {action.servesMatter ? (
              <MatterLink matterId={action.servesMatter.id}>{action.servesMatter.title}</MatterLink>
            ) : action.servesMilestone ? (
              t('preparations.prepares', { milestone: action.servesMilestone.shortTitle })
            ) : null}
          </span>
        </>
      ),
    },
    { key: 'owner', header: t('preparations.colOwner'), cell: label },
    {
      key: 'status',
      header: t('preparations.colStatus'),
      cell: (action) => (
        <>
          {t(`actionStatus.${action.status}`)}
          {action.blocksDecision && isActionOpen(action.status) && (
            <span className="tag">{t('preparations.blocks')}</span>
          )}
        </>
      ),
    },
  ];
  return (
    <VirtualTable
      label={t('preparations.tableLabel')}
      rows={actions}
      columns={columns}
      rowKey={(action) => action.id}
      template={`${selection ? '4.5rem ' : ''}minmax(9rem, 1fr) minmax(14rem, 3fr) minmax(9rem, 1.4fr) minmax(7rem, 1fr)`}
      rowClassName={(action) => (isOverdue(action, today) ? 'vtable__row--overdue' : undefined)}
      estimateRowHeight={64}
    />
  );
}

/**
 * What must be done before each meeting, by whom and by when, overdue first; and the handover between the
 * current and incoming Presidencies. Made for the Presidencies, readable by everyone signed in.
 */
export function PreparationsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('preparations.title'));
  const id = useId();
  const location = useLocation();
  const asOf = useAsOf();
  const { me } = useMe();
  const signedIn = !!me?.account;
  const [filters, setFilters] = useState<PreparationFilters>({ owner: null, openOnly: true, order: 'due' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const processId = useProcessId();
  const actions = useEveryPage(
    PreparationActionsDocument,
    { asOf: asOf.instant, processId },
    (data) => data.process.actions,
    !signedIn || !asOf.ready,
  );
  const [handover, reexecuteHandover] = useQuery({
    query: HandoverDocument,
    variables: { on: asOf.day },
    pause: !signedIn,
  });
  const holders = useMemo(() => roleHolders(handover.data), [handover.data]);
  // Someone else's change shows without a reload (app/live-changes.tsx).
  useLiveRefresh(() => {
    actions.retry();
    reexecuteHandover({ requestPolicy: 'network-only' });
  });

  const label = (action: PreparationAction): string => {
    const name = ownerName(action, t);
    const held = action.ownerRole && !action.owner ? holders.get(action.ownerRole) : undefined;
    const names = held?.map((holder) => holder.name).join(', ');
    return names ? t('preparations.roleHeldBy', { role: name, holders: names }) : name;
  };
  const all = actions.nodes ?? [];
  const owners = ownerChoices(all, holders, (role) => t(`ownerRole.${role}`));
  const shown = worklist(all, filters, asOf.day, label, (action) => ownerKeys(action, holders));
  const overdue = all.filter((action) => isOverdue(action, asOf.day)).length;
  // Marking done is offered today, on the actions the reader may move to done (the domain's rules; the server decides).
  const selectable = (action: PreparationAction) => movesFor(me, action).includes('DONE');
  const selection: Selection | null =
    asOf.isLive && all.some(selectable)
      ? {
          selectable,
          selected,
          toggle: (actionId, on) => {
            const next = new Set(selected);
            if (on) next.add(actionId);
            else next.delete(actionId);
            setSelected(next);
          },
        }
      : null;
  const picked = shown.filter((action) => selected.has(action.id) && selectable(action));
  const openByOwner = new Map<string, number>();
  for (const action of all) {
    if (isActionOpen(action.status))
      openByOwner.set(ownerKey(action), (openByOwner.get(ownerKey(action)) ?? 0) + 1);
  }

  return (
    <div className="screen" aria-busy={actions.fetching}>
      <header className="screen__header">
        <h1>{t('preparations.title')}</h1>
        <p className="screen__subtitle">{t('preparations.intro')}</p>
      </header>
      {!me && <LoadingPanel />}
      {me && !signedIn && (
        <p className="hint">
          {t('preparations.signIn')} <Link to={signInPath(location)}>{t('session.signIn')}</Link>
        </p>
      )}
      {signedIn && (
        <>
          {handover.error && (
            <ErrorPanel
              error={handover.error}
              onRetry={() => reexecuteHandover({ requestPolicy: 'network-only' })}
              title={t('preparations.handover.heading')}
            />
          )}
          {handover.data && <Handover handover={handover.data} openByRole={openByOwner} />}
          <section className="panel" aria-labelledby={`${id}-heading`}>
            <h2 id={`${id}-heading`}>{t('preparations.worklist')}</h2>
            {asOf.isLive && mayWriteActions(me) && <AddActionButton serves={null} />}
            {!asOf.isLive &&
              (mayWriteActions(me) || all.some((action) => movesFor(me, action).length > 0)) && (
                <PastDayNote />
              )}
            <form
              className="filters"
              aria-label={t('preparations.filters')}
              onSubmit={(e) => e.preventDefault()}
            >
              <div className="filters__field">
                <label htmlFor={`${id}-owner`}>{t('preparations.owner')}</label>
                <select
                  id={`${id}-owner`}
                  value={filters.owner ?? ''}
                  onChange={(event) => setFilters({ ...filters, owner: event.target.value || null })}
                >
                  <option value="">{t('preparations.anyOwner')}</option>
                  {owners.map(({ key, name, roles }) => (
                    <option key={key} value={key}>
                      {roles.length
                        ? t('preparations.ownerWithRoles', { name, roles: roles.join(', ') })
                        : name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="filters__field">
                <label htmlFor={`${id}-order`}>{t('preparations.order')}</label>
                <select
                  id={`${id}-order`}
                  value={filters.order}
                  onChange={(event) => setFilters({ ...filters, order: event.target.value as Order })}
                >
                  <option value="due">{t('preparations.byDue')}</option>
                  <option value="owner">{t('preparations.byOwner')}</option>
                </select>
              </div>
              <div className="filters__check">
                <input
                  id={`${id}-open`}
                  type="checkbox"
                  checked={filters.openOnly}
                  onChange={(event) => setFilters({ ...filters, openOnly: event.target.checked })}
                />
                <label htmlFor={`${id}-open`}>{t('preparations.openOnly')}</label>
              </div>
            </form>
            {actions.error && <ErrorPanel error={actions.error} onRetry={actions.retry} />}
            {!actions.nodes && !actions.error && <LoadingPanel label={t('preparations.loading')} />}
            {actions.nodes && (
              <>
                <p className="board__count">
                  {t('preparations.summary', {
                    count: shown.length,
                    shown: format.number(shown.length),
                    overdue: format.number(overdue),
                  })}
                </p>
                <ListStatus fetching={actions.fetching} shown={all.length} total={actions.totalCount} />
                {shown.length === 0 ? (
                  <EmptyState>{t('preparations.empty')}</EmptyState>
                ) : (
                  <>
                    {selection && (
                      <MarkDone
                        selected={picked}
                        onClear={() => setSelected(new Set())}
                        onMarked={(ids) => {
                          setSelected(new Set([...selected].filter((s) => !ids.includes(s))));
                          // The list is read page by page outside urql's cache: asked again for the new statuses.
                          if (ids.length > 0) actions.retry();
                        }}
                      />
                    )}
                    <Worklist actions={shown} today={asOf.day} label={label} selection={selection} />
                  </>
                )}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
