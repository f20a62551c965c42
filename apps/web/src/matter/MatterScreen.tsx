import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLiveRefresh } from '../app/live-changes';
import texts from 'virtual:texts/matter,undoMove';
import { formTextsLoaded } from '../matter-forms/texts';
import { type AsOf, asOfSearch, useAsOf } from '../app/as-of';
import { mayGiveViewOn, mayRecordViewFor } from '@prepcom/domain';
import { type Me, mayReadAudit, useMe } from '../app/session';
import { signInPath } from '../app/SessionMenu';
import type { MatterScreenQuery } from '../generated/graphql';
import { MatterScreenDocument } from '../generated/matter/matter';
import { useFormat } from '../i18n/format';
import { addTexts } from '../i18n/i18n';
import { AddActionButton, EditActionButton } from '../actions/ActionDialogs';
import { ActionTable } from '../actions/ActionTable';
import { mayWriteActions } from '../actions/permissions';
import { actionTextsLoaded } from '../actions/texts';
import { HealthBadge } from '../ui/HealthBadge';
import { MatterLink } from '../ui/MatterLink';
import { PastDayNote } from '../ui/form/PastDayNote';
import { ReadinessBar } from '../ui/ReadinessBar';
import { ReasonsList } from '../ui/ReasonsList';
import { EmptyState, ErrorPanel, LoadingPanel, UpdatingNote } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { MatterHistory } from './MatterHistory';
import { MatterPositions, PositionCounts, ViewsTable } from './MatterPositions';
import { decidedAt, latestViews, positionCounts } from './positions';
import { UndoFinalMove } from './UndoFinalMove';
import { ViewForm } from './ViewForm';
import {
  MatterManagement,
  OptionControls,
  OptionStageHistory,
  TableOptionButton,
} from '../matter-forms/MatterManagement';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = Promise.all([addTexts(texts), formTextsLoaded, actionTextsLoaded]).then(
  () => undefined,
);

type Matter = MatterScreenQuery['matter'];

// A matter with no view yet holds no View for urql's cache to know the page by: it is named here, so that giving
// the first view asks for the page again.
const VIEWS_CONTEXT = { additionalTypenames: ['View'] };

/** Whether this person may give a view here, or why not. */
function viewGiving(
  me: Me | undefined,
  matter: Matter,
  isLive: boolean,
): 'give' | 'signIn' | 'role' | 'past' {
  if (!me?.account) return 'signIn';
  if (!mayGiveViewOn(me.capacities, matter)) return 'role';
  return isLive ? 'give' : 'past';
}

/** Whose views this person may record: their own participant's, or (the support unit) every State Party's. */
function speakingFor(me: Me | undefined, parties: readonly { id: string; name: string }[]) {
  if (!me) return [];
  const person = { participantId: me.participant?.id ?? null, capacities: me.capacities };
  const others = parties.filter(
    (party) => party.id !== me.participant?.id && mayRecordViewFor(person, party.id),
  );
  return others.length > 0 ? others : me.participant ? [me.participant] : [];
}

