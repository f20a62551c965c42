import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { asOfSearch } from '../app/as-of';
import { CopyProcessDocument } from '../generated/processes/copyProcess';
import { CreateProcessDocument } from '../generated/processes/createProcess';
import type { ProcessesScreenQuery } from '../generated/graphql';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

type Process = ProcessesScreenQuery['processes']['edges'][number]['node'];

const FIELDS = [
  'sourceProcessId',
  'title',
  'conveningBody',
  'targetEvent',
  'description',
  'milestonesMovedSoTargetOpensOn',
  'copyMatters',
] as const;

/**
 * A new process, empty or started from an existing one: the next Review Conference's preparations begin with much
 * the same questions, so its milestones can follow the same road on new dates and its matters start as identified.
 */
export function NewProcessForm({ processes }: { processes: readonly Process[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(FIELDS);
  const [sourceId, setSourceId] = useState('');
  const [title, setTitle] = useState('');
  const [conveningBody, setConveningBody] = useState('');
  const [targetEvent, setTargetEvent] = useState('');
  const [description, setDescription] = useState('');
  const [copyMilestones, setCopyMilestones] = useState(true);
  const [targetOpensOn, setTargetOpensOn] = useState('');
  const [copyMatters, setCopyMatters] = useState(true);
  const [created, create] = useMutation(CreateProcessDocument);
  const [copied, copy] = useMutation(CopyProcessDocument);
  const source = processes.find((process) => process.id === sourceId);

  const chooseSource = (id: string) => {
    setSourceId(id);
    // The body that convenes the next round is most often the same one.
    const chosen = processes.find((process) => process.id === id);
    if (chosen && !conveningBody.trim()) setConveningBody(chosen.conveningBody);
  };

  const submit = async () => {
    if (source && copyMilestones && !targetOpensOn) {
      form.refuse({ milestonesMovedSoTargetOpensOn: [t('processes.form.dayNeeded')] });
      return;
    }
    const fields = { title, conveningBody, targetEvent, description };
    const data = source
      ? (
          await form.run(() =>
            copy({
              input: {
                ...fields,
                sourceProcessId: source.id,
                ...(copyMilestones ? { milestonesMovedSoTargetOpensOn: targetOpensOn } : {}),
                copyMatters: copyMilestones && copyMatters,
              },
            }),
          )
        )?.copyProcess
      : (await form.run(() => create({ input: fields })))?.createProcess;
    if (data)
      await navigate({ pathname: '/', search: asOfSearch({ processId: data.id, isLive: true, day: '' }) });
  };

  return (
    <Form form={form} onSubmit={submit} className="form new-process">
      <Field form={form} name="sourceProcessId" label={t('processes.form.startFrom')}>
        {(control) => (
          <select {...control} value={sourceId} onChange={(event) => chooseSource(event.target.value)}>
            <option value="">{t('processes.form.startEmpty')}</option>
            {processes.map((process) => (
              <option key={process.id} value={process.id}>
                {process.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="title" label={t('processes.form.title')}>
        {(control) => <input {...control} value={title} onChange={(event) => setTitle(event.target.value)} />}
      </Field>
      <Field
        form={form}
        name="conveningBody"
        label={t('processes.form.conveningBody')}
        hint={t('processes.form.conveningBodyHint')}
      >
        {(control) => (
          <input
            {...control}
            value={conveningBody}
            onChange={(event) => setConveningBody(event.target.value)}
          />
        )}
      </Field>
      <Field form={form} name="targetEvent" label={t('processes.form.targetEvent')}>
        {(control) => (
          <input {...control} value={targetEvent} onChange={(event) => setTargetEvent(event.target.value)} />
        )}
      </Field>
      <Field form={form} name="description" label={t('processes.form.description')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      {source ? (
        <fieldset className="new-process__copy">
          <legend>{t('processes.form.copyLegend', { title: source.title })}</legend>
          <p className="form__hint">{t('processes.form.shared')}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={copyMilestones}
              onChange={(event) => setCopyMilestones(event.target.checked)}
            />{' '}
            {t('processes.form.copyMilestones')}
          </label>
          {copyMilestones && (
            <Field
              form={form}
              name="milestonesMovedSoTargetOpensOn"
              label={t('processes.form.targetOpensOn')}
              hint={t('processes.form.targetOpensOnHint')}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={targetOpensOn}
                  onChange={(event) => setTargetOpensOn(event.target.value)}
                />
              )}
            </Field>
          )}
          {copyMilestones && (
            <Field form={form} name="copyMatters" label={t('processes.form.copyMatters')}>
              {(control) => (
                <input
                  {...control}
                  type="checkbox"
                  checked={copyMatters}
                  onChange={(event) => setCopyMatters(event.target.checked)}
                />
              )}
            </Field>
          )}
          <p className="form__hint">{t('processes.form.notCopied')}</p>
        </fieldset>
      ) : (
        <p className="form__hint">{t('processes.form.emptyHint')}</p>
      )}
      <SubmitButton busy={created.fetching || copied.fetching}>
        {source ? t('processes.form.copy') : t('processes.form.create')}
      </SubmitButton>
    </Form>
  );
}
