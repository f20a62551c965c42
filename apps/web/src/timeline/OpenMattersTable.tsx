import { HealthBadge } from './HealthBadge';
import { ReadinessBar } from './ReadinessBar';
import { labelOf, strings } from './strings';
import type { MatterData, ReasonData } from './types';

function ReasonList({ heading, reasons }: { heading: string; reasons: readonly ReasonData[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="reasons__group">
      <p className="reasons__heading">{heading}</p>
      <ul className="reasons__list">
        {reasons.map((r, i) => (
          <li key={`${r.code}-${i}`}>
            {r.message} <code className="reasons__code">{r.code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Reasons({ matter }: { matter: MatterData }) {
  const readiness = matter.readiness.reasons;
  const health = matter.health?.reasons ?? [];
  const total = readiness.length + health.length;
  if (total === 0) return <span className="muted">{strings.reasonsSummary(0)}</span>;
  return (
    <details className="reasons">
      <summary>{strings.reasonsSummary(total)}</summary>
      <ReasonList heading={strings.readinessReasons} reasons={readiness} />
      <ReasonList heading={strings.healthReasons} reasons={health} />
    </details>
  );
}

export function OpenMattersTable({
  matters,
  asOfText,
}: {
  matters: readonly MatterData[];
  asOfText: string;
}) {
  return (
    <section className="matters" aria-labelledby="matters-heading">
      <h2 id="matters-heading">{strings.mattersHeading}</h2>
      {matters.length === 0 ? (
        <p className="empty" role="status">
          {strings.noOpenMatters(asOfText)}
        </p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="matters-heading">
          <table>
            <caption className="visually-hidden">{strings.mattersCaption(asOfText)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.colMatter}</th>
                <th scope="col">{strings.colStatus}</th>
                <th scope="col">{strings.colDecidingMilestone}</th>
                <th scope="col">{strings.colReadiness}</th>
                <th scope="col">{strings.colHealth}</th>
                <th scope="col">{strings.colReasons}</th>
              </tr>
            </thead>
            <tbody>
              {matters.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.title}</th>
                  <td>{labelOf(strings.matterStatus, m.status)}</td>
                  <td>{m.decidingMilestone.shortTitle}</td>
                  <td>
                    <ReadinessBar score={m.readiness.score} />
                  </td>
                  <td>
                    <HealthBadge level={m.health?.level} />
                  </td>
                  <td>
                    <Reasons matter={m} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
