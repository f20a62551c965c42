import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionForm, type EditedAction, type Serves } from './ActionForm';
import { Dialog } from '../ui/form/Dialog';

/** "Add an action": opens the form in a dialog, and says so once the action is added. */
export function AddActionButton({ serves }: { serves: Serves }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState('');
  return (
    <div className="add-action">
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setAdded('');
          setOpen(true);
        }}
      >
        {t('actions.add')}
      </button>
      <p className="form__success" role="status">
        {added}
      </p>
      {open && (
        <Dialog title={t('actions.form.addTitle')} onClose={() => setOpen(false)}>
          <ActionForm
            serves={serves}
            onCancel={() => setOpen(false)}
            onDone={(title) => {
              setOpen(false);
              setAdded(t('actions.added', { title }));
            }}
          />
        </Dialog>
      )}
    </div>
  );
}

/** "Edit" on one action's row, for those who write actions. */
export function EditActionButton({ action }: { action: EditedAction }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  return (
    <>
      <button
        type="button"
        className="button-small"
        aria-haspopup="dialog"
        aria-label={t('actions.editNamed', { title: action.title })}
        onClick={() => {
          setSaved('');
          setOpen(true);
        }}
      >
        {t('actions.edit')}
      </button>
      <span className="form__success" role="status">
        {saved}
      </span>
      {open && (
        <Dialog title={t('actions.form.editTitle', { title: action.title })} onClose={() => setOpen(false)}>
          <ActionForm
            serves={null}
            action={action}
            onCancel={() => setOpen(false)}
            onDone={() => {
              setOpen(false);
              setSaved(t('actions.saved'));
            }}
          />
        </Dialog>
      )}
    </>
  );
}
