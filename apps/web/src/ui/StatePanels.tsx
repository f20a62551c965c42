import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorText } from './errors';

export function LoadingPanel({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="panel panel--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function ErrorPanel({
  error,
  onRetry,
  title,
}: {
  error: CombinedError;
  onRetry: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="panel panel--error" role="alert">
      <h2>{title ?? t('state.errorTitle')}</h2>
      <p className="panel__message">{errorText(error, t)}</p>
      <button type="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="empty" role="status">
      {children}
    </p>
  );
}

/** Shown above a screen while newer data for it loads; the previous data stays readable meanwhile. */
export function UpdatingNote({ updating }: { updating: boolean }) {
  const { t } = useTranslation();
  return (
    <p className="updating" role="status">
      {updating ? t('state.updating') : ''}
    </p>
  );
}
