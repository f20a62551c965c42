import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { may, useMe } from '../../app/session';
import { RecordChangesDocument } from '../../generated/ui/form/recordChanges';
import type { RecordChangesQuery } from '../../generated/graphql';
import { useFormat } from '../../i18n/format';
import { BusyButton } from '../BusyButton';
import { TableScroll } from '../TableScroll';
import type { Conflict } from './useForm';

/** One of the form's fields, as the person typed it and as the record now holds it, both in words. */
export interface ConflictField {
  /** The record's own name of the field, as the audit trail names it (title, text, confidentiality, …). */
  name: string;
  label: string;
  mine: string;
  theirs: string;
}

interface Change {
  key: string;
  accountId: string | null;
  name: string | null;
  at: string;
  fields: string[];
}

type Event = RecordChangesQuery['auditEvents']['edges'][number]['node'];

/**
 * The writes to a record since the version the person edited, newest last: one per version (each write of a
 * record is one set of audit events at one instant, by one person), so the last `count` sets.
 */
export function changesSince(events: readonly Event[], count: number): Change[] {
  const writes: Change[] = [];
  for (const event of events) {
    const last = writes[writes.length - 1];
    if (last && last.at === event.at && last.accountId === event.accountId) {
      if (!last.fields.includes(event.field)) last.fields.push(event.field);
    } else {
      writes.push({
        key: event.id,
        accountId: event.accountId ?? null,
        name: event.actorName ?? null,
        at: event.at,
        fields: [event.field],
      });
    }
  }
  return count > 0 ? writes.slice(-count) : [];
}

/**
 * What a form shows when its edit met a newer version of the record (a CONFLICT): who changed what meanwhile (from
 * the audit trail, for those who may read it), their values beside the person's own, and one click to re-apply the
 * person's values over the new version, or to keep theirs. Nothing is saved until the person chooses.
 */
export function ConflictPanel({
  conflict,
  entityId,
  version,
  fields,
  busy,
  onReapply,
  onKeepTheirs,
}: {
  conflict: Conflict;
  entityId: string;
  /** The version the person edited. */
  version: number;
  fields: readonly ConflictField[];
  busy: boolean;
  /** Sends the person's values again, as an edit of the version now current. */
  onReapply: (currentVersion: number) => unknown;
  onKeepTheirs: () => unknown;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { me } = useMe();
  const readsAudit = may(me, 'audit.read');
  const [{ data }] = useQuery({
    query: RecordChangesDocument,
    variables: { entityId },
    pause: !readsAudit,
    requestPolicy: 'network-only',
  });
  const currentVersion = typeof conflict.current?.version === 'number' ? conflict.current.version : null;
  const label = (name: string) => fields.find((field) => field.name === name)?.label ?? name;
  const changes = changesSince(
    data?.auditEvents.edges.map((edge) => edge.node) ?? [],
    currentVersion === null ? 1 : currentVersion - version,
  );
  const shown = (value: string) => value || t('form.conflict.empty');

  return (
    <section className="conflict" role="alert" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('form.conflict.heading')}</h3>
      {changes.length > 0 ? (
        <ul className="conflict__changes">
          {changes.map((change) => (
            <li key={change.key}>
              {t('form.conflict.by', {
                name: change.name ?? '—',
                fields: change.fields.map(label).join(', '),
                when: format.dateTime(change.at),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('form.conflict.bySomeone')}</p>
      )}
      <p className="muted">{t('form.conflict.intro')}</p>
      <TableScroll labelledBy={`${id}-title`}>
        <table className="conflict__values">
          <thead>
            <tr>
              <th scope="col">{t('form.conflict.field')}</th>
              <th scope="col">{t('form.conflict.theirs')}</th>
              <th scope="col">{t('form.conflict.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.name} className={field.mine === field.theirs ? undefined : 'conflict__differs'}>
                <th scope="row">{field.label}</th>
                <td>{shown(field.theirs)}</td>
                <td>{shown(field.mine)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="conflict__buttons">
        {currentVersion !== null && (
          <BusyButton className="button-primary" busy={busy} onClick={() => onReapply(currentVersion)}>
            {t('form.conflict.reapply')}
          </BusyButton>
        )}
        <button type="button" onClick={() => onKeepTheirs()}>
          {t('form.conflict.keepTheirs')}
        </button>
      </div>
    </section>
  );
}
