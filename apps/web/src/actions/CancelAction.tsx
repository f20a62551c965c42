import type { ActionStatus } from '@prepcom/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useHoldLiveUpdates } from '../app/live-changes';
import { MoveActionDocument } from '../generated/actions/moveAction';
import { ConflictPanel } from '../ui/form/ConflictPanel';
import { Dialog } from '../ui/form/Dialog';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

const FIELDS = ['note'] as const;

/**
 * Cancelling an action, in a dialog: the reason is asked for (the server requires it and keeps it with the
 * action), and what was typed stays until it is sent.
 */
export function CancelActionDialog({
  action,
  onClose,
}: {
  action: { id: string; version: number; title: string };
  onClose: (cancelled: boolean) => void;
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS, { otherProblemsAt: 'note' });
  const [note, setNote] = useState('');
  const [{ fetching }, move] = useMutation(MoveActionDocument);
  useHoldLiveUpdates(note !== '');

  const send = async (expectedVersion = action.version) => {
    const moved = await form.run(() =>
      move({ input: { actionId: action.id, to: 'CANCELLED', note, expectedVersion } }),
    );
    if (moved) onClose(true);
  };

  return (
    <Dialog title={t('actions.cancel.title', { title: action.title })} onClose={() => onClose(false)}>
      <Form form={form} onSubmit={() => send()}>
        {form.conflict && (
          <ConflictPanel
            conflict={form.conflict}
            entityId={action.id}
            version={action.version}
            fields={[
              {
                name: 'status',
                label: t('actions.colStatus'),
                mine: t('actionStatus.CANCELLED'),
                theirs: form.conflict.current?.status
                  ? t(`actionStatus.${String(form.conflict.current.status) as ActionStatus}`)
                  : '',
              },
            ]}
            busy={fetching}
            onReapply={(version) => void send(version)}
            onKeepTheirs={() => onClose(false)}
          />
        )}
        <Field
          form={form}
          name="note"
          label={t('actions.cancel.reason')}
          hint={t('actions.cancel.reasonHint')}
        >
          {(control) => (
            <textarea {...control} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          )}
        </Field>
        <div className="form__buttons">
          <SubmitButton busy={fetching}>
            {fetching ? t('actions.move.saving') : t('actions.cancel.confirm')}
          </SubmitButton>
          <button type="button" onClick={() => onClose(false)}>
            {t('actions.cancel.keep')}
          </button>
        </div>
      </Form>
    </Dialog>
  );
}
