import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { isActionOpen, type ActionStatus } from '@prepcom/domain';
import type { Me } from '../app/session';
import type { OwnerRole } from '../generated/graphql';
import { MoveActionDocument } from '../generated/actions/moveAction';
import { useFormat } from '../i18n/format';
import { problemsOf } from '../ui/errors';
import { FieldProblems } from '../ui/FieldProblems';
import { BusyButton } from '../ui/BusyButton';
import { ownerName } from '../ui/owner';
import { TableScroll } from '../ui/TableScroll';
import { CancelActionDialog } from './CancelAction';
import { movesFor } from './permissions';

export interface ActionRowData {
  id: string;
  version: number;
  title: string;
  status: ActionStatus;
  /** Why it was cancelled, when it is (absent where the list does not read it). */
  cancellationReason?: string | null;
  due: string;
  blocksDecision: boolean;
  ownerRole: OwnerRole | null;
  owner: { id: string; name: string } | null;
}

/**
 * The words of a move: "Start" picks an action up, "Reopen" one called done too soon, "Reinstate" one cancelled;
 * the others name the status reached. Which moves exist comes from the domain's workflow, never from this list.
 */
function moveLabel(
  from: ActionStatus,
  to: ActionStatus,
):
  | 'actions.move.reopen'
  | 'actions.move.start'
  | 'actions.move.reinstate'
  | `actions.move.${Exclude<ActionStatus, 'IN_PROGRESS'>}` {
  if (to === 'IN_PROGRESS') return from === 'DONE' ? 'actions.move.reopen' : 'actions.move.start';
  if (from === 'CANCELLED') return 'actions.move.reinstate';
  return `actions.move.${to}`;
}

/** The moves one person may make with one action, and the server's answer next to them. */
export function ActionMoves({ me, action }: { me: Me | undefined; action: ActionRowData }) {
  const { t } = useTranslation();
  const [{ fetching }, move] = useMutation(MoveActionDocument);
  const [problems, setProblems] = useState<string[]>();
  const [busyTo, setBusyTo] = useState<ActionStatus | null>(null);
  // Cancelling asks why first, in a dialog; every other move is one click.
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState('');
  const moves = movesFor(me, action);
  if (moves.length === 0) return null;
  const problemsId = `action-${action.id}-move-problems`;
  const go = async (to: ActionStatus) => {
    setProblems(undefined);
    setBusyTo(to);
    const result = await move({ input: { actionId: action.id, to, expectedVersion: action.version } });
    setBusyTo(null);
    if (result.error) setProblems(problemsOf(result.error, t).map((problem) => problem.message));
  };
  return (
    <div className="action-moves">
      {moves.map((to) => (
        <BusyButton
          key={to}
          busy={fetching}
          className={to === 'DONE' ? 'button-primary button-small' : 'button-small'}
          aria-describedby={problems ? problemsId : undefined}
          aria-haspopup={to === 'CANCELLED' ? 'dialog' : undefined}
          aria-label={t('actions.move.named', { move: t(moveLabel(action.status, to)), title: action.title })}
          onClick={() => {
            setCancelled('');
            if (to === 'CANCELLED') setCancelling(true);
            else void go(to);
          }}
        >
          {busyTo === to ? t('actions.move.saving') : t(moveLabel(action.status, to))}
        </BusyButton>
      ))}
      <FieldProblems id={problemsId} messages={problems} />
      <span className="form__success" role="status">
        {cancelled}
      </span>
      {cancelling && (
        <CancelActionDialog
          action={action}
          onClose={(done) => {
            setCancelling(false);
            if (done) setCancelled(t('actions.cancel.done', { title: action.title }));
          }}
        />
      )}
    </div>
  );
}

/**
 * A list of actions with their owners, due days and statuses, and the moves the reader may make on each; `extra`
 * adds a cell of controls (an edit button) to each row.
 */
export function ActionTable<A extends ActionRowData>({
  actions,
  me,
  today,
  isLive,
  labelledBy,
  extra,
}: {
  actions: readonly A[];
  me: Me | undefined;
  today: string;
  isLive: boolean;
  labelledBy: string;
  extra?: (action: A) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const controls = isLive && actions.some((action) => movesFor(me, action).length > 0 || extra);
  return (
    <TableScroll labelledBy={labelledBy}>
      <table>
        <caption className="visually-hidden">{t('actions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.colAction')}</th>
            <th scope="col">{t('actions.colOwner')}</th>
            <th scope="col">{t('actions.colDue')}</th>
            <th scope="col">{t('actions.colStatus')}</th>
            {controls && <th scope="col">{t('actions.colControls')}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <th scope="row">
                {action.title}
                {action.blocksDecision && <span className="tag">{t('actions.blocks')}</span>}
              </th>
              <td>{ownerName(action, t)}</td>
              <td>
                {format.calendarDay(action.due)}
                {isActionOpen(action.status) && action.due < today && (
                  <span className="tag tag--overdue">{t('actions.overdue')}</span>
                )}
              </td>
              <td>
                {t(`actionStatus.${action.status}`)}
                {action.cancellationReason && (
                  <span className="muted block">{action.cancellationReason}</span>
                )}
              </td>
              {controls && (
                <td>
                  <ActionMoves me={me} action={action} />
                  {extra?.(action)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
