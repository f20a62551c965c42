import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { OwnerRole } from '@prepcom/domain';
import { useProcessId } from '../app/process';
import { ActionChoicesDocument } from '../generated/actions/actionChoices';
import { CreateActionDocument } from '../generated/actions/createAction';
import { UpdateActionDocument } from '../generated/actions/updateAction';
import type { OwnerRole as OwnerRoleName } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { BusyButton } from '../ui/BusyButton';
import { ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

const FIELDS = [
  'title',
  'description',
  'servesMatterId',
  'servesMilestoneId',
  'ownerParticipantId',
  'ownerRole',
  'dueDate',
  'dueMilestoneId',
  'dueOffsetDays',
  'blocksDecision',
] as const;
type Field = (typeof FIELDS)[number];
type Problems = Partial<Record<Field | 'form', string[]>>;

/** What an action serves: fixed by the page it is added from, or chosen (`null`) on the preparations screen. */
export type Serves = { matterId: string } | { milestoneId: string } | null;

/** An action as the form edits it. */
export interface EditedAction {
  id: string;
  version: number;
  title: string;
  description: string;
  ownerRole: OwnerRoleName | null;
  owner: { id: string } | null;
  dueDate: string | null;
  dueOffsetDays: number | null;
  dueMilestone: { id: string } | null;
  blocksDecision: boolean;
}

interface Draft {
  title: string;
  description: string;
  /** `matter:<id>` or `milestone:<id>`, when chosen here. */
  serves: string;
  ownerKind: 'participant' | 'role';
  ownerParticipantId: string;
  ownerRole: OwnerRoleName;
  dueKind: 'date' | 'relative';
  dueDate: string;
  dueMilestoneId: string;
  /** Whole days, counted before or after the milestone's start. */
  offsetDays: string;
  offsetDirection: 'before' | 'after';
  blocksDecision: boolean;
}

const ROLES = Object.values(OwnerRole) as OwnerRoleName[];

function draftOf(action: EditedAction | undefined, defaultMilestoneId: string): Draft {
  const offset = action?.dueOffsetDays ?? 0;
  return {
    title: action?.title ?? '',
    description: action?.description ?? '',
    serves: '',
    ownerKind: action?.owner ? 'participant' : 'role',
    ownerParticipantId: action?.owner?.id ?? '',
    ownerRole: action?.ownerRole ?? 'CURRENT_PRESIDENCY',
    dueKind: action && action.dueDate === null ? 'relative' : action ? 'date' : 'relative',
    dueDate: action?.dueDate ?? '',
    dueMilestoneId: action?.dueMilestone?.id ?? defaultMilestoneId,
    offsetDays: String(Math.abs(offset)),
    offsetDirection: offset > 0 ? 'after' : 'before',
    blocksDecision: action?.blocksDecision ?? false,
  };
}

/**
 * Adds an action (from a matter's page, a milestone's or the preparations screen) or edits one: its owner is a
 * participant or a role (resolved on the day, "the current Presidency"), and it falls due on a date or some days
 * before or after a milestone. The server checks everything; its messages appear next to the fields they name.
 */
export function ActionForm({
  serves,
  action,
  onDone,
  onCancel,
  titleId,
}: {
  serves: Serves;
  action?: EditedAction;
  onDone: (title: string) => void;
  onCancel: () => void;
  titleId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const processId = useProcessId();
  const [choices, retryChoices] = useQuery({ query: ActionChoicesDocument, variables: { processId } });
  const milestones = choices.data?.process.milestones.edges.map((edge) => edge.node) ?? [];
  const matters = choices.data?.process.matters.edges.map((edge) => edge.node) ?? [];
  const participants = choices.data?.participants.edges.map((edge) => edge.node) ?? [];
  const fixedMilestone = serves && 'milestoneId' in serves ? serves.milestoneId : '';
  const [draft, setDraft] = useState<Draft>(() => draftOf(action, fixedMilestone));
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [created, create] = useMutation(CreateActionDocument);
  const [updated, update] = useMutation(UpdateActionDocument);
  const busy = created.fetching || updated.fetching;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const servesMatter =
    (serves && 'matterId' in serves) || (!serves && !action && draft.serves.startsWith('matter:'));

  const attributes = (field: Field, hint?: string) =>
    fieldAttributes(id, field, problems[field], hint ? `${id}-${field}-hint` : undefined);
  const servedIds = (): { servesMatterId?: string; servesMilestoneId?: string } => {
    if (serves) {
      return 'matterId' in serves
        ? { servesMatterId: serves.matterId }
        : { servesMilestoneId: serves.milestoneId };
    }
    const [kind, chosen] = draft.serves.split(':');
    return kind === 'matter'
      ? { servesMatterId: chosen }
      : kind === 'milestone'
        ? { servesMilestoneId: chosen }
        : {};
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const days = Number(draft.offsetDays || '0');
    if (draft.dueKind === 'relative' && !Number.isInteger(days)) {
      setProblems({ dueOffsetDays: [t('actions.form.wholeDays')] });
      return;
    }
    const owner =
      draft.ownerKind === 'participant'
        ? { ownerParticipantId: draft.ownerParticipantId || undefined }
        : { ownerRole: draft.ownerRole };
    const due =
      draft.dueKind === 'date'
        ? { dueDate: draft.dueDate || undefined }
        : {
            dueMilestoneId: draft.dueMilestoneId || undefined,
            dueOffsetDays: draft.offsetDirection === 'before' ? -days : days,
          };
    const fields = {
      title: draft.title,
      description: draft.description,
      ...owner,
      ...due,
      ...(servesMatter || action ? { blocksDecision: draft.blocksDecision } : {}),
    };
    const result = action
      ? await update({ input: { id: action.id, expectedVersion: action.version, ...fields } })
      : await create({ input: { ...fields, ...servedIds() } });
    if (result.error) {
      setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
      return;
    }
    setProblems({});
    onDone(draft.title.trim());
  };

  if (choices.error) {
    return (
      <ErrorPanel error={choices.error} onRetry={() => retryChoices({ requestPolicy: 'network-only' })} />
    );
  }
  if (!choices.data) return <LoadingPanel label={t('actions.form.loading')} />;
  return (
    <form ref={form} className="form action-form" noValidate onSubmit={submit} aria-labelledby={titleId}>
      <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
      <div className="form__field">
        <label htmlFor={`${id}-title`}>{t('actions.form.title')}</label>
        <input
          id={`${id}-title`}
          value={draft.title}
          required
          {...attributes('title')}
          onChange={(event) => set('title', event.target.value)}
        />
        <FieldProblems id={`${id}-title-problems`} messages={problems.title} />
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-description`}>{t('actions.form.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={draft.description}
          {...attributes('description')}
          onChange={(event) => set('description', event.target.value)}
        />
        <FieldProblems id={`${id}-description-problems`} messages={problems.description} />
      </div>
      {!serves && !action && (
        <div className="form__field">
          <label htmlFor={`${id}-serves`}>{t('actions.form.serves')}</label>
          <select
            id={`${id}-serves`}
            value={draft.serves}
            {...fieldAttributes(
              id,
              'serves',
              problems.servesMatterId ?? problems.servesMilestoneId,
              `${id}-serves-hint`,
            )}
            onChange={(event) => set('serves', event.target.value)}
          >
            <option value="">{t('actions.form.chooseServes')}</option>
            <optgroup label={t('actions.form.milestones')}>
              {milestones.map((milestone) => (
                <option key={milestone.id} value={`milestone:${milestone.id}`}>
                  {milestone.title}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('actions.form.matters')}>
              {matters.map((matter) => (
                <option key={matter.id} value={`matter:${matter.id}`}>
                  {matter.title}
                </option>
              ))}
            </optgroup>
          </select>
          <span id={`${id}-serves-hint`} className="form__hint">
            {t('actions.form.servesHint')}
          </span>
          <FieldProblems
            id={`${id}-serves-problems`}
            messages={problems.servesMatterId ?? problems.servesMilestoneId}
          />
        </div>
      )}
      <fieldset className="form__group">
        <legend>{t('actions.form.owner')}</legend>
        <div className="form__choice">
          <input
            id={`${id}-owner-role`}
            type="radio"
            name={`${id}-owner`}
            checked={draft.ownerKind === 'role'}
            onChange={() => set('ownerKind', 'role')}
          />
          <label htmlFor={`${id}-owner-role`}>{t('actions.form.ownerRole')}</label>
        </div>
        {draft.ownerKind === 'role' && (
          <div className="form__field form__field--nested">
            <label htmlFor={`${id}-ownerRole`}>{t('actions.form.role')}</label>
            <select
              id={`${id}-ownerRole`}
              value={draft.ownerRole}
              {...attributes('ownerRole', 'hint')}
              onChange={(event) => set('ownerRole', event.target.value as OwnerRoleName)}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`ownerRole.${role}`)}
                </option>
              ))}
            </select>
            <span id={`${id}-ownerRole-hint`} className="form__hint">
              {t('actions.form.roleHint')}
            </span>
            <FieldProblems id={`${id}-ownerRole-problems`} messages={problems.ownerRole} />
          </div>
        )}
        <div className="form__choice">
          <input
            id={`${id}-owner-participant`}
            type="radio"
            name={`${id}-owner`}
            checked={draft.ownerKind === 'participant'}
            onChange={() => set('ownerKind', 'participant')}
          />
          <label htmlFor={`${id}-owner-participant`}>{t('actions.form.ownerParticipant')}</label>
        </div>
        {draft.ownerKind === 'participant' && (
          <div className="form__field form__field--nested">
            <label htmlFor={`${id}-ownerParticipantId`}>{t('actions.form.participant')}</label>
            <select
              id={`${id}-ownerParticipantId`}
              value={draft.ownerParticipantId}
              {...attributes('ownerParticipantId')}
              onChange={(event) => set('ownerParticipantId', event.target.value)}
            >
              <option value="">{t('actions.form.chooseParticipant')}</option>
              {participants.map((participant) => (
                <option key={participant.id} value={participant.id}>
                  {participant.name}
                </option>
              ))}
            </select>
            <FieldProblems id={`${id}-ownerParticipantId-problems`} messages={problems.ownerParticipantId} />
          </div>
        )}
      </fieldset>
      <fieldset className="form__group">
        <legend>{t('actions.form.due')}</legend>
        <div className="form__choice">
          <input
            id={`${id}-due-relative`}
            type="radio"
            name={`${id}-due`}
            checked={draft.dueKind === 'relative'}
            onChange={() => set('dueKind', 'relative')}
          />
          <label htmlFor={`${id}-due-relative`}>{t('actions.form.dueRelative')}</label>
        </div>
        {draft.dueKind === 'relative' && (
          <div className="form__row form__field--nested">
            <div className="form__field">
              <label htmlFor={`${id}-dueOffsetDays`}>{t('actions.form.days')}</label>
              <input
                id={`${id}-dueOffsetDays`}
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={draft.offsetDays}
                {...attributes('dueOffsetDays')}
                onChange={(event) => set('offsetDays', event.target.value)}
              />
              <FieldProblems id={`${id}-dueOffsetDays-problems`} messages={problems.dueOffsetDays} />
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-direction`}>{t('actions.form.direction')}</label>
              <select
                id={`${id}-direction`}
                value={draft.offsetDirection}
                onChange={(event) => set('offsetDirection', event.target.value as Draft['offsetDirection'])}
              >
                <option value="before">{t('actions.form.before')}</option>
                <option value="after">{t('actions.form.after')}</option>
              </select>
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-dueMilestoneId`}>{t('actions.form.milestone')}</label>
              <select
                id={`${id}-dueMilestoneId`}
                value={draft.dueMilestoneId}
                {...attributes('dueMilestoneId')}
                onChange={(event) => set('dueMilestoneId', event.target.value)}
              >
                <option value="">{t('actions.form.chooseMilestone')}</option>
                {milestones.map((milestone) => (
                  <option key={milestone.id} value={milestone.id}>
                    {t('actions.form.milestoneOption', {
                      title: milestone.title,
                      day: format.day(milestone.startsAt, milestone.timeZone),
                    })}
                  </option>
                ))}
              </select>
              <FieldProblems id={`${id}-dueMilestoneId-problems`} messages={problems.dueMilestoneId} />
            </div>
          </div>
        )}
        <div className="form__choice">
          <input
            id={`${id}-due-date`}
            type="radio"
            name={`${id}-due`}
            checked={draft.dueKind === 'date'}
            onChange={() => set('dueKind', 'date')}
          />
          <label htmlFor={`${id}-due-date`}>{t('actions.form.dueOnDate')}</label>
        </div>
        {draft.dueKind === 'date' && (
          <div className="form__field form__field--nested">
            <label htmlFor={`${id}-dueDate`}>{t('actions.form.date')}</label>
            <input
              id={`${id}-dueDate`}
              type="date"
              value={draft.dueDate}
              {...attributes('dueDate')}
              onChange={(event) => set('dueDate', event.target.value)}
            />
            <FieldProblems id={`${id}-dueDate-problems`} messages={problems.dueDate} />
          </div>
        )}
      </fieldset>
      {(servesMatter || action) && (
        <div className="form__field">
          <div className="form__choice">
            <input
              id={`${id}-blocksDecision`}
              type="checkbox"
              checked={draft.blocksDecision}
              {...attributes('blocksDecision', 'hint')}
              onChange={(event) => set('blocksDecision', event.target.checked)}
            />
            <label htmlFor={`${id}-blocksDecision`}>{t('actions.form.blocksDecision')}</label>
          </div>
          <span id={`${id}-blocksDecision-hint`} className="form__hint">
            {t('actions.form.blocksHint')}
          </span>
          <FieldProblems id={`${id}-blocksDecision-problems`} messages={problems.blocksDecision} />
        </div>
      )}
      <div className="form__buttons">
        <BusyButton type="submit" className="button-primary" busy={busy}>
          {busy ? t('actions.form.saving') : action ? t('actions.form.save') : t('actions.form.add')}
        </BusyButton>
        <button type="button" onClick={onCancel}>
          {t('actions.form.cancel')}
        </button>
      </div>
    </form>
  );
}
