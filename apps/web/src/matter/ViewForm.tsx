import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateViewDocument } from '../generated/matter/createView';
import { UpdateViewDocument } from '../generated/matter/updateView';
import type { MatterScreenQuery, Position } from '../generated/graphql';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { latestViews, POSITIONS, type ViewData } from './positions';
import { BusyButton } from '../ui/BusyButton';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

const FIELDS = ['position', 'comment'] as const;

// Readiness and the dashboard's figures count views, so every screen that shows them asks again after one.
const VIEW_CHANGES = { additionalTypenames: ['Matter', 'Dashboard', 'Process'] };
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

type Matter = MatterScreenQuery['matter'];

interface Props {
  matter: Matter;
  /**
   * Those the person may record a view for: their own State (or organisation), or for the support unit, which
   * records what each delegation said, every State. More than one: the person chooses whose view it is.
   */
  participants: readonly { id: string; name: string }[];
}

/**
 * A delegate gives their State's view on the matter as a whole or on one of its options, or changes the one it
 * gave there. The server checks who may speak for whom and what a view needs; its messages appear next to the field
 * they name. The matter's counts are read again afterwards (urql refetches every query holding a View).
 */
export function ViewForm({ matter, participants }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // null: the matter as a whole; else an option's id. The fields start again from that target's latest view.
  const [target, setTarget] = useState<string | null>(null);
  const [participantId, setParticipantId] = useState(participants.length === 1 ? participants[0]!.id : '');
  const participant = participants.find((one) => one.id === participantId);
  const number = (optionId: string) => matter.options.findIndex((option) => option.id === optionId) + 1;
  return (
    <div className="view-form-frame">
      {participants.length > 1 && (
        <div className="form__field">
          <label htmlFor={`${id}-for`}>{t('matter.viewForm.onBehalf')}</label>
          <select
            id={`${id}-for`}
            value={participantId}
            onChange={(event) => setParticipantId(event.target.value)}
          >
            <option value="">{t('matter.viewForm.chooseParticipant')}</option>
            {participants.map((one) => (
              <option key={one.id} value={one.id}>
                {one.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {matter.options.length > 0 && (
        <div className="form__field">
          <label htmlFor={`${id}-on`}>{t('matter.viewForm.on')}</label>
          <select
            id={`${id}-on`}
            value={target ?? ''}
            onChange={(event) => setTarget(event.target.value || null)}
          >
            <option value="">{t('matter.viewForm.onMatter')}</option>
            {matter.options.map((option) => (
              <option key={option.id} value={option.id}>
                {t('matter.viewForm.onOption', { number: number(option.id), text: shortened(option.text) })}
              </option>
            ))}
          </select>
        </div>
      )}
      {matter.status === 'DECIDED' && <p className="hint">{t('matter.viewForm.decidedHint')}</p>}
      {participant && (
        <ViewFields
          key={`${participant.id}:${target ?? 'matter'}`}
          matterId={matter.id}
          optionId={target}
          optionNumber={target ? number(target) : null}
          participant={participant}
          current={latestViews(matter.views, target).get(participant.id)}
        />
      )}
    </div>
  );
}

/** An option's text as a choice in a list: its first words. */
function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text;
}

function ViewFields({
  matterId,
  optionId,
  optionNumber,
  participant,
  current,
}: {
  matterId: string;
  optionId: string | null;
  optionNumber: number | null;
  participant: { id: string; name: string };
  /** Its latest view on this target, which the fields change; none yet when undefined. */
  current: ViewData | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [position, setPosition] = useState<Position | null>(current?.position ?? null);
  const [comment, setComment] = useState(current?.comment ?? '');
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [saved, setSaved] = useState<Position | null>(null);
  const [created, create] = useMutation(CreateViewDocument);
  const [updated, update] = useMutation(UpdateViewDocument);
  const fetching = created.fetching || updated.fetching;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (!position) {
      setProblems({ position: [t('matter.viewForm.choosePosition')] });
      return;
    }
    setProblems({});
    const text = comment.trim();
    const result = current
      ? await update(
          { input: { id: current.id, expectedVersion: current.version, position, comment: text || null } },
          VIEW_CHANGES,
        )
      : await create(
          {
            input: {
              participantId: participant.id,
              matterId,
              ...(optionId ? { optionId } : {}),
              position,
              ...(text ? { comment: text } : {}),
            },
          },
          VIEW_CHANGES,
        );
    if (result.error) setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
    else setSaved(position);
  };

  return (
    <form ref={form} className="form view-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {current
          ? t('matter.viewForm.titleChange', { participant: participant.name })
          : t('matter.viewForm.titleGive', { participant: participant.name })}
      </h3>
      <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
      <fieldset className="view-form__positions" {...fieldAttributes(id, 'position', problems.position)}>
        <legend>
          {optionNumber
            ? t('matter.viewForm.positionOnOption', { number: optionNumber })
            : t('matter.viewForm.position')}
        </legend>
        {POSITIONS.map((value) => (
          <div key={value} className="view-form__choice">
            <input
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-position`}
              value={value}
              checked={position === value}
              onChange={() => setPosition(value)}
            />
            <label htmlFor={`${id}-${value}`}>{t(`position.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <FieldProblems id={`${id}-position-problems`} messages={problems.position} />
      <div className="form__field">
        <label htmlFor={`${id}-comment`}>{t('matter.viewForm.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          {...fieldAttributes(id, 'comment', problems.comment, `${id}-comment-hint`)}
          onChange={(event) => setComment(event.target.value)}
        />
        <span id={`${id}-comment-hint`} className="form__hint">
          {t('matter.viewForm.commentHint')}
        </span>
        <FieldProblems id={`${id}-comment-problems`} messages={problems.comment} />
      </div>
      <BusyButton type="submit" className="button-primary" busy={fetching}>
        {fetching
          ? t('matter.viewForm.saving')
          : current
            ? t('matter.viewForm.submitChange')
            : t('matter.viewForm.submitGive')}
      </BusyButton>
      <p className="view-form__saved" role="status">
        {saved
          ? t('matter.viewForm.saved', { participant: participant.name, position: t(`position.${saved}`) })
          : ''}
      </p>
    </form>
  );
}
