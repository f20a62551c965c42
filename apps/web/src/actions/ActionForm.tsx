import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { OwnerRole } from '@prepcom/domain';
import { useProcessId } from '../app/process';
import { ActionChoicesDocument } from '../generated/actions/actionChoices';
import { CreateActionDocument } from '../generated/actions/createAction';
import { UpdateActionDocument } from '../generated/actions/updateAction';
import type { OwnerRole as OwnerRoleName } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { FieldProblems } from '../ui/FieldProblems';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { type ConflictField, ConflictPanel } from '../ui/form/ConflictPanel';

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
}: {
  serves: Serves;
  action?: EditedAction;
  onDone: (title: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const processId = useProcessId();
  const [choices, retryChoices] = useQuery({ query: ActionChoicesDocument, variables: { processId } });
  const milestones = choices.data?.process.milestones.edges.map((edge) => edge.node) ?? [];
  const matters = choices.data?.process.matters.edges.map((edge) => edge.node) ?? [];
  const participants = choices.data?.participants.edges.map((edge) => edge.node) ?? [];
  const fixedMilestone = serves && 'milestoneId' in serves ? serves.milestoneId : '';
  const [draft, setDraft] = useState<Draft>(() => draftOf(action, fixedMilestone));
  const form = useForm(FIELDS);
  const [created, create] = useMutation(CreateActionDocument);
  const [updated, update] = useMutation(UpdateActionDocument);
  const busy = created.fetching || updated.fetching;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const servesMatter =
    (serves && 'matterId' in serves) || (!serves && !action && draft.serves.startsWith('matter:'));

  const servedIds = (): { servesMatterId?: string; servesMilestoneId?: string } => {
    if (serves) {
      return 'matterId' in serves
        ? { servesMatterId: serves.matterId }
        : { servesMilestoneId: serves.milestoneId };
    }
    const [kind, chosen] = draft.serves.split(':');
    if (kind === 'matter') return { servesMatterId: chosen };
    return kind === 'milestone' ? { servesMilestoneId: chosen } : {};
  };

  /** Saves; `expectedVersion` re-applies these values over a newer version, after a conflict. */
  const submit = async (expectedVersion?: number) => {
    const days = Number(draft.offsetDays || '0');
    if (draft.dueKind === 'relative' && !Number.isInteger(days)) {
      form.refuse({ dueOffsetDays: [t('actions.form.wholeDays')] });
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
    const saved = action
      ? await form.run(() =>
          update({ input: { id: action.id, expectedVersion: expectedVersion ?? action.version, ...fields } }),
        )
      : await form.run(() => create({ input: { ...fields, ...servedIds() } }));
    if (saved) onDone(draft.title.trim());
  };

  if (choices.error) {
    return (
      <ErrorPanel error={choices.error} onRetry={() => retryChoices({ requestPolicy: 'network-only' })} />
    );
  }
  /** Each field as typed and as the record now holds it, in words, for the conflict panel. */
  const conflictFields = (): ConflictField[] => {
    const current = form.conflict?.current ?? {};
    const participant = (id: unknown) => participants.find((p) => p.id === id)?.name ?? '';
    const role = (value: unknown) => (value ? t(`ownerRole.${value as OwnerRoleName}`) : '');
    const yesNo = (value: unknown) => (value ? t('actions.form.yes') : t('actions.form.no'));
    const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
    const mineOffset =
      draft.dueKind === 'relative' ? (draft.offsetDirection === 'before' ? '-' : '') + draft.offsetDays : '';
    return [
      { name: 'title', label: t('actions.form.title'), mine: draft.title, theirs: text(current.title) },
      {
        name: 'description',
        label: t('actions.form.description'),
        mine: draft.description,
        theirs: text(current.description),
      },
      {
        name: 'ownerRole',
        label: t('actions.form.role'),
        mine: draft.ownerKind === 'role' ? role(draft.ownerRole) : '',
        theirs: role(current.ownerRole),
      },
      {
        name: 'ownerParticipantId',
        label: t('actions.form.participant'),
        mine: draft.ownerKind === 'participant' ? participant(draft.ownerParticipantId) : '',
        theirs: participant(current.ownerParticipantId),
      },
      {
        name: 'dueDate',
        label: t('actions.form.date'),
        mine: draft.dueKind === 'date' ? draft.dueDate : '',
        theirs: text(current.dueDate),
      },
      {
        name: 'dueOffsetDays',
        label: t('actions.form.days'),
        mine: mineOffset,
        theirs: text(current.dueOffsetDays),
      },
      {
        name: 'blocksDecision',
        label: t('actions.form.blocksDecision'),
        mine: yesNo(draft.blocksDecision),
        theirs: yesNo(current.blocksDecision),
      },
    ];
  };

  // The fields are there from the start, so the dialog can put the focus on the first; the choices fill in.
  return (
    <Form form={form} onSubmit={() => submit()} className="form action-form">
      {form.conflict && action && (
        <ConflictPanel
          conflict={form.conflict}
          entityId={action.id}
          version={action.version}
          fields={conflictFields()}
          busy={busy}
          onReapply={(version) => submit(version)}
          onKeepTheirs={onCancel}
        />
      )}
      {!choices.data && <LoadingPanel label={t('actions.form.loading')} />}
      <Field form={form} name="title" label={t('actions.form.title')}>
        {(control) => (
          <input {...control} value={draft.title} onChange={(event) => set('title', event.target.value)} />
        )}
      </Field>
      <Field form={form} name="description" label={t('actions.form.description')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      {!serves && !action && (
        <>
          <Field
            form={form}
            name="servesMilestoneId"
            label={t('actions.form.serves')}
            hint={t('actions.form.servesHint')}
          >
            {(control) => (
              <select
                {...control}
                value={draft.serves}
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
            )}
          </Field>
          <FieldProblems id={`${form.id}-servesMatterId-problems`} messages={form.problems.servesMatterId} />
        </>
      )}
      <fieldset className="form__group">
        <legend>{t('actions.form.owner')}</legend>
        <div className="form__choice">
          <input
            id={`${form.id}-owner-role`}
            type="radio"
            name={`${form.id}-owner`}
            checked={draft.ownerKind === 'role'}
            onChange={() => set('ownerKind', 'role')}
          />
          <label htmlFor={`${form.id}-owner-role`}>{t('actions.form.ownerRole')}</label>
        </div>
        {draft.ownerKind === 'role' && (
          <Field
            form={form}
            name="ownerRole"
            label={t('actions.form.role')}
            hint={t('actions.form.roleHint')}
          >
            {(control) => (
              <select
                {...control}
                value={draft.ownerRole}
                onChange={(event) => set('ownerRole', event.target.value as OwnerRoleName)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`ownerRole.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="form__choice">
          <input
            id={`${form.id}-owner-participant`}
            type="radio"
            name={`${form.id}-owner`}
            checked={draft.ownerKind === 'participant'}
            onChange={() => set('ownerKind', 'participant')}
          />
          <label htmlFor={`${form.id}-owner-participant`}>{t('actions.form.ownerParticipant')}</label>
        </div>
        {draft.ownerKind === 'participant' && (
          <Field form={form} name="ownerParticipantId" label={t('actions.form.participant')}>
            {(control) => (
              <select
                {...control}
                value={draft.ownerParticipantId}
                onChange={(event) => set('ownerParticipantId', event.target.value)}
              >
                <option value="">{t('actions.form.chooseParticipant')}</option>
                {participants.map((participant) => (
                  <option key={participant.id} value={participant.id}>
                    {participant.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </fieldset>
      <fieldset className="form__group">
        <legend>{t('actions.form.due')}</legend>
        <div className="form__choice">
          <input
            id={`${form.id}-due-relative`}
            type="radio"
            name={`${form.id}-due`}
            checked={draft.dueKind === 'relative'}
            onChange={() => set('dueKind', 'relative')}
          />
          <label htmlFor={`${form.id}-due-relative`}>{t('actions.form.dueRelative')}</label>
        </div>
        {draft.dueKind === 'relative' && (
          <div className="form__row">
            <Field form={form} name="dueOffsetDays" label={t('actions.form.days')}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={draft.offsetDays}
                  onChange={(event) => set('offsetDays', event.target.value)}
                />
              )}
            </Field>
            <div className="form__field">
              <label htmlFor={`${form.id}-direction`}>{t('actions.form.direction')}</label>
              <select
                id={`${form.id}-direction`}
                value={draft.offsetDirection}
                onChange={(event) => set('offsetDirection', event.target.value as Draft['offsetDirection'])}
              >
                <option value="before">{t('actions.form.before')}</option>
                <option value="after">{t('actions.form.after')}</option>
              </select>
            </div>
            <Field form={form} name="dueMilestoneId" label={t('actions.form.milestone')}>
              {(control) => (
                <select
                  {...control}
                  value={draft.dueMilestoneId}
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
              )}
            </Field>
          </div>
        )}
        <div className="form__choice">
          <input
            id={`${form.id}-due-date`}
            type="radio"
            name={`${form.id}-due`}
            checked={draft.dueKind === 'date'}
            onChange={() => set('dueKind', 'date')}
          />
          <label htmlFor={`${form.id}-due-date`}>{t('actions.form.dueOnDate')}</label>
        </div>
        {draft.dueKind === 'date' && (
          <Field form={form} name="dueDate" label={t('actions.form.date')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={draft.dueDate}
                onChange={(event) => set('dueDate', event.target.value)}
              />
            )}
          </Field>
        )}
      </fieldset>
      {(servesMatter || action) && (
        <Field
          form={form}
          name="blocksDecision"
          label={t('actions.form.blocksDecision')}
          hint={t('actions.form.blocksHint')}
        >
          {(control) => (
            <input
              {...control}
              type="checkbox"
              checked={draft.blocksDecision}
              onChange={(event) => set('blocksDecision', event.target.checked)}
            />
          )}
        </Field>
      )}
      <div className="form__buttons">
        <SubmitButton busy={busy}>
          {busy ? t('actions.form.saving') : action ? t('actions.form.save') : t('actions.form.add')}
        </SubmitButton>
        <button type="button" onClick={onCancel}>
          {t('actions.form.cancel')}
        </button>
      </div>
    </Form>
  );
}
