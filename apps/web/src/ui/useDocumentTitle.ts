import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the screen in the browser tab and for screen readers, in the chosen language. */
export function useDocumentTitle(screen: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { screen });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
