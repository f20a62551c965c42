import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A calendar address on the host the person is using (the API names its configured one, which may be another name
 * of the same server, such as `localhost` for `127.0.0.1`), and its `webcal:` twin that calendar programs open.
 */
export function feedAddresses(address: string, origin: string): { https: string; webcal: string } {
  const given = new URL(address, origin);
  const here = new URL(`${given.pathname}${given.search}`, origin).toString();
  return { https: here, webcal: here.replace(/^https?:/, 'webcal:') };
}

/** A calendar address shown whole, with a button that copies it and a link that subscribes to it. */
export function FeedAddress({ address, label }: { address: string; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { https, webcal } = feedAddresses(address, window.location.origin);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(https);
      setCopied('copied');
    } catch {
      // Some browsers refuse the clipboard (no secure context, a denied permission): the text is selected instead.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied('failed');
    }
  };
  return (
    <div className="feed-address">
      <label htmlFor={id}>{label}</label>
      <input id={id} readOnly value={https} onFocus={(event) => event.target.select()} />
      <div className="feed-address__actions">
        <button type="button" onClick={() => void copy()}>
          {t('calendar.copy')}
        </button>
        <a href={webcal}>{t('calendar.subscribe')}</a>
        <span role="status" className="feed-address__status">
          {copied && t(copied === 'copied' ? 'calendar.copied' : 'calendar.copyRefused')}
        </span>
      </div>
    </div>
  );
}
