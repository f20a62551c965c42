import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { MyWorkDocument } from '../generated/overview/myWork';
import type { MyWorkQuery } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { MatterLink } from '../ui/MatterLink';
import { ErrorPanel } from '../ui/StatePanels';
import { useProcessId } from '../app/process';

/** The open matters a participant has not yet spoken on (as a whole), and its actions not done, soonest due first. */
export function workOf(data: MyWorkQuery, participantId: string) {
  const awaiting = data.process.matters.edges
    .map((edge) => edge.node)
    .filter((matter) => !matter.views.some((view) => view.participant.id === participantId && !view.option));
  const actions = data.process.actions.edges
    .map((edge) => edge.node)
    .filter((action) => action.owner?.id === participantId)
    .sort((a, b) => a.due.localeCompare(b.due));
  return { awaiting, actions };
}

/** On the overview of a signed-in delegate: what waits on their participant, each a link to where it is done. */
export function MyWork({ participant }: { participant: { id: string; name: string } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const processId = useProcessId();
  const [{ data, error }, reexecute] = useQuery({ query: MyWorkDocument, variables: { processId } });
  if (error) return <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const { awaiting, actions } = workOf(data, participant.id);
  return (
    <section className="panel my-work" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.myWork.heading', { participant: participant.name })}</h2>
      <h3>
        {t('overview.myWork.awaiting', { count: awaiting.length, shown: format.number(awaiting.length) })}
      </h3>
      {awaiting.length > 0 && (
        <ul>
          {awaiting.map((matter) => (
            <li key={matter.id}>
              <MatterLink matterId={matter.id}>{matter.title}</MatterLink>{' '}
              <span className="muted">{matter.decidingMilestone.shortTitle}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('overview.myWork.actions', { count: actions.length, shown: format.number(actions.length) })}</h3>
      {actions.length > 0 && (
        <ul>
          {actions.map((action) => (
            <li key={action.id}>
              {action.servesMatter ? (
                <MatterLink matterId={action.servesMatter.id}>{action.title}</MatterLink>
              ) : (
                action.title
              )}{' '}
              <span className="muted">
                {t('overview.myWork.due', { date: format.calendarDay(action.due) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
