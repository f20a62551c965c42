import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrganisationType, ParticipantKind, ParticipantPeopleQuery } from '../generated/graphql';
import { CreateParticipantDocument } from '../generated/people/createParticipant';
import { UpdateParticipantDocument } from '../generated/people/updateParticipant';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

export type EditedParticipant = Omit<ParticipantPeopleQuery['participant'], 'people'>;

const FIELDS = [
  'kind',
  'name',
  'iso3',
  'organisationType',
  'depositedOn',
  'becamePartyOn',
  'regionalGroup',
] as const;
const ORGANISATION_TYPES: readonly OrganisationType[] = [
  'INTERNATIONAL',
  'NON_GOVERNMENTAL',
  'SECRETARIAT',
  'UNITED_NATIONS',
];
const CHANGES = { additionalTypenames: ['Participant'] };

/** Text typed, or null when left empty: the API clears an optional field given null. */
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * A participant added or edited: a State (its code, deposit and entry into force) or an organisation (its type).
 * The server's rules (a State has no organisation type, only a State becomes party, …) answer next to the fields.
 */
export function ParticipantForm({
  participant,
  onDone,
}: {
  participant?: EditedParticipant;
  onDone: (saved: { id: string }) => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [values, setValues] = useState({
    kind: (participant?.kind ?? 'STATE') as ParticipantKind,
    name: participant?.name ?? '',
    iso3: participant?.iso3 ?? '',
    organisationType: participant?.organisationType ?? '',
    depositedOn: participant?.depositedOn ?? '',
    becamePartyOn: participant?.becamePartyOn ?? '',
    regionalGroup: participant?.regionalGroup ?? '',
  });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const [create, createParticipant] = useMutation(CreateParticipantDocument);
  const [update, updateParticipant] = useMutation(UpdateParticipantDocument);
  const isState = values.kind === 'STATE';

  const submit = async () => {
    const fields = {
      name: values.name,
      iso3: isState ? orNull(values.iso3.toUpperCase()) : null,
      organisationType: isState ? null : ((values.organisationType || null) as OrganisationType | null),
      depositedOn: isState ? orNull(values.depositedOn) : null,
      becamePartyOn: isState ? orNull(values.becamePartyOn) : null,
      regionalGroup: orNull(values.regionalGroup),
    };
    if (participant) {
      const data = await form.run(
        () =>
          updateParticipant(
            { input: { id: participant.id, expectedVersion: participant.version, ...fields } },
            CHANGES,
          ),
        () => t('people.participant.saved'),
      );
      if (data) onDone(data.updateParticipant);
      return;
    }
    // A new record leaves out what is empty rather than sending null.
    const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
    const data = await form.run(() =>
      createParticipant({ input: { kind: values.kind, name: values.name, ...given } }, CHANGES),
    );
    if (data) onDone(data.createParticipant);
  };

  return (
    <Form form={form} onSubmit={submit}>
      {!participant && (
        <Field form={form} name="kind" label={t('people.participant.kind')}>
          {(control) => (
            <select {...control} value={values.kind} onChange={set('kind')}>
              <option value="STATE">{t('people.participant.kinds.STATE')}</option>
              <option value="ORGANISATION">{t('people.participant.kinds.ORGANISATION')}</option>
            </select>
          )}
        </Field>
      )}
      <Field form={form} name="name" label={t('people.participant.name')}>
        {(control) => <input {...control} value={values.name} onChange={set('name')} autoComplete="off" />}
      </Field>
      {isState ? (
        <>
          <Field
            form={form}
            name="iso3"
            label={t('people.participant.iso3')}
            hint={t('people.participant.iso3Hint')}
          >
            {(control) => <input {...control} value={values.iso3} onChange={set('iso3')} maxLength={3} />}
          </Field>
          <Field
            form={form}
            name="depositedOn"
            label={t('people.participant.depositedOn')}
            hint={t('people.participant.depositedOnHint')}
          >
            {(control) => (
              <input {...control} type="date" value={values.depositedOn} onChange={set('depositedOn')} />
            )}
          </Field>
          <Field
            form={form}
            name="becamePartyOn"
            label={t('people.participant.becamePartyOn')}
            hint={t('people.participant.becamePartyOnHint')}
          >
            {(control) => (
              <input {...control} type="date" value={values.becamePartyOn} onChange={set('becamePartyOn')} />
            )}
          </Field>
        </>
      ) : (
        <Field form={form} name="organisationType" label={t('people.participant.organisationType')}>
          {(control) => (
            <select {...control} value={values.organisationType} onChange={set('organisationType')}>
              <option value="">{t('people.participant.chooseType')}</option>
              {ORGANISATION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`organisationType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field form={form} name="regionalGroup" label={t('people.participant.regionalGroup')}>
        {(control) => <input {...control} value={values.regionalGroup} onChange={set('regionalGroup')} />}
      </Field>
      <SubmitButton busy={create.fetching || update.fetching}>
        {participant ? t('people.participant.save') : t('people.participant.add')}
      </SubmitButton>
    </Form>
  );
}
