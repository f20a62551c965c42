import { type Confidentiality, visibleTiers } from '@prepcom/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useMe } from '../app/session';
import { CreateMatterDocument } from '../generated/matter-forms/createMatter';
import { UpdateMatterDocument } from '../generated/matter-forms/updateMatter';
import { MatterLink } from '../ui/MatterLink';
import { type ConflictField, ConflictPanel } from '../ui/form/ConflictPanel';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

const FIELDS = ['title', 'description', 'decidingMilestoneId', 'confidentiality'] as const;

// Every screen that lists matters or counts them asks again after a matter is made or changed.
const MATTER_CHANGES = { additionalTypenames: ['Matter', 'Process', 'Dashboard', 'Milestone'] };

export interface MatterValues {
  title: string;
  description: string;
  decidingMilestoneId: string;
  confidentiality: Confidentiality;
  observersMayGiveViews: boolean;
}

interface Props {
  /** The matter as loaded, to edit; absent to create one. */
  matter?: MatterValues & { id: string; version: number };
  /** A new matter's first values (its deciding milestone when created from the timeline). */
  initial?: Partial<MatterValues>;
  /** The process a new matter joins. */
  processId: string;
  milestones: readonly { id: string; shortTitle: string }[];
  onDone?: (matter: { id: string; title: string }) => void;
}

const EMPTY: MatterValues = {
  title: '',
  description: '',
  decidingMilestoneId: '',
  confidentiality: 'STATES_PARTIES',
  observersMayGiveViews: false,
};

/** Only what the person changed: an edit re-applied over someone else's keeps their other changes. */
function changed(values: MatterValues, loaded: MatterValues): Partial<MatterValues> {
  return Object.fromEntries(
    (Object.keys(values) as (keyof MatterValues)[])
      .filter((key) => values[key] !== loaded[key])
      .map((key) => [key, values[key]]),
  );
}

/**
 * A matter's title, description, deciding milestone, audience and whether observers may give views: a new one, or
 * an edit of one. The audiences offered are those the person may see (the server refuses a narrower one).
 */
export function MatterForm({ matter, initial, processId, milestones, onDone }: Props) {
  const { t } = useTranslation();
  const { me } = useMe();
  const form = useForm(FIELDS);
  const loaded: MatterValues = matter ?? { ...EMPTY, ...initial };
  const [values, setValues] = useState<MatterValues>(loaded);
  const [created, setCreated] = useState<{ id: string; title: string } | null>(null);
  const [{ fetching: creating }, create] = useMutation(CreateMatterDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateMatterDocument);
  const busy = creating || updating;
  const set = <K extends keyof MatterValues>(key: K, value: MatterValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const tiers = me ? visibleTiers(me.clearance) : [];

  const save = async (expectedVersion?: number) => {
    if (matter) {
      const saved = await form.run(
        () =>
          update(
            {
              input: {
                id: matter.id,
                expectedVersion: expectedVersion ?? matter.version,
                ...changed(values, matter),
              },
            },
            MATTER_CHANGES,
          ),
        () => t('matterForms.matter.saved'),
      );
      if (saved) onDone?.(saved.updateMatter);
      return;
    }
    const saved = await form.run(
      () =>
        create(
          {
            input: {
              processId,
              ...values,
              title: values.title.trim(),
            },
          },
          MATTER_CHANGES,
        ),
      (data) => t('matterForms.matter.created', { title: data.createMatter.title }),
    );
    if (saved) {
      setCreated(saved.createMatter);
      onDone?.(saved.createMatter);
    }
  };

  const conflictFields = (): ConflictField[] => {
    const current = form.conflict?.current ?? {};
    const word = (key: keyof MatterValues, value: unknown): string => {
      if (key === 'confidentiality') return t(`confidentiality.${String(value) as Confidentiality}`);
      if (key === 'observersMayGiveViews') return value ? t('matterForms.yes') : t('matterForms.no');
      if (key === 'decidingMilestoneId') return milestones.find((m) => m.id === value)?.shortTitle ?? '';
      return typeof value === 'string' ? value : '';
    };
    return (Object.keys(values) as (keyof MatterValues)[]).map((key) => ({
      name: key,
      label: t(`matterForms.matter.${key}`),
      mine: word(key, values[key]),
      theirs: word(key, current[key]),
    }));
  };

  return (
    <Form form={form} onSubmit={() => save()}>
      {form.conflict && matter && (
        <ConflictPanel
          conflict={form.conflict}
          entityId={matter.id}
          version={matter.version}
          fields={conflictFields()}
          busy={busy}
          onReapply={(version) => save(version)}
          onKeepTheirs={() => onDone?.(matter)}
        />
      )}
      <Field form={form} name="title" label={t('matterForms.matter.title')}>
        {(control) => (
          <input {...control} value={values.title} onChange={(event) => set('title', event.target.value)} />
        )}
      </Field>
      <Field form={form} name="description" label={t('matterForms.matter.description')}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <Field
        form={form}
        name="decidingMilestoneId"
        label={t('matterForms.matter.decidingMilestoneId')}
        hint={matter ? t('matterForms.matter.decidingHint') : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={values.decidingMilestoneId}
            onChange={(event) => set('decidingMilestoneId', event.target.value)}
          >
            <option value="">{t('matterForms.matter.chooseMilestone')}</option>
            {milestones.map((milestone) => (
              <option key={milestone.id} value={milestone.id}>
                {milestone.shortTitle}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="confidentiality" label={t('matterForms.matter.confidentiality')}>
        {(control) => (
          <select
            {...control}
            value={values.confidentiality}
            onChange={(event) => set('confidentiality', event.target.value as Confidentiality)}
          >
            {tiers.map((tier) => (
              <option key={tier} value={tier}>
                {t(`confidentiality.${tier}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__check">
        <input
          id={`${form.id}-observersMayGiveViews`}
          type="checkbox"
          checked={values.observersMayGiveViews}
          onChange={(event) => set('observersMayGiveViews', event.target.checked)}
        />
        <label htmlFor={`${form.id}-observersMayGiveViews`}>
          {t('matterForms.matter.observersMayGiveViews')}
        </label>
      </div>
      <SubmitButton busy={busy}>
        {busy
          ? t('matterForms.saving')
          : matter
            ? t('matterForms.matter.save')
            : t('matterForms.matter.create')}
      </SubmitButton>
      {created && (
        <p>
          <MatterLink matterId={created.id}>
            {t('matterForms.matter.open', { title: created.title })}
          </MatterLink>
        </p>
      )}
    </Form>
  );
}