function Facts({ matter }: { matter: Matter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deciding = matter.decidingMilestone;
  return (
    <dl className="facts">
      <div>
        <dt>{t('matter.facts.status')}</dt>
        <dd>
          <span className="tag">{t(`matterStatus.${matter.status}`)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('matter.facts.deciding')}</dt>
        <dd>
          {deciding.title}
          <span className="muted"> · {format.dateTime(deciding.startsAt, deciding.timeZone)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('matter.facts.readiness')}</dt>
        <dd>
          <ReadinessBar score={matter.readiness.score} />
        </dd>
      </div>
      <div>
        <dt>{t('matter.facts.health')}</dt>
        <dd>
          <HealthBadge level={matter.health?.level} />
        </dd>
      </div>
      <div>
        <dt>{t('matter.facts.audience')}</dt>
        <dd>{t(`confidentiality.${matter.confidentiality}`)}</dd>
      </div>
    </dl>
  );
}

function Outcome({ matter }: { matter: Matter }) {
  const { t } = useTranslation();
  const headingId = useId();
  let body;
  if (matter.status === 'DECIDED') {
    body = (
      <>
        <blockquote className="outcome">{matter.outcome ?? t('matter.outcome.notRecorded')}</blockquote>
        {matter.outcomeMilestone && (
          <p className="muted">
            {t('matter.outcome.decidedAt', { milestone: matter.outcomeMilestone.title })}
          </p>
        )}
      </>
    );
  } else if (matter.status === 'DEFERRED') {
    body = (
      <p>
        {matter.outcomeMilestone
          ? t('matter.outcome.deferredTo', { milestone: matter.outcomeMilestone.title })
          : t('matter.outcome.deferred')}
      </p>
    );
  } else if (matter.status === 'WITHDRAWN') {
    body = <p>{t('matter.outcome.withdrawn')}</p>;
  } else {
    body = (
      <p className="muted">
        {matter.outcome
          ? t('matter.outcome.draft', { outcome: matter.outcome })
          : t('matter.outcome.open', { milestone: matter.decidingMilestone.shortTitle })}
      </p>
    );
  }
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matter.outcome.heading')}</h2>
      {body}
    </section>
  );
}

