import { isActionOpen } from '@prepcom/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import texts from 'virtual:texts/stateOfPlay';
import { useAsOf } from '../app/as-of';
import { useProcessId } from '../app/process';
import type { Position, StateOfPlayScreenQuery } from '../generated/graphql';
import { StateOfPlayScreenDocument } from '../generated/state-of-play/stateOfPlay';
import { useFormat } from '../i18n/format';
import { addTexts, currentLanguage, LANGUAGES, type Language } from '../i18n/i18n';
import { PositionCounts } from '../matter/MatterPositions';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { ownerName } from '../ui/owner';
import { ReadinessBar } from '../ui/ReadinessBar';
import { ReasonsList } from '../ui/ReasonsList';
import { EmptyState, ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { TableScroll } from '../ui/TableScroll';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { MILESTONE_PARAM, stateOfPlaySearch } from './StateOfPlayLink';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

type Report = NonNullable<StateOfPlayScreenQuery['process']>['stateOfPlay'];
type ReportMatter = Report['matters'][number];
type Counts = ReportMatter['positions'];

const asPositions = (counts: Counts): Record<Position, number> => ({
  SUPPORTS: counts.supports,
  CAN_LIVE_WITH: counts.canLiveWith,
  OBJECTS: counts.objects,
  COMMENT: counts.comments,
});

const matterAnchor = (id: string) => `matter-${id}`;

/**
 * What the Co-Chairs circulate before a meeting: a summary first (counts, what is at risk and why, the countdown),
 * then every matter due there with its options, the States Parties' positions, its open actions and what it waits
 * for. The server builds it once for the reader's clearance; the PDF and the CSV files are the same reads.
 */
export function StateOfPlayScreen() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('stateOfPlay.title'));
  const asOf = useAsOf();
  const processId = useProcessId();
  const [search, setSearch] = useSearchParams();
  const milestoneId = search.get(MILESTONE_PARAM) || null;
  const variables = useMemo(
    () => ({ processId, milestoneId, asOf: asOf.instant }),
    [processId, milestoneId, asOf.instant],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: StateOfPlayScreenDocument,
    variables,
    pause: !asOf.ready,
  });
  const process = data?.process;
  const report = process?.stateOfPlay;
  const day = asOf.isLive ? null : asOf.day;

  const chooseMilestone = (id: string) => {
    const next = new URLSearchParams(search);
    if (id) next.set(MILESTONE_PARAM, id);
    else next.delete(MILESTONE_PARAM);
    setSearch(next);
  };

  return (
    <div className="screen state-of-play" aria-busy={fetching}>
      <header className="screen__header">
        <h1>
          {t('stateOfPlay.title')}
          {report && (
            <span className="state-of-play__subject">
              {report.milestone?.title ?? t('stateOfPlay.wholeProcess')}
            </span>
          )}
        </h1>
        {report && <ReaderLine report={report} day={asOf.day} />}
      </header>
      <UpdatingNote updating={fetching && !!report} />
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!report && !error && <LoadingPanel label={t('stateOfPlay.loading')} />}
      {process && report && (
        <>
          <Controls
            milestones={process.dashboard.milestones.map((entry) => entry.milestone)}
            milestoneId={milestoneId}
            onMilestone={chooseMilestone}
            reportSearch={stateOfPlaySearch(processId, milestoneId, day)}
            initialLanguage={
              (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en'
            }
          />
          <Summary report={report} />
          {report.matters.length === 0 ? (
            <EmptyState>{t('stateOfPlay.noMatters')}</EmptyState>
          ) : (
            report.matters.map((entry) => <MatterSection key={entry.matter.id} entry={entry} />)
          )}
          {/* Repeated at the foot of every printed page (a fixed element prints on each page). */}
          <p className="state-of-play__print-footer" aria-hidden="true">
            {t('stateOfPlay.asOf', { date: format.calendarDay(asOf.day) })}
          </p>
        </>
      )}
    </div>
  );
}

