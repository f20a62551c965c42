import { clampScore, formatPercent } from './format';

/** A readiness score as a number and a bar; the number carries the meaning, the bar is decoration. */
export function ReadinessBar({ score }: { score: number }) {
  const value = clampScore(score);
  return (
    <span className="readiness">
      <span className="readiness__number">{formatPercent(score)}</span>
      <span className="readiness__track" aria-hidden="true">
        <span className="readiness__fill" style={{ width: `${value}%` }} />
      </span>
    </span>
  );
}
