import { useTranslation } from 'react-i18next';
import type { Health } from '../generated/graphql';

// An icon beside the words, so that colour is never the only signal.
const ICON: Record<Health, string> = { ON_TRACK: '✓', AT_RISK: '▲', OFF_TRACK: '✕' };
const NOT_ASSESSED_ICON = '–';

export function HealthBadge({ level }: { level: Health | null | undefined }) {
  const { t } = useTranslation();
  const modifier = level ? level.toLowerCase().replace('_', '-') : 'none';
  return (
    <span className={`health health--${modifier}`}>
      <span className="health__icon" aria-hidden="true">
        {level ? (ICON[level] ?? '?') : NOT_ASSESSED_ICON}
      </span>
      {level ? t(`health.${level}`, { defaultValue: level }) : t('health.notAssessed')}
    </span>
  );
}
