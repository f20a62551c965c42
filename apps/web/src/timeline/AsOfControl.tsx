import { useId } from 'react';
import { formatIsoDate, isIsoDate, todayIsoDate } from './format';
import { strings } from './strings';

/** 14 September 2003: the day before the Fifth Meeting of the States Parties opened in Bangkok. */
export const EVE_OF_FIFTH_MEETING = '2003-09-14';

interface Props {
  value: string; // YYYY-MM-DD
  onChange: (isoDate: string) => void;
}

export function AsOfControl({ value, onChange }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <fieldset className="as-of">
      <legend className="visually-hidden">{strings.asOfLegend}</legend>
      <div className="as-of__field">
        <label htmlFor={id}>{strings.asOfLabel}</label>
        <input
          id={id}
          type="date"
          value={value}
          aria-describedby={hintId}
          onChange={(e) => {
            // A half-typed or cleared date keeps the last complete one.
            if (isIsoDate(e.target.value)) onChange(e.target.value);
          }}
        />
      </div>
      <div className="as-of__shortcuts">
        <button type="button" onClick={() => onChange(EVE_OF_FIFTH_MEETING)}>
          {strings.asOfEveOfFifthMeeting}{' '}
          <span className="as-of__shortcut-date">{formatIsoDate(EVE_OF_FIFTH_MEETING)}</span>
        </button>
        <button type="button" onClick={() => onChange(todayIsoDate())}>
          {strings.asOfToday}
        </button>
      </div>
      <p id={hintId} className="as-of__hint">
        {strings.asOfHint}
      </p>
    </fieldset>
  );
}
