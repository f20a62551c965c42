import { useTranslation } from 'react-i18next';
import { sayPhrase } from '../i18n/phrases';

/**
 * Why a matter is as ready or as healthy as it is, each reason in the reader's language (from its code and
 * parameters) with its stable code.
 */
export function ReasonsList({
  reasons,
}: {
  reasons: readonly { code: string; message: string; params?: unknown }[];
}) {
  useTranslation(); // said again when the language changes
  return (
    <ul className="reasons__list">
      {reasons.map((reason, i) => (
        <li key={`${reason.code}-${i}`}>
          {sayPhrase(reason)} <code className="reasons__code">{reason.code}</code>
        </li>
      ))}
    </ul>
  );
}
