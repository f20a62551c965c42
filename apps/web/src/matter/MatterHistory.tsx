import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatterScreenQuery } from '../generated/graphql';
import { useFormat } from '../i18n/format';
import { EmptyState } from '../ui/StatePanels';
import { type HistoryWords, historyEntries, type TextDiff, wordDiff } from './history';

type Matter = MatterScreenQuery['matter'];

/** Fields whose values are one of a fixed set, with the section of the texts that names them. */
const ENUM_SECTIONS: Record<string, string> = {
  status: 'actionStatus',
  stage: 'optionStage',
  position: 'position',
  confidentiality: 'confidentiality',
  ownerRole: 'ownerRole',
};
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const KNOWN_ENTITIES = ['matter', 'matter_option', 'action', 'participant_view', 'matter_dependency'];

/** A changed text, the words removed struck through and those added underlined, each said aloud as such. */
function Diff({ diff }: { diff: TextDiff }) {
  const { t } = useTranslation();
  return (
    <p className="history__diff">
      {wordDiff(diff.before, diff.after).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index}>
            <span className="visually-hidden">{t('matter.history.removed')} </span>
            {part.text}
          </del>
        ) : (
          <ins key={index}>
            <span className="visually-hidden">{t('matter.history.added')} </span>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}

interface Props {
  matter: Matter;
  parties: readonly { id: string; name: string }[];
}

/**
 * The matter's history, one for everyone: its workflow steps in sentences, and for those who may read the audit
 * trail (the API sends them `changes`), every change to it, its options, actions and views, one entry per change,
 * with names instead of ids and a changed text shown as what was removed and added.
 */
export function MatterHistory({ matter, parties }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const words: HistoryWords = {
    none: t('app.none'),
    enumValue: (field, value) => {
      const section = ENUM_SECTIONS[field];
      if (section) return t(`${section}.${value}` as never, { defaultValue: value });
      if (value === 'true' || value === 'false')
        return t(`matter.history.${value === 'true' ? 'yes' : 'no'}`);
      if (ISO_DAY.test(value)) return format.calendarDay(value);
      if (ISO_INSTANT.test(value)) return format.dateTime(value);
      return value;
    },
    field: (field) => t(`matter.history.field.${field}` as never, { defaultValue: field }),
    step: (from, to) =>
      from
        ? t('matter.history.stepMoved', {
            from: t(`matterStatus.${from}` as never),
            to: t(`matterStatus.${to}` as never),
          })
        : t('matter.history.stepCreated', { to: t(`matterStatus.${to}` as never) }),
    viewGiven: (who, position, option) =>
      option
        ? t('matter.history.viewGivenOnOption', { who, position, option })
        : t('matter.history.viewGiven', { who, position }),
    viewChanged: (who, from, to, option) =>
      option
        ? t('matter.history.viewChangedOnOption', { who, from, to, option })
        : t('matter.history.viewChanged', { who, from, to }),
    optionTabled: (number) => t('matter.history.optionTabled', { number }),
    optionMoved: (number, from, to) => t('matter.history.optionMoved', { number, from, to }),
    actionAdded: (title) => t('matter.history.actionAdded', { title }),
    dependencyAdded: (title) => t('matter.history.dependencyAdded', { title }),
    changed: (what, field) => t('matter.history.changed', { what, field }),
    changedFromTo: (what, field, from, to) => t('matter.history.changedFromTo', { what, field, from, to }),
    what: (entityType, name) =>
      t(`matter.history.what.${KNOWN_ENTITIES.includes(entityType) ? entityType : 'other'}` as never, {
        name: name ?? t('app.none'),
      }),
  };
  const entries = historyEntries(matter, parties, words);
  return (
    <section className="panel matter-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matter.history.heading')}</h2>
      <p className="muted">{matter.changes ? t('matter.history.introChanges') : t('matter.history.intro')}</p>
      {entries.length === 0 ? (
        <EmptyState>{t('matter.history.noSteps')}</EmptyState>
      ) : (
        <ol className="history__entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>
                {entry.id.startsWith('step:') ? format.day(entry.at) : format.dateTime(entry.at)}
              </time>{' '}
              {entry.sentences.join(' ')}
              {entry.note && <span className="history__note">{entry.note}</span>}
              {entry.diffs.map(({ field, diff }) => (
                <Diff key={field} diff={diff} />
              ))}
              {entry.by && <span className="history__by">{t('matter.history.by', { by: entry.by })}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
