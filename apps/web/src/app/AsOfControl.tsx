import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { parseTypedDay, typedDay, useAsOf, useDecidingEve } from './as-of';

/** The day every screen is shown as of; kept in the address so links and reloads keep it. */
export function AsOfControl() {
  const { t } = useTranslation();
  const format = useFormat();
  const asOf = useAsOf();
  const eve = useDecidingEve();
  const id = useId();
  const hintId = `${id}-hint`;
  // What the person is typing; null while they are not. Only a complete day is applied, and only when they
  // say so (Enter, or leaving the field): a half-typed date never moves the screens.
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const settle = () => {
    if (draft === null) return;
    const day = draft.trim() === '' ? asOf.day : parseTypedDay(draft);
    setRefused(day === null);
    if (day === null) return;
    setDraft(null);
    if (day !== asOf.day) asOf.choose(day);
  };
  const problems = refused ? [t('asOf.notADay', { format: t('asOf.format') })] : undefined;
  return (
    <fieldset className="as-of">
      <legend className="visually-hidden">{t('asOf.legend')}</legend>
      <div className="as-of__field">
        <label htmlFor={id}>{t('asOf.label')}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          size={10}
          placeholder={t('asOf.format')}
          value={draft ?? typedDay(asOf.day)}
          {...fieldAttributes(id, 'day', problems, hintId)}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={settle}
          onKeyDown={(event) => {
            if (event.key === 'Enter') settle();
            if (event.key === 'Escape') {
              setDraft(null);
              setRefused(false);
            }
          }}
        />
        <FieldProblems id={`${id}-day-problems`} messages={problems} />
      </div>
      <div className="as-of__shortcuts">
        {eve && (
          <button
            type="button"
            aria-pressed={!asOf.isLive && asOf.day === eve.day}
            onClick={() => asOf.choose(eve.day)}
          >
            {t('process.eveOf', { meeting: eve.meeting })}{' '}
            <span className="as-of__shortcut-date">{format.calendarDay(eve.day)}</span>
          </button>
        )}
        <button type="button" aria-pressed={asOf.isLive} onClick={() => asOf.choose(null)}>
          {t('asOf.today')}
        </button>
      </div>
      <p id={hintId} className="as-of__hint">
        {asOf.isLive
          ? t('asOf.hintLive')
          : t('asOf.hintPast', { date: format.calendarDay(asOf.day), zone: asOf.timeZone ?? 'UTC' })}
      </p>
    </fieldset>
  );
}
