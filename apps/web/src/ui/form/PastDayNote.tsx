import { useTranslation } from 'react-i18next';
import { useAsOf } from '../../app/as-of';
import { useFormat } from '../../i18n/format';

/**
 * Where a screen's controls would be when it shows a past day: writes happen today, so it says so and offers to go
 * to today. Nothing while the screen is live.
 */
export function PastDayNote() {
  const { t } = useTranslation();
  const format = useFormat();
  const asOf = useAsOf();
  if (asOf.isLive) return null;
  return (
    <p className="hint past-day">
      {t('form.pastDay', { day: format.calendarDay(asOf.day) })}{' '}
      <button type="button" onClick={() => asOf.choose(null)}>
        {t('form.toToday')}
      </button>
    </p>
  );
}