function ReaderLine({ report, day }: { report: Report; day: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = [report.preparedFor.person, report.preparedFor.participant].filter(Boolean).join(', ');
  return (
    <div className="screen__subtitle state-of-play__reader">
      <p className="state-of-play__as-of">{t('stateOfPlay.asOf', { date: format.calendarDay(day) })}</p>
      <p>{t('stateOfPlay.preparedFor', { who: who || t('stateOfPlay.visitor') })}</p>
      <p>{t('stateOfPlay.shows', { audience: t(`confidentiality.${report.preparedFor.clearance}`) })}</p>
    </div>
  );
}

function Controls({
  milestones,
  milestoneId,
  onMilestone,
  reportSearch,
  initialLanguage,
}: {
  milestones: readonly { id: string; title: string }[];
  milestoneId: string | null;
  onMilestone: (id: string) => void;
  /** The report's own query string: the downloads read the same process, milestone and day. */
  reportSearch: string;
  initialLanguage: Language;
}) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const milestoneField = useId();
  const languageField = useId();
  const address = (path: string, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams(reportSearch);
    for (const [name, value] of Object.entries(extra)) query.set(name, value);
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  // The spreadsheets' headings and words in the language the dashboard is read in.
  const csv = (file: string) => address(`/exports/${file}.csv`, { lang: currentLanguage() });
  return (
    <section className="state-of-play__controls no-print" aria-label={t('stateOfPlay.choose')}>
      <p className="field">
        <label htmlFor={milestoneField}>{t('stateOfPlay.milestoneLabel')}</label>
        <select
          id={milestoneField}
          value={milestoneId ?? ''}
          onChange={(event) => onMilestone(event.target.value)}
        >
          <option value="">{t('stateOfPlay.wholeProcess')}</option>
          {milestones.map((milestone) => (
            <option key={milestone.id} value={milestone.id}>
              {milestone.title}
            </option>
          ))}
        </select>
      </p>
      <div className="state-of-play__downloads">
        <h2>{t('stateOfPlay.downloads')}</h2>
        <p className="field">
          <label htmlFor={languageField}>{t('stateOfPlay.pdfLanguage')}</label>
          <select
            id={languageField}
            value={language}
            onChange={(event) => setLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.names.${code}`)}
              </option>
            ))}
          </select>{' '}
          <a className="button" href={address('/reports/state-of-play.pdf', { lang: language })} download>
            {t('stateOfPlay.downloadPdf')}
          </a>{' '}
          <button type="button" onClick={() => window.print()}>
            {t('stateOfPlay.print')}
          </button>
        </p>
        <ul className="state-of-play__csv">
          <li>
            <a href={csv('matters')} download>
              {t('stateOfPlay.csvMatters')}
            </a>
          </li>
          <li>
            <a href={csv('positions')} download>
              {t('stateOfPlay.csvPositions')}
            </a>
          </li>
          <li>
            <a href={csv('actions')} download>
              {t('stateOfPlay.csvActions')}
            </a>
          </li>
        </ul>
        <p className="hint">{t('stateOfPlay.csvHint')}</p>
      </div>
    </section>
  );
}

function Summary({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="state-of-play__summary" aria-labelledby="state-of-play-summary">
      {report.daysToMilestone !== null && (
        <p className="state-of-play__countdown">
          {report.daysToMilestone > 0
            ? t('stateOfPlay.countdown', { count: report.daysToMilestone })
            : t('stateOfPlay.meetingStarted')}
        </p>
      )}
      <h2 id="state-of-play-summary">{t('stateOfPlay.summary')}</h2>
      <dl className="state-of-play__figures">
        <div>
          <dt>{t('stateOfPlay.matters')}</dt>
          <dd>{format.number(report.totalMatters)}</dd>
        </div>
        <div>
          <dt>{t('stateOfPlay.open')}</dt>
          <dd>{format.number(report.openMatters)}</dd>
        </div>
        <div>
          <dt>{t('stateOfPlay.openReadiness')}</dt>
          <dd>
            {report.openReadiness === null ? t('app.none') : <ReadinessBar score={report.openReadiness} />}
          </dd>
        </div>
      </dl>
      <p>
        {t('stateOfPlay.statesParties', {
          count: report.statesParties,
          date: format.calendarDay(report.partiesOn),
        })}
      </p>
      <div className="state-of-play__tallies">
        <div>
          <h3>{t('stateOfPlay.byStatus')}</h3>
          <ul className="counts">
            {report.byStatus.map(({ status, count }) => (
              <li key={status}>
                {t(`matterStatus.${status}`)} <span className="counts__count">{format.number(count)}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('stateOfPlay.byHealth')}</h3>
          <ul className="counts">
            {report.byHealth.map(({ health, count }) => (
              <li key={health}>
                <HealthBadge level={health} /> <span className="counts__count">{format.number(count)}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <h3>{t('stateOfPlay.atRisk')}</h3>
      {report.atRisk.length === 0 ? (
        <p className="empty">{t('stateOfPlay.noneAtRisk')}</p>
      ) : (
        <ul className="state-of-play__at-risk">
          {report.atRisk.map((matter) => (
            <li key={matter.id}>
              <a href={`#${matterAnchor(matter.id)}`}>{matter.title}</a>{' '}
              <HealthBadge level={matter.health?.level} />
              {matter.health && <ReasonsList reasons={matter.health.reasons} />}
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t('stateOfPlay.contents')} className="state-of-play__contents no-print">
        <h3>{t('stateOfPlay.contents')}</h3>
        <ol>
          {report.matters.map(({ matter }) => (
            <li key={matter.id}>
              <a href={`#${matterAnchor(matter.id)}`}>{matter.title}</a>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}

function MatterSection({ entry }: { entry: ReportMatter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { matter } = entry;
  const titleId = useId();
  const reasons = [...matter.readiness.reasons, ...(matter.health?.reasons ?? [])];
  const openActions = matter.actions.filter((action) => isActionOpen(action.status));
  const optionCounts = new Map(entry.optionPositions.map((row) => [row.option.id, row.positions]));
  return (
    <section className="state-of-play__matter" id={matterAnchor(matter.id)} aria-labelledby={titleId}>
      <h2 id={titleId}>
        <MatterLink matterId={matter.id}>{matter.title}</MatterLink>
      </h2>
      <dl className="state-of-play__facts">
        <div>
          <dt>{t('stateOfPlay.status')}</dt>
          <dd>{t(`matterStatus.${matter.status}`)}</dd>
        </div>
        <div>
          <dt>{t('stateOfPlay.readiness')}</dt>
          <dd>
            <ReadinessBar score={matter.readiness.score} />
          </dd>
        </div>
        <div>
          <dt>{t('stateOfPlay.health')}</dt>
          <dd>
            <HealthBadge level={matter.health?.level} />
          </dd>
        </div>
      </dl>
      {matter.outcome && (
        <p>
          <strong>{t('stateOfPlay.outcome')}</strong> {matter.outcome}
        </p>
      )}
      {reasons.length > 0 && (
        <>
          <h3>{t('stateOfPlay.why')}</h3>
          <ReasonsList reasons={reasons} />
        </>
      )}
      <h3>{t('stateOfPlay.options')}</h3>
      {matter.options.length === 0 ? (
        <p className="empty">{t('stateOfPlay.noOptions')}</p>
      ) : (
        <TableScroll label={t('stateOfPlay.options')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('stateOfPlay.colOption')}</th>
                <th scope="col">{t('stateOfPlay.colStage')}</th>
                <th scope="col">{t('stateOfPlay.colPositions')}</th>
              </tr>
            </thead>
            <tbody>
              {matter.options.map((option) => (
                <tr key={option.id}>
                  <td>{option.text}</td>
                  <td>{t(`optionStage.${option.stage}`)}</td>
                  <td>
                    <PositionCounts counts={asPositions(optionCounts.get(option.id)!)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>{t('stateOfPlay.positions')}</h3>
      <p>{t('stateOfPlay.onMatter')}</p>
      <PositionCounts counts={asPositions(entry.positions)} />
      {entry.notYetHeard.length === 0 ? (
        <p className="empty">{t('stateOfPlay.allHeard')}</p>
      ) : (
        <p className="state-of-play__not-heard">
          <strong>{t('stateOfPlay.notYetHeard', { count: entry.notYetHeard.length })}</strong>{' '}
          {entry.notYetHeard.map((party) => party.name).join(', ')}
        </p>
      )}
      <h3>{t('stateOfPlay.actions')}</h3>
      {openActions.length === 0 ? (
        <p className="empty">{t('stateOfPlay.noActions')}</p>
      ) : (
        <TableScroll label={t('stateOfPlay.actions')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('stateOfPlay.colAction')}</th>
                <th scope="col">{t('stateOfPlay.colOwner')}</th>
                <th scope="col">{t('stateOfPlay.colDue')}</th>
                <th scope="col">{t('stateOfPlay.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {openActions.map((action) => (
                <tr key={action.id}>
                  <td>{action.title}</td>
                  <td>{ownerName(action, t)}</td>
                  <td>{format.calendarDay(action.due)}</td>
                  <td>{t(`actionStatus.${action.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>{t('stateOfPlay.dependencies')}</h3>
      {matter.dependencies.length === 0 ? (
        <p className="empty">{t('stateOfPlay.noDependencies')}</p>
      ) : (
        <ul>
          {matter.dependencies.map((dependency) => (
            <li key={dependency.id}>
              <MatterLink matterId={dependency.id}>{dependency.title}</MatterLink>{' '}
              <span className="tag">{t(`matterStatus.${dependency.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