function Options({ matter, partyIds }: { matter: Matter; partyIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const decided = decidedAt(matter.history, matter.status);
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matter.options.heading', { count: matter.options.length })}</h2>
      <TableOptionButton matter={matter} />
      {matter.options.length === 0 ? (
        <EmptyState>{t('matter.options.none')}</EmptyState>
      ) : (
        <ol className="options">
          {matter.options.map((option, index) => (
            <li key={option.id} className="option">
              <p className="option__text">{option.text}</p>
              <p className="option__meta">
                <span className="tag">{t(`optionStage.${option.stage}`)}</span>{' '}
                {option.proposer
                  ? t('matter.options.tabledBy', {
                      date: format.day(option.tabledAt),
                      proposer: option.proposer.name,
                    })
                  : t('matter.options.tabled', { date: format.day(option.tabledAt) })}
              </p>
              <OptionStageHistory
                steps={matter.optionStageChanges.filter((step) => step.optionId === option.id)}
              />
              <OptionViews option={option} matter={matter} partyIds={partyIds} decided={decided} />
              <OptionControls matter={matter} option={option} number={index + 1} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Where participants stand on one option: the counts, and each latest view behind them. */
function OptionViews({
  option,
  matter,
  partyIds,
  decided,
}: {
  option: Matter['options'][number];
  matter: Matter;
  partyIds: ReadonlySet<string>;
  decided: string | null;
}) {
  const { t } = useTranslation();
  const latest = latestViews(matter.views, option.id);
  return (
    <>
      <PositionCounts counts={positionCounts(latest)} />
      {latest.size > 0 && (
        <details className="matter-section__more">
          <summary>{t('matter.options.views', { count: latest.size })}</summary>
          <ViewsTable
            views={[...latest.values()]}
            partyIds={partyIds}
            decided={decided}
            caption={t('matter.options.viewsCaption')}
          />
        </details>
      )}
    </>
  );
}

/** The actions serving the matter, with the moves the reader may make, and adding or editing one for those who may. */
function Actions({ matter, me, asOf }: { matter: Matter; me: Me | undefined; asOf: AsOf }) {
  const { t } = useTranslation();
  const headingId = useId();
  const writes = mayWriteActions(me);
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matter.actions.heading', { count: matter.actions.length })}</h2>
      {writes && (asOf.isLive ? <AddActionButton serves={{ matterId: matter.id }} /> : <PastDayNote />)}
      {matter.actions.length === 0 ? (
        <EmptyState>{t('matter.actions.none')}</EmptyState>
      ) : (
        <ActionTable
          actions={matter.actions}
          me={me}
          today={asOf.day}
          isLive={asOf.isLive}
          labelledBy={headingId}
          extra={writes ? (action) => <EditActionButton action={action} /> : undefined}
        />
      )}
    </section>
  );
}

function Dependencies({ matter }: { matter: Matter }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matter.dependencies.heading')}</h2>
      {matter.dependencies.length === 0 ? (
        <EmptyState>{t('matter.dependencies.none')}</EmptyState>
      ) : (
        <ul className="dependencies">
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

/** One matter: where it stands, its options, the States' positions, its actions, what it waits for, its history. */
export function MatterScreen() {
  const { t } = useTranslation();
  const { matterId = '' } = useParams();
  const location = useLocation();
  const asOf = useAsOf();
  const { me } = useMe();
  const variables = {
    id: matterId,
    asOf: asOf.instant,
    partiesOn: asOf.day,
    withChanges: mayReadAudit(me),
  };
  // Whether the changes may be read depends on who asks: the query waits until that is known, and the day's end.
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MatterScreenDocument,
    variables,
    pause: !me || !asOf.ready,
    context: VIEWS_CONTEXT,
  });
  // Someone else's change shows without a reload (app/live-changes.tsx).
  useLiveRefresh(() => reexecute({ requestPolicy: 'network-only' }));
  const matter = data?.matter;
  useDocumentTitle(matter?.title ?? t('matter.title'));
  const parties = data?.participants.edges.map((edge) => edge.node) ?? [];
  const partyIds = new Set(parties.map((party) => party.id));
  const giving = matter ? viewGiving(me, matter, asOf.isLive) : null;
  const speakers = speakingFor(me, parties);

  return (
    <div className="screen matter-page" aria-busy={fetching}>
      <p className="back">
        {/* Back to the board of the matter's own process, however the page was reached. */}
        <Link
          to={{
            pathname: '/matters',
            search: asOfSearch({ ...asOf, processId: matter?.process.id ?? asOf.processId }),
          }}
        >
          {t('matter.back')}
        </Link>
      </p>
      <header className="screen__header">
        <h1>{matter?.title ?? t('matter.title')}</h1>
        {matter?.description && <p className="screen__subtitle">{matter.description}</p>}
      </header>
      <UpdatingNote updating={fetching && !!matter} />
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!matter && !error && <LoadingPanel label={t('matter.loading')} />}
      {matter && (
        <>
          <Facts matter={matter} />
          {(matter.readiness.reasons.length > 0 || (matter.health?.reasons.length ?? 0) > 0) && (
            <details className="reasons">
              <summary>
                {t('matter.why', {
                  count: matter.readiness.reasons.length + (matter.health?.reasons.length ?? 0),
                })}
              </summary>
              <ReasonsList reasons={[...matter.readiness.reasons, ...(matter.health?.reasons ?? [])]} />
            </details>
          )}
          <div className="matter-page__grid">
            <div className="matter-page__main">
              {asOf.isLive && <UndoFinalMove matter={matter} />}
              <Outcome matter={matter} />
              <Options matter={matter} partyIds={partyIds} />
              <Actions matter={matter} me={me} asOf={asOf} />
              <Dependencies matter={matter} />
            </div>
            <div className="matter-page__side">
              <MatterManagement matter={matter} />
              <MatterPositions
                matter={matter}
                parties={parties}
                partiesTotal={data.participants.totalCount}
              />
              {giving === 'give' && speakers.length > 0 && (
                <ViewForm matter={matter} participants={speakers} />
              )}
              {giving && giving !== 'give' && (
                <p className="hint">
                  {t(`matter.viewHint.${giving}`)}
                  {giving === 'signIn' && (
                    <>
                      {' '}
                      <Link to={signInPath(location)}>{t('session.signIn')}</Link>
                    </>
                  )}
                </p>
              )}
            </div>
          </div>
          <MatterHistory matter={matter} parties={parties} />
        </>
      )}
    </div>
  );
}
