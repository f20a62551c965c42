import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import texts from 'virtual:texts/failedJobs';
import { useMe } from '../app/session';
import { signInPath } from '../app/SessionMenu';
import { FailedNotificationJobsDocument } from '../generated/failed-jobs/failedNotificationJobs';
import { RetryAllFailedNotificationJobsDocument } from '../generated/failed-jobs/retryAllFailedNotificationJobs';
import { RetryNotificationJobDocument } from '../generated/failed-jobs/retryNotificationJob';
import type { FailedNotificationJobsQuery } from '../generated/graphql';
import { addTexts } from '../i18n/i18n';
import { useFormat } from '../i18n/format';
import { BusyButton } from '../ui/BusyButton';
import { errorText } from '../ui/errors';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { TableScroll } from '../ui/TableScroll';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

type Job = FailedNotificationJobsQuery['failedNotificationJobs']['edges'][number]['node'];
type Outcome = { failed: boolean; text: string };

/** Who a job was delivering to: an address, or for a batch (up to 64 people) their number, opening on the list. */
function Recipients({ emails }: { emails: readonly string[] }) {
  const { t } = useTranslation();
  if (emails.length === 0) return <>{t('app.none')}</>;
  if (emails.length === 1) return <>{emails[0]}</>;
  return (
    <details>
      <summary>{t('failedJobs.recipients', { count: emails.length })}</summary>
      <ul>
        {emails.map((email) => (
          <li key={email}>{email}</li>
        ))}
      </ul>
    </details>
  );
}

function RetryButton({ job, onOutcome }: { job: Job; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const [{ fetching }, retry] = useMutation(RetryNotificationJobDocument);
  return (
    <BusyButton
      busy={fetching}
      aria-label={t('failedJobs.retryOne', { id: job.id })}
      onClick={async () => {
        const result = await retry({ id: job.id });
        onOutcome(
          result.error
            ? { failed: true, text: errorText(result.error, t) }
            : { failed: false, text: t('failedJobs.retried', { count: 1 }) },
        );
      }}
    >
      {t('failedJobs.retry')}
    </BusyButton>
  );
}

/**
 * Notification jobs that failed for good (a refused address, a mail server down past the last retry), with their
 * error, for administrators to send again one by one or all at once. Sent again, a job leaves the list.
 */
export function FailedJobsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('failedJobs.title'));
  const format = useFormat();
  const location = useLocation();
  const headingId = useId();
  const { me } = useMe();
  const allowed = !!me?.permissions.includes('notificationJobs.manage');
  const [jobs, reexecute] = useQuery({
    query: FailedNotificationJobsDocument,
    pause: !allowed,
    requestPolicy: 'cache-and-network',
  });
  const [retryingAll, retryAll] = useMutation(RetryAllFailedNotificationJobsDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const report = (next: Outcome) => {
    setOutcome(next);
    reexecute({ requestPolicy: 'network-only' });
  };
  const list = jobs.data?.failedNotificationJobs;

  return (
    <div className="screen" aria-busy={jobs.fetching}>
      <header className="screen__header">
        <h1>{t('failedJobs.title')}</h1>
        <p className="screen__subtitle">{t('failedJobs.intro')}</p>
      </header>
      {!me && <LoadingPanel />}
      {me && !me.account && (
        <p className="hint">
          {t('list.signInFirst')} <Link to={signInPath(location)}>{t('session.signIn')}</Link>
        </p>
      )}
      {me?.account && !allowed && <p className="hint">{t('failedJobs.notAllowed')}</p>}
      {allowed && (
        <>
          <div role="status">
            {outcome && (
              <p className={outcome.failed ? 'field-problems' : 'action-outcome'}>{outcome.text}</p>
            )}
          </div>
          {jobs.error && !list && (
            <ErrorPanel error={jobs.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
          )}
          {!list && !jobs.error && <LoadingPanel />}
          {list && (
            <section className="panel" aria-labelledby={headingId}>
              <h2 id={headingId}>{t('failedJobs.heading', { count: list.totalCount })}</h2>
              {list.totalCount === 0 ? (
                <EmptyState>{t('failedJobs.none')}</EmptyState>
              ) : (
                <>
                  <BusyButton
                    className="button-primary"
                    busy={retryingAll.fetching}
                    onClick={async () => {
                      const result = await retryAll({});
                      report(
                        result.error
                          ? { failed: true, text: errorText(result.error, t) }
                          : {
                              failed: false,
                              text: t('failedJobs.retried', {
                                count: result.data!.retryAllFailedNotificationJobs.length,
                              }),
                            },
                      );
                    }}
                  >
                    {t('failedJobs.retryAll')}
                  </BusyButton>
                  <TableScroll labelledBy={headingId}>
                    <table>
                      <caption className="visually-hidden">{t('failedJobs.caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('failedJobs.colJob')}</th>
                          <th scope="col">{t('failedJobs.colRecipient')}</th>
                          <th scope="col">{t('failedJobs.colError')}</th>
                          <th scope="col">{t('failedJobs.colFailedAt')}</th>
                          <th scope="col">{t('failedJobs.colActions')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.edges.map(({ node: job }) => (
                          <tr key={job.id}>
                            <th scope="row">
                              {[job.kind, job.eventType, job.channel].filter(Boolean).join(' · ')}
                              <span className="muted block">{job.id}</span>
                            </th>
                            <td>
                              <Recipients emails={job.recipientEmails} />
                            </td>
                            <td>
                              {job.failureReason}
                              <span className="muted block">
                                {t('failedJobs.attempts', { count: job.attemptsMade })}
                              </span>
                            </td>
                            <td>{job.failedAt ? format.dateTime(job.failedAt) : t('app.none')}</td>
                            <td>
                              <RetryButton job={job} onOutcome={report} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                </>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
