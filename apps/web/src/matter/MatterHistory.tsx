import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterScreenQuery } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { EmptyState } from '../ui/StatePanels';
import { TableScroll } from '../ui/TableScroll';

type Matter = MatterScreenQuery['matter'];
type Change = NonNullable<Matter['changes']>[number];

/** The records a matter's changes are about, as the audit trail names their tables. */
const ENTITIES = ['matter', 'matter_option', 'action', 'participant_view', 'matter_dependency'] as const;
type Entity = (typeof ENTITIES)[number];
const isEntity = (type: string): type is Entity => (ENTITIES as readonly string[]).includes(type);

/** A changed value as text: words as they are, anything else (numbers, lists, ids) as JSON. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Names, by id, of what the matter's changes refer to: its options, actions, views and the participants. */
function namesOf(matter: Matter, parties: readonly { id: string; name: string }[]): Map<string, string> {
  const names = new Map<string, string>(parties.map((party) => [party.id, party.name]));
  names.set(matter.id, matter.title);
  for (const option of matter.options) names.set(option.id, option.text);
  for (const action of matter.actions) names.set(action.id, action.title);
  for (const view of matter.views) {
    names.set(view.participant.id, view.participant.name);
    names.set(view.id, view.participant.name);
  }
  return names;
}

function Changes({
  matter,
  changes,
  parties,
}: {
  matter: Matter;
  changes: readonly Change[];
  parties: Props['parties'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = namesOf(matter, parties);
  const newestFirst = [...changes].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const value = (v: unknown) => valueText(v) ?? t('app.none');
  return (
    <TableScroll label={t('matter.history.changesCaption')}>
      <table>
        <caption className="visually-hidden">{t('matter.history.changesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matter.history.colWhen')}</th>
            <th scope="col">{t('matter.history.colWhat')}</th>
            <th scope="col">{t('matter.history.colField')}</th>
            <th scope="col">{t('matter.history.colBefore')}</th>
            <th scope="col">{t('matter.history.colAfter')}</th>
            <th scope="col">{t('matter.history.colBy')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((change) => (
            <tr key={change.id}>
              <th scope="row">{format.dateTime(change.at)}</th>
              <td>
                {isEntity(change.entityType)
                  ? t(`matter.history.entity.${change.entityType}`)
                  : change.entityType}
                {change.entityType !== 'matter' && names.has(change.entityId) && (
                  <span className="history__entity">{names.get(change.entityId)}</span>
                )}
              </td>
              <td>
                <code>{change.field}</code>
              </td>
              <td className="history__value">
                {change.action === 'CREATE' ? t('app.none') : value(change.oldValue)}
              </td>
              <td className="history__value">{value(change.newValue)}</td>
              <td>{(change.participantId && names.get(change.participantId)) || t('app.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Transitions({ matter }: { matter: Matter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const newestFirst = [...matter.history].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <ul className="history__steps">
      {newestFirst.map((step) => (
        <li key={step.id}>
          <time dateTime={step.at}>{format.day(step.at)}</time>{' '}
          {step.fromStatus
            ? t('matter.history.moved', {
                from: t(`matterStatus.${step.fromStatus}`),
                to: t(`matterStatus.${step.toStatus}`),
              })
            : t('matter.history.created', { to: t(`matterStatus.${step.toStatus}`) })}
          {step.note && <span className="history__note">{step.note}</span>}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  matter: Matter;
  parties: readonly { id: string; name: string }[];
}

/**
 * The matter's history. Those who may read the audit trail see every change with its old and new values; everyone
 * else sees the steps of its workflow, which is what the API shows them.
 */
export function MatterHistory({ matter, parties }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const changes = matter.changes;
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matter.history.heading')}</h2>
      {changes ? (
        <>
          <p className="muted">{t('matter.history.changesIntro')}</p>
          {changes.length === 0 ? (
            <EmptyState>{t('matter.history.noChanges')}</EmptyState>
          ) : (
            <Changes matter={matter} changes={changes} parties={parties} />
          )}
        </>
      ) : (
        <>
          <p className="muted">{t('matter.history.stepsIntro')}</p>
          {matter.history.length === 0 ? (
            <EmptyState>{t('matter.history.noSteps')}</EmptyState>
          ) : (
            <Transitions matter={matter} />
          )}
        </>
      )}
    </section>
  );
}
