import { type ComponentType, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  onClose: () => void;
}

/** Whether a key press is typing into a field, where "/" is a character and not the shortcut. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The header's search: a button, and the shortcuts "/" and Ctrl+K (⌘K), that open the search dialog. The dialog's
 * code and texts load when it is first opened, so the first screen carries only this button.
 */
export function SearchLauncher() {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  const [open, setOpen] = useState(false);

  const openSearch = useCallback(() => {
    void import('./SearchDialog').then(async (module) => {
      await module.textsLoaded;
      setDialog(() => module.SearchDialog);
      setOpen(true);
    });
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut =
        (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target)) ||
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
      if (!shortcut) return;
      event.preventDefault();
      openSearch();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openSearch]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className="search-launcher"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K"
        onClick={openSearch}
      >
        {t('search.open')}{' '}
        <kbd className="search-launcher__key" aria-hidden="true">
          /
        </kbd>
      </button>
      {open && Dialog && <Dialog onClose={close} />}
    </>
  );
}
