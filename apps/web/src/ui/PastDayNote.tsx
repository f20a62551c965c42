import { useTranslation } from 'react-i18next';
import { useAsOf } from '../app/as-of';
import { useFormat } from '../i18n/format';

/**
 * Where a screen's controls would be while it shows a past day: nothing can be changed in the past, so it says so
 * and offers to go to today, where the controls are.
 */
export function PastDayNote() {
  const { t } = useTranslation();
  const format = useFormat();
  const asOf = useAsOf();
  if (asOf.isLive) return null;
  return (
    <p className="hint past-day">
      {t('actions.pastDay', { date: format.calendarDay(asOf.day) })}{' '}
      <button type="button" className="button-link" onClick={() => asOf.choose(null)}>
        {t('actions.goToToday')}
      </button>
    </p>
  );
}
