import { matterMovePermission } from '@prepcom/domain';
import { useState } from 'react';
import { useHoldLiveUpdates } from '../app/live-changes';
import { STATUS_CHANGES } from './status-changes';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type Me, may } from '../app/session';
import type { MatterStatus, MoveMatterMutation } from '../generated/graphql';
import { MoveMatterDocument } from '../generated/matters/moveMatter';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

const FIELDS = ['to', 'outcome', 'targetMilestoneId', 'note'] as const;

export interface MovableMatter {
  id: string;
  title: string;
  version: number;
  /** The statuses this person may try to move it to: the server's allowedMoves, less what their role may not do. */
  allowedMoves: readonly MatterStatus[];
  decidingMilestone: { id: string; startsAt: string };
}

interface Props {
  matter: MovableMatter;
  /** Every milestone of the process: a matter is decided at one and deferred to a later one. */
  milestones: readonly { id: string; shortTitle: string; startsAt: string }[];
  onMoved?: (moved: MoveMatterMutation['moveMatter']) => void;
}

/** The statuses this person may move a matter to: the server's allowedMoves, less those their role may not make. */
export function movesFor(me: Me | undefined, allowedMoves: readonly MatterStatus[]): MatterStatus[] {
  return allowedMoves.filter((status) => may(me, matterMovePermission(status)));
}

/** Moves that close a matter for good: asked twice. */
const FINAL_MOVES: readonly MatterStatus[] = ['DECIDED', 'WITHDRAWN'];

/**
 * Moves a matter to one of the statuses its workflow allows next: decide it (the outcome, and the meeting where it
 * was decided), defer it (to a later milestone, with the reason), withdraw it (with the reason), or take it back
 * a step. The server checks the guards and who may; every guard that refused sits next to the field it concerns.
 */
export function MoveMatterForm({ matter, milestones, onMoved }: Props) {
  const { t } = useTranslation();
  // A guard about the matter's options, actions or dependencies refuses the move itself: shown at the choice of move.
  const form = useForm(FIELDS, { otherProblemsAt: 'to' });
  const [to, setTo] = useState<MatterStatus | undefined>(matter.allowedMoves[0]);
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [decidedAt, setDecidedAt] = useState(matter.decidingMilestone.id);
  const [deferTo, setDeferTo] = useState('');
  // A final move (decide, withdraw) is sent only once the person has said so a second time.
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, move] = useMutation(MoveMatterDocument);
  // The board does not move under someone writing an outcome or a note, or confirming a final move.
  useHoldLiveUpdates(confirming || outcome !== '' || note !== '' || deferTo !== '');

  if (!to) return null;
  const decidingStart = Date.parse(matter.decidingMilestone.startsAt);
  const laterMilestones = milestones.filter((m) => Date.parse(m.startsAt) > decidingStart);

  const submit = async () => {
    if (FINAL_MOVES.includes(to) && !confirming) {
      form.clear();
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const targetMilestoneId = to === 'DECIDED' ? decidedAt : to === 'DEFERRED' ? deferTo : '';
    const moved = await form.run(() =>
      move(
        {
          input: {
            matterId: matter.id,
            to,
            expectedVersion: matter.version,
            ...(to === 'DECIDED' && outcome.trim() ? { outcome: outcome.trim() } : {}),
            ...(targetMilestoneId ? { targetMilestoneId } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
        STATUS_CHANGES,
      ),
    );
    if (moved) onMoved?.(moved.moveMatter);
  };

  const finalMove = to === 'DECIDED' ? 'decide' : 'withdraw';
  return (
    <Form form={form} className="move" onSubmit={submit} label={t('move.label', { title: matter.title })}>
      <Field form={form} name="to" label={t('move.to')}>
        {(control) => (
          <select
            {...control}
            value={to}
            onChange={(event) => {
              setTo(matter.allowedMoves.find((status) => status === event.target.value));
              form.clear();
              setConfirming(false);
            }}
          >
            {matter.allowedMoves.map((status) => (
              <option key={status} value={status}>
                {t(`matterStatus.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {to === 'DECIDED' && (
        <>
          <Field form={form} name="outcome" label={t('move.outcome')}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={outcome}
                onChange={(event) => setOutcome(event.target.value)}
              />
            )}
          </Field>
          <Field form={form} name="targetMilestoneId" label={t('move.decidedAt')}>
            {(control) => (
              <select {...control} value={decidedAt} onChange={(event) => setDecidedAt(event.target.value)}>
                {milestones.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.shortTitle}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      {to === 'DEFERRED' && (
        <Field form={form} name="targetMilestoneId" label={t('move.deferTo')}>
          {(control) => (
            <select {...control} value={deferTo} onChange={(event) => setDeferTo(event.target.value)}>
              <option value="">{t('move.chooseMilestone')}</option>
              {laterMilestones.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.shortTitle}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {(to === 'WITHDRAWN' || to === 'DEFERRED') && (
        <Field form={form} name="note" label={to === 'WITHDRAWN' ? t('move.note') : t('move.deferReason')}>
          {(control) => (
            <textarea {...control} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          )}
        </Field>
      )}
      {confirming ? (
        <div className="confirm-panel" role="alert">
          <p>{t(`move.confirm.${finalMove}`, { title: matter.title })}</p>
          <div className="confirm-panel__buttons">
            <SubmitButton className="move__submit" busy={fetching}>
              {fetching
                ? t('move.moving')
                : t(`move.confirm.${to === 'DECIDED' ? 'yesDecide' : 'yesWithdraw'}`)}
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('move.confirm.back')}
            </button>
          </div>
        </div>
      ) : (
        <SubmitButton className="move__submit" busy={fetching}>
          {fetching ? t('move.moving') : t('move.submit')}
        </SubmitButton>
      )}
    </Form>
  );
}
