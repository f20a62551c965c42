import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

/** Under a list read page after page: how far it has come, or that it was cut short. */
export function ListStatus({ fetching, shown, total }: { fetching: boolean; shown: number; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const numbers = { shown: format.number(shown), total: format.number(total) };
  return (
    <p className="muted" role="status">
      {fetching ? t('list.loadingMore', numbers) : shown < total ? t('list.cut', numbers) : ''}
    </p>
  );
}
