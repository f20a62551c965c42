import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ParticipantPeopleQuery } from '../generated/graphql';
import { CreatePersonDocument } from '../generated/people/createPerson';
import { UpdatePersonDocument } from '../generated/people/updatePerson';
import { LANGUAGES } from '../i18n/i18n';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

export type EditedPerson = ParticipantPeopleQuery['participant']['people'][number];

const FIELDS = ['name', 'title', 'email', 'phone', 'language'] as const;
const CHANGES = { additionalTypenames: ['Person'] };
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** A person added to a participant or edited: name, function, email, phone and the language to write in. */
export function PersonForm({
  participantId,
  person,
  onDone,
}: {
  participantId: string;
  person?: EditedPerson;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [values, setValues] = useState({
    name: person?.name ?? '',
    title: person?.title ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    language: person?.language ?? '',
  });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const [create, createPerson] = useMutation(CreatePersonDocument);
  const [update, updatePerson] = useMutation(UpdatePersonDocument);

  const submit = async () => {
    const fields = {
      title: orNull(values.title),
      email: orNull(values.email),
      phone: orNull(values.phone),
      language: orNull(values.language),
    };
    const data = person
      ? await form.run(() =>
          updatePerson(
            { input: { id: person.id, expectedVersion: person.version, name: values.name, ...fields } },
            CHANGES,
          ),
        )
      : await form.run(() =>
          createPerson(
            {
              input: {
                participantId,
                name: values.name,
                ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)),
              },
            },
            CHANGES,
          ),
        );
    if (data) onDone();
  };

  return (
    <Form form={form} onSubmit={submit}>
      <Field form={form} name="name" label={t('people.person.name')}>
        {(control) => <input {...control} value={values.name} onChange={set('name')} autoComplete="off" />}
      </Field>
      <Field form={form} name="title" label={t('people.person.title')} hint={t('people.person.titleHint')}>
        {(control) => <input {...control} value={values.title} onChange={set('title')} />}
      </Field>
      <Field form={form} name="email" label={t('people.person.email')}>
        {(control) => <input {...control} type="email" value={values.email} onChange={set('email')} />}
      </Field>
      <Field form={form} name="phone" label={t('people.person.phone')}>
        {(control) => <input {...control} type="tel" value={values.phone} onChange={set('phone')} />}
      </Field>
      <Field form={form} name="language" label={t('people.person.language')}>
        {(control) => (
          <select {...control} value={values.language} onChange={set('language')}>
            <option value="">{t('people.person.languageUnknown')}</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.names.${language}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton busy={create.fetching || update.fetching}>
        {person ? t('people.person.save') : t('people.person.add')}
      </SubmitButton>
    </Form>
  );
}
