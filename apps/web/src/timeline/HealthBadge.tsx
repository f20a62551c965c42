import type { Health } from '../generated/graphql';
import { labelOf, strings } from './strings';

// An icon character beside the words, so that colour is never the only signal.
const ICON: Record<Health, string> = { ON_TRACK: '✓', AT_RISK: '▲', OFF_TRACK: '✕' };

export function HealthBadge({ level }: { level: Health | null | undefined }) {
  if (!level) {
    return (
      <span className="health health--none">
        <span className="health__icon" aria-hidden="true">
          –
        </span>
        {strings.notAssessed}
      </span>
    );
  }
  return (
    <span className={`health health--${level.toLowerCase().replace('_', '-')}`}>
      <span className="health__icon" aria-hidden="true">
        {ICON[level] ?? '?'}
      </span>
      {labelOf(strings.health, level)}
    </span>
  );
}
