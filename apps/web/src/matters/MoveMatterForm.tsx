import { type FormEvent, useId, useRef, useState } from 'react';
import { useHoldLiveUpdates } from '../app/live-changes';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MatterStatus, MoveMatterMutation } from '../generated/graphql';
import { MoveMatterDocument } from '../generated/matters/moveMatter';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import type { BoardMatter } from './filters';
import { BusyButton } from '../ui/BusyButton';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

const FIELDS = ['outcome', 'targetMilestoneId', 'note'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

// Readiness, health and the dashboard's counts change with a matter's status, so every screen that shows them asks
// again after a move (urql refetches queries that share a type with these).
const MOVE_CHANGES = { additionalTypenames: ['Dashboard', 'Milestone', 'Process'] };

interface Props {
  matter: BoardMatter;
  /** Milestones a matter can be deferred to: later than its deciding milestone. */
  laterMilestones: readonly { id: string; shortTitle: string }[];
  onMoved: (moved: MoveMatterMutation['moveMatter']) => void;
}

/** Moves that close a matter for good: asked twice. */
const FINAL_MOVES: readonly MatterStatus[] = ['DECIDED', 'WITHDRAWN'];

/**
 * Moves a matter to one of the statuses its workflow allows next. The server checks the guards and who may; a
 * refusal is shown next to the control it concerns, in the server's words.
 */
export function MoveMatterForm({ matter, laterMilestones, onMoved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [to, setTo] = useState<MatterStatus | undefined>(matter.allowedMoves[0]);
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [targetMilestoneId, setTargetMilestoneId] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  // A final move (decide, withdraw) is sent only once the person has said so a second time.
  const [confirming, setConfirming] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [{ fetching }, move] = useMutation(MoveMatterDocument);
  // The board does not move under someone writing an outcome or a note, or confirming a final move.
  useHoldLiveUpdates(confirming || outcome !== '' || note !== '' || targetMilestoneId !== '');

  if (!to) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems({});
    if (FINAL_MOVES.includes(to) && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const result = await move(
      {
        input: {
          matterId: matter.id,
          to,
          expectedVersion: matter.version,
          ...(to === 'DECIDED' && outcome.trim() ? { outcome: outcome.trim() } : {}),
          ...(to === 'DEFERRED' && targetMilestoneId ? { targetMilestoneId } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      },
      MOVE_CHANGES,
    );
    if (result.error) setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
    else if (result.data) onMoved(result.data.moveMatter);
  };

  const field = (name: keyof Problems, hintId?: string) => fieldAttributes(id, name, problems[name], hintId);

  return (
    <form
      ref={form}
      className="move"
      noValidate
      onSubmit={submit}
      aria-label={t('move.label', { title: matter.title })}
    >
      <div className="move__row">
        <label htmlFor={`${id}-to`}>{t('move.to')}</label>
        <select
          id={`${id}-to`}
          value={to}
          {...field('form')}
          onChange={(event) => {
            setTo(matter.allowedMoves.find((status) => status === event.target.value));
            setProblems({});
            setConfirming(false);
          }}
        >
          {matter.allowedMoves.map((status) => (
            <option key={status} value={status}>
              {t(`matterStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
      {to === 'DECIDED' && (
        <div className="move__field">
          <label htmlFor={`${id}-outcome`}>{t('move.outcome')}</label>
          <textarea
            id={`${id}-outcome`}
            rows={2}
            value={outcome}
            {...field('outcome')}
            onChange={(event) => setOutcome(event.target.value)}
          />
          <FieldProblems id={`${id}-outcome-problems`} messages={problems.outcome} />
        </div>
      )}
      {to === 'DEFERRED' && (
        <div className="move__field">
          <label htmlFor={`${id}-target`}>{t('move.deferTo')}</label>
          <select
            id={`${id}-target`}
            value={targetMilestoneId}
            {...field('targetMilestoneId')}
            onChange={(event) => setTargetMilestoneId(event.target.value)}
          >
            <option value="">{t('move.chooseMilestone')}</option>
            {laterMilestones.map((m) => (
              <option key={m.id} value={m.id}>
                {m.shortTitle}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-targetMilestoneId-problems`} messages={problems.targetMilestoneId} />
        </div>
      )}
      {to === 'WITHDRAWN' && (
        <div className="move__field">
          <label htmlFor={`${id}-note`}>{t('move.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            {...field('note')}
            onChange={(event) => setNote(event.target.value)}
          />
          <FieldProblems id={`${id}-note-problems`} messages={problems.note} />
        </div>
      )}
      {confirming ? (
        <div className="move__confirm" role="alert">
          <p>{t(`move.confirm.${to === 'DECIDED' ? 'decide' : 'withdraw'}`, { title: matter.title })}</p>
          <div className="move__confirm-buttons">
            <BusyButton type="submit" className="move__submit" busy={fetching}>
              {fetching
                ? t('move.moving')
                : t(`move.confirm.${to === 'DECIDED' ? 'yesDecide' : 'yesWithdraw'}`)}
            </BusyButton>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('move.confirm.back')}
            </button>
          </div>
        </div>
      ) : (
        <BusyButton type="submit" className="move__submit" busy={fetching}>
          {fetching ? t('move.moving') : t('move.submit')}
        </BusyButton>
      )}
    </form>
  );
}
