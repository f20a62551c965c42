import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { EVE_OF_FIFTH_MEETING, useAsOf, validIsoDate } from './as-of';

/** The day every screen is shown as of; kept in the address so links and reloads keep it. */
export function AsOfControl() {
  const { t } = useTranslation();
  const format = useFormat();
  const asOf = useAsOf();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <fieldset className="as-of">
      <legend className="visually-hidden">{t('asOf.legend')}</legend>
      <div className="as-of__field">
        <label htmlFor={id}>{t('asOf.label')}</label>
        <input
          id={id}
          type="date"
          value={asOf.day}
          aria-describedby={hintId}
          onChange={(event) => {
            // A half-typed or cleared date keeps the last complete one.
            if (validIsoDate(event.target.value)) asOf.choose(event.target.value);
          }}
        />
      </div>
      <div className="as-of__shortcuts">
        <button
          type="button"
          aria-pressed={!asOf.isLive && asOf.day === EVE_OF_FIFTH_MEETING}
          onClick={() => asOf.choose(EVE_OF_FIFTH_MEETING)}
        >
          {t('asOf.eveOfFifthMeeting')}{' '}
          <span className="as-of__shortcut-date">{format.calendarDay(EVE_OF_FIFTH_MEETING)}</span>
        </button>
        <button type="button" aria-pressed={asOf.isLive} onClick={() => asOf.choose(null)}>
          {t('asOf.today')}
        </button>
      </div>
      <p id={hintId} className="as-of__hint">
        {asOf.isLive ? t('asOf.hintLive') : t('asOf.hintPast', { date: format.calendarDay(asOf.day) })}
      </p>
    </fieldset>
  );
}
