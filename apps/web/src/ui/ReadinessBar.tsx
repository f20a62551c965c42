import { useFormat } from '../i18n/format';

/** A readiness score as a number and a bar; the number carries the meaning, the bar is decoration. */
export function ReadinessBar({ score }: { score: number }) {
  const format = useFormat();
  const width = Math.min(100, Math.max(0, Math.round(score)));
  return (
    <span className="readiness">
      <span className="readiness__number">{format.percent(score)}</span>
      <span className="readiness__track" aria-hidden="true">
        <span className="readiness__fill" style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}
