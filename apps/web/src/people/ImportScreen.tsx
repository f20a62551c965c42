import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ImportStatesPartiesDocument } from '../generated/people/importStatesParties';
import { BusyButton } from '../ui/BusyButton';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { ImportPreviewTable, type ImportResult } from './ImportPreviewTable';
import { PeopleFrame } from './PeopleFrame';

export { textsLoaded } from './PeopleFrame';

const FIELDS = ['csv'] as const;
// The participants' lists ask again once an import has written.
const IMPORT_CHANGES = { additionalTypenames: ['Participant'] };

/**
 * Imports States Parties and signatories from a CSV: the file is read in the browser, the server previews the import
 * (the same import, rolled back), and nothing is written until the person confirms that preview.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('people.import.title'));
  const form = useForm(FIELDS);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [{ fetching }, importCsv] = useMutation(ImportStatesPartiesDocument);

  const choose = async (chosen: File | undefined) => {
    form.clear();
    setPreview(null);
    setDone(null);
    setFile(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };

  const previewImport = async () => {
    if (!file) {
      form.refuse({ csv: [t('people.import.chooseFirst')] });
      return;
    }
    setDone(null);
    const data = await form.run(() => importCsv({ input: { csv: file.text, dryRun: true } }));
    setPreview(data?.importStatesParties ?? null);
  };

  const confirm = async () => {
    if (!file) return;
    const data = await form.run(
      () => importCsv({ input: { csv: file.text, dryRun: false } }, IMPORT_CHANGES),
      ({ importStatesParties: result }) =>
        t('people.import.saved', { added: result.added, changed: result.changed, refused: result.refused }),
    );
    if (data) {
      setPreview(null);
      setDone(data.importStatesParties);
    }
  };

  const writes = preview ? preview.added + preview.changed : 0;
  return (
    <PeopleFrame title={t('people.import.title')} intro={t('people.import.intro')}>
      <section className="panel">
        <Form form={form} onSubmit={previewImport} label={t('people.import.formLabel')}>
          <Field form={form} name="csv" label={t('people.import.file')} hint={t('people.import.fileHint')}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,text/csv"
                onChange={(event) => void choose(event.target.files?.[0])}
              />
            )}
          </Field>
          <SubmitButton busy={fetching} className={preview ? 'button-secondary' : 'button-primary'}>
            {t('people.import.preview')}
          </SubmitButton>
        </Form>
        {preview && (
          <div className="import-confirm">
            <p>
              {writes > 0
                ? t('people.import.confirmText', { count: writes, file: file?.name ?? '' })
                : t('people.import.nothingToWrite')}
            </p>
            {writes > 0 && (
              <BusyButton className="button-primary" busy={fetching} onClick={() => void confirm()}>
                {t('people.import.confirm', { count: writes })}
              </BusyButton>
            )}
          </div>
        )}
      </section>
      {preview && <ImportPreviewTable result={preview} />}
      {done && <ImportPreviewTable result={done} />}
    </PeopleFrame>
  );
}
