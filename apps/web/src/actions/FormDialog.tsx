import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog around a form: the browser's own <dialog>, so Escape closes it, the page behind is inert and the
 * focus returns to the button that opened it. The focus starts on the first field.
 */
export function FormDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: (titleId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal?.();
    element.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="form-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="form-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-small" onClick={onClose}>
          {t('actions.form.close')}
        </button>
      </div>
      {children(titleId)}
    </dialog>
  );
}
