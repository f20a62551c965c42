import { type Confidentiality, visibleTiers } from '@prepcom/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useMe } from '../app/session';
import { CreateOptionDocument } from '../generated/matter-forms/createOption';
import { UpdateOptionDocument } from '../generated/matter-forms/updateOption';
import { type ConflictField, ConflictPanel } from '../ui/form/ConflictPanel';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

const FIELDS = ['text', 'proposerId', 'confidentiality'] as const;

// An option's stage and count weigh in the matter's readiness: the screens that show it ask again.
export const OPTION_CHANGES = { additionalTypenames: ['Matter', 'Option', 'Dashboard', 'Process'] };

interface OptionValues {
  text: string;
  /** '' for no proposer. */
  proposerId: string;
  confidentiality: Confidentiality;
}

interface Props {
  matterId: string;
  /** The option as loaded, to edit; absent to table a new one. */
  option?: {
    id: string;
    version: number;
    text: string;
    confidentiality: Confidentiality;
    proposer?: { id: string } | null;
  };
  /** The matter's audience: a new option's, unless narrowed. */
  matterConfidentiality: Confidentiality;
  participants: readonly { id: string; name: string }[];
  onDone?: () => void;
}

/**
 * An option's text, who proposed it and who may see it: tabling a new one on a matter, or editing one. Only what
 * the person changed is sent, so an edit re-applied over someone else's keeps their other changes.
 */
export function OptionForm({ matterId, option, matterConfidentiality, participants, onDone }: Props) {
  const { t } = useTranslation();
  const { me } = useMe();
  const form = useForm(FIELDS);
  const loaded: OptionValues = {
    text: option?.text ?? '',
    proposerId: option?.proposer?.id ?? '',
    confidentiality: option?.confidentiality ?? matterConfidentiality,
  };
  const [values, setValues] = useState<OptionValues>(loaded);
  const [{ fetching: creating }, create] = useMutation(CreateOptionDocument);
  const [{ fetching: updating }, update] = useMutation(UpdateOptionDocument);
  const busy = creating || updating;
  const set = <K extends keyof OptionValues>(key: K, value: OptionValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const tiers = me ? visibleTiers(me.clearance) : [];

  const save = async (expectedVersion?: number) => {
    if (option) {
      const input = {
        id: option.id,
        expectedVersion: expectedVersion ?? option.version,
        ...(values.text !== loaded.text ? { text: values.text } : {}),
        ...(values.proposerId !== loaded.proposerId ? { proposerId: values.proposerId || null } : {}),
        ...(values.confidentiality !== loaded.confidentiality
          ? { confidentiality: values.confidentiality }
          : {}),
      };
      const saved = await form.run(
        () => update({ input }, OPTION_CHANGES),
        () => t('matterForms.option.saved'),
      );
      if (saved) onDone?.();
      return;
    }
    const saved = await form.run(
      () =>
        create(
          {
            input: {
              matterId,
              text: values.text,
              ...(values.proposerId ? { proposerId: values.proposerId } : {}),
              confidentiality: values.confidentiality,
            },
          },
          OPTION_CHANGES,
        ),
      () => t('matterForms.option.tabled'),
    );
    if (saved) {
      setValues(loaded);
      onDone?.();
    }
  };

  const conflictFields = (): ConflictField[] => {
    const current = form.conflict?.current ?? {};
    const proposer = (id: unknown) => participants.find((p) => p.id === id)?.name ?? '';
    return [
      {
        name: 'text',
        label: t('matterForms.option.text'),
        mine: values.text,
        theirs: String(current.text ?? ''),
      },
      {
        name: 'proposerId',
        label: t('matterForms.option.proposer'),
        mine: proposer(values.proposerId),
        theirs: proposer(current.proposerId),
      },
      {
        name: 'confidentiality',
        label: t('matterForms.option.confidentiality'),
        mine: t(`confidentiality.${values.confidentiality}`),
        theirs: current.confidentiality
          ? t(`confidentiality.${String(current.confidentiality) as Confidentiality}`)
          : '',
      },
    ];
  };

  return (
    <Form form={form} onSubmit={() => save()}>
      {form.conflict && option && (
        <ConflictPanel
          conflict={form.conflict}
          entityId={option.id}
          version={option.version}
          fields={conflictFields()}
          busy={busy}
          onReapply={(version) => save(version)}
          onKeepTheirs={() => onDone?.()}
        />
      )}
      <Field form={form} name="text" label={t('matterForms.option.text')}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={values.text}
            onChange={(event) => set('text', event.target.value)}
          />
        )}
      </Field>
      <Field form={form} name="proposerId" label={t('matterForms.option.proposer')}>
        {(control) => (
          <select
            {...control}
            value={values.proposerId}
            onChange={(event) => set('proposerId', event.target.value)}
          >
            <option value="">{t('matterForms.option.noProposer')}</option>
            {participants.map((participant) => (
              <option key={participant.id} value={participant.id}>
                {participant.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="confidentiality" label={t('matterForms.option.confidentiality')}>
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
      <SubmitButton busy={busy}>
        {busy
          ? t('matterForms.saving')
          : option
            ? t('matterForms.option.save')
            : t('matterForms.option.table')}
      </SubmitButton>
    </Form>
  );
}
