import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPhrases, sayPhrase } from '../i18n/phrases';

/**
 * Why a matter is as ready or as healthy as it is, each reason in the reader's language (from its code and
 * parameters) with its stable code. Until the catalogue's sentences are in, the server's English stands in.
 */
export function ReasonsList({
  reasons,
}: {
  reasons: readonly { code: string; message: string; params?: unknown }[];
}) {
  useTranslation(); // said again when the language changes
  const [, setLoaded] = useState(false);
  useEffect(() => {
    let mounted = true;
    void loadPhrases().then(() => mounted && setLoaded(true));
    return () => {
      mounted = false;
    };
  }, []);
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
