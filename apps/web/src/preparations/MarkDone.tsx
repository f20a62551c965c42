import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { MoveActionDocument } from '../generated/actions/moveAction';
import { problemsOf } from '../ui/errors';
import { Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import type { PreparationAction } from './preparations';

/**
 * "Mark done" for the actions selected in the worklist, one move each (each with the version it was read at), so one
 * refused move stops none of the others: those done leave the selection, those refused stay in it, each with the
 * server's reason under the button.
 */
export function MarkDone({
  selected,
  onMarked,
  onClear,
}: {
  selected: readonly PreparationAction[];
  onMarked: (ids: string[]) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<never>([]);
  const [{ fetching }, move] = useMutation(MoveActionDocument);

  const submit = async () => {
    if (selected.length === 0) {
      form.refuse({ form: [t('actions.bulk.none')] });
      return;
    }
    const marked: string[] = [];
    const failures: string[] = [];
    for (const action of selected) {
      const result = await move({
        input: { actionId: action.id, to: 'DONE', expectedVersion: action.version },
      });
      if (result.error) {
        for (const problem of problemsOf(result.error, t))
          failures.push(t('actions.bulk.failed', { title: action.title, message: problem.message }));
      } else marked.push(action.id);
    }
    await form.run(
      async () => ({ data: marked.length, error: undefined }),
      (count) => (count > 0 ? t('actions.bulk.done', { count }) : null),
    );
    if (failures.length > 0) form.refuse({ form: failures });
    onMarked(marked);
  };

  return (
    <Form form={form} onSubmit={submit} className="form mark-done" label={t('actions.bulk.label')}>
      <div className="form__buttons">
        <SubmitButton busy={fetching}>
          {fetching ? t('actions.bulk.working') : t('actions.bulk.markDone', { count: selected.length })}
        </SubmitButton>
        {selected.length > 0 && (
          <button type="button" onClick={onClear}>
            {t('actions.bulk.clear')}
          </button>
        )}
      </div>
    </Form>
  );
}
