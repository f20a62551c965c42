import { useMemo, useState } from 'react';
import { type CombinedError, useQuery } from 'urql';
import { TimelineScreenDocument } from '../generated/graphql';
import { AsOfControl } from './AsOfControl';
import { asOfInstant, formatIsoDate, todayIsoDate, validIsoDate } from './format';
import { MilestoneTimeline } from './MilestoneTimeline';
import { OpenMattersTable } from './OpenMattersTable';
import { strings } from './strings';
import { SummaryTiles } from './SummaryTiles';

/** The messages of a failed query, without urql's `[GraphQL]`/`[Network]` prefixes. */
export function errorMessage(error: CombinedError): string {
  const messages = error.graphQLErrors.map((e) => e.message);
  if (error.networkError) messages.push(error.networkError.message);
  return messages.filter(Boolean).join('\n') || error.message || strings.unknownError;
}

function ErrorPanel({ error, onRetry }: { error: CombinedError; onRetry: () => void }) {
  return (
    <div className="panel panel--error" role="alert">
      <h2>{strings.errorTitle}</h2>
      <p className="panel__message">{errorMessage(error)}</p>
      <button type="button" onClick={onRetry}>
        {strings.retry}
      </button>
    </div>
  );
}

function LoadingPanel() {
  return (
    <div className="panel panel--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {strings.loading}
    </div>
  );
}

export interface TimelineScreenProps {
  /** The initial as-of day, `YYYY-MM-DD`; the page's `?asOf=` or today where the user is if not given. */
  initialDate?: string;
}

/** The as-of day lives in the address (`?asOf=2003-09-14`), so a view of the past can be shared as a link. */
function useAsOfDate(initialDate: string | undefined): [string, (date: string) => void] {
  const [date, setDate] = useState(
    () =>
      initialDate ?? validIsoDate(new URLSearchParams(window.location.search).get('asOf')) ?? todayIsoDate(),
  );
  const choose = (next: string) => {
    setDate(next);
    const url = new URL(window.location.href);
    url.searchParams.set('asOf', next);
    window.history.replaceState(null, '', url);
  };
  return [date, choose];
}

export function TimelineScreen({ initialDate }: TimelineScreenProps) {
  const [date, setDate] = useAsOfDate(initialDate);
  const asOf = asOfInstant(date);
  const variables = useMemo(() => ({ asOf }), [asOf]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TimelineScreenDocument, variables });
  const process = data?.process;
  const asOfText = formatIsoDate(date);

  return (
    <div className="screen">
      <header className="masthead">
        <div className="masthead__inner">
          <p className="brand">{strings.brand}</p>
          <h1>{process?.title ?? strings.fallbackTitle}</h1>
          {process && <p className="masthead__target">{strings.towards(process.targetEvent)}</p>}
        </div>
      </header>
      <main className="content" aria-busy={fetching}>
        <AsOfControl value={date} onChange={setDate} />
        <p className="updating" role="status">
          {fetching && process ? strings.updating : ''}
        </p>
        {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        {!process && !error && <LoadingPanel />}
        {process && (
          <>
            <SummaryTiles dashboard={process.dashboard} asOfText={asOfText} />
            <div className="columns">
              <MilestoneTimeline
                milestones={process.milestones.edges.map((e) => e.node)}
                asOf={process.dashboard.asOf || asOf}
                nextMilestoneId={process.dashboard.nextMilestone?.id ?? null}
              />
              <OpenMattersTable matters={process.matters.edges.map((e) => e.node)} asOfText={asOfText} />
            </div>
          </>
        )}
      </main>
    </div>
  );
}
