import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { MilestoneKind } from '@prepcom/domain';
import type { MilestoneKind as MilestoneKindName, RescheduleImpactQuery } from '../generated/graphql';
import { CreateMilestoneDocument } from '../generated/milestone/createMilestone';
import { MilestonePeopleDocument } from '../generated/milestone/milestonePeople';
import { RescheduleImpactDocument } from '../generated/milestone/rescheduleImpact';
import { UpdateMilestoneDocument } from '../generated/milestone/updateMilestone';
import { useFormat } from '../i18n/format';
import { type ConflictField, ConflictPanel } from '../ui/form/ConflictPanel';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import type { Milestone } from './MilestoneScreen';
import { instantAt, knownTimeZones, localInput } from './schedule';

const FIELDS = [
  'kind',
  'title',
  'shortTitle',
  'description',
  'venue',
  'timeZone',
  'room',
  'startsAt',
  'endsAt',
  'convenorIds',
  'contactIds',
] as const;
type Impact = RescheduleImpactQuery['milestoneRescheduleImpact'];

/** Which part of a milestone the form shows: all of it, or only when and where it meets. */
export type MilestoneFormMode = 'create' | 'edit' | 'reschedule';

interface Draft {
  kind: MilestoneKindName;
  title: string;
  shortTitle: string;
  description: string;
  venue: string;
  timeZone: string;
  room: string;
  startsLocal: string;
  endsLocal: string;
  convenorIds: string[];
  contactIds: string[];
}

const KINDS = Object.values(MilestoneKind) as MilestoneKindName[];

function draftOf(milestone: Milestone | undefined): Draft {
  return {
    kind: milestone?.kind ?? 'PREPARATORY_MEETING',
    title: milestone?.title ?? '',
    shortTitle: milestone?.shortTitle ?? '',
    description: milestone?.description ?? '',
    venue: milestone?.venue ?? '',
    timeZone: milestone?.timeZone ?? 'Europe/Zurich',
    room: milestone?.room ?? '',
    startsLocal: milestone ? localInput(milestone.startsAt, milestone.timeZone) : '',
    endsLocal: milestone ? localInput(milestone.endsAt, milestone.timeZone) : '',
    convenorIds: milestone?.convenors.map((convenor) => convenor.id) ?? [],
    contactIds: milestone?.contacts.map((contact) => contact.id) ?? [],
  };
}

const chosen = (select: HTMLSelectElement) => [...select.selectedOptions].map((option) => option.value);

/**
 * Schedules a milestone, edits it or reschedules it (venue and its time zone, start and end at the venue's clock,
 * room), with its convenors and contacts. A change of dates is foreseen before it is saved: the form says how many
 * actions will fall due on other days and how many calendar entries will be sent again, and saves once confirmed.
 */
export function MilestoneForm({
  mode,
  milestone,
  processId,
  onDone,
  onCancel,
}: {
  mode: MilestoneFormMode;
  milestone?: Milestone;
  processId: string;
  onDone: (saved: { id: string; title: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(milestone));
  const [impact, setImpact] = useState<Impact | null>(null);
  const [foreseeing, setForeseeing] = useState(false);
  const form = useForm(FIELDS);
  const [people, retryPeople] = useQuery({ query: MilestonePeopleDocument, pause: mode === 'reschedule' });
  const [created, create] = useMutation(CreateMilestoneDocument);
  const [updated, update] = useMutation(UpdateMilestoneDocument);
  const busy = created.fetching || updated.fetching || foreseeing;
  // Any change after the impact was shown asks for it again before saving.
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft({ ...draft, [key]: value });
    setImpact(null);
  };
  const participants = people.data?.participants.edges.map((edge) => edge.node) ?? [];

  /** Saves; `expectedVersion` re-applies these values over a newer version, after a conflict. */
  const submit = async (expectedVersion?: number) => {
    const startsAt = instantAt(draft.startsLocal, draft.timeZone);
    const endsAt = instantAt(draft.endsLocal, draft.timeZone);
    if (!startsAt || !endsAt) {
      setImpact(null);
      form.refuse({
        ...(startsAt ? {} : { startsAt: [t('milestone.form.giveTime')] }),
        ...(endsAt ? {} : { endsAt: [t('milestone.form.giveTime')] }),
      });
      return;
    }
    const schedule = {
      venue: draft.venue,
      timeZone: draft.timeZone,
      room: draft.room || null,
      startsAt,
      endsAt,
    };
    const details = {
      kind: draft.kind,
      title: draft.title,
      shortTitle: draft.shortTitle,
      description: draft.description,
      convenorIds: draft.convenorIds,
      contactIds: draft.contactIds,
    };
    if (!milestone) {
      const saved = await form.run(() => create({ input: { processId, ...details, ...schedule } }));
      if (saved) onDone(saved.createMilestone);
      return;
    }
    const moves =
      startsAt !== milestone.startsAt || endsAt !== milestone.endsAt || draft.timeZone !== milestone.timeZone;
    // A move is shown before it is saved: what it sets in motion is counted by the server, writing nothing.
    if (moves && !impact && expectedVersion === undefined) {
      setForeseeing(true);
      const foreseen = await form.run(() =>
        client
          .query(
            RescheduleImpactDocument,
            { id: milestone.id, startsAt, endsAt, timeZone: draft.timeZone },
            { requestPolicy: 'network-only' },
          )
          .toPromise(),
      );
      setForeseeing(false);
      if (foreseen) setImpact(foreseen.milestoneRescheduleImpact);
      return;
    }
    const saved = await form.run(() =>
      update({
        input: {
          id: milestone.id,
          expectedVersion: expectedVersion ?? milestone.version,
          ...schedule,
          ...(mode === 'edit' ? details : {}),
        },
      }),
    );
    if (saved) onDone(saved.updateMilestone);
    else setImpact(null);
  };

  const text = (field: 'title' | 'shortTitle' | 'venue' | 'room', hint?: 'milestone.form.shortTitleHint') => (
    <Field form={form} name={field} label={t(`milestone.form.${field}`)} hint={hint && t(hint)}>
      {(control) => (
        <input {...control} value={draft[field]} onChange={(event) => set(field, event.target.value)} />
      )}
    </Field>
  );
  const localTime = (field: 'startsAt' | 'endsAt', key: 'startsLocal' | 'endsLocal') => (
    <Field form={form} name={field} label={t(`milestone.form.${field}`, { zone: draft.timeZone })}>
      {(control) => (
        <input
          {...control}
          type="datetime-local"
          value={draft[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );

  /** Each field as typed and as the milestone now stands, in words, for the conflict panel. */
  const conflictFields = (): ConflictField[] => {
    const current = form.conflict?.current ?? {};
    const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
    const zone = text(current.timeZone) || draft.timeZone;
    const when = (value: unknown, timeZone: string) =>
      typeof value === 'string' && value ? format.dateTime(value, timeZone) : '';
    const mineWhen = (local: string) => when(instantAt(local, draft.timeZone), draft.timeZone);
    const kind = (value: unknown) => (value ? t(`milestoneKind.${value as MilestoneKindName}`) : '');
    const fields: ConflictField[] = [
      { name: 'venue', label: t('milestone.form.venue'), mine: draft.venue, theirs: text(current.venue) },
      { name: 'timeZone', label: t('milestone.form.timeZone'), mine: draft.timeZone, theirs: zone },
      {
        name: 'startsAt',
        label: t('milestone.form.startsAt', { zone: draft.timeZone }),
        mine: mineWhen(draft.startsLocal),
        theirs: when(current.startsAt, zone),
      },
      {
        name: 'endsAt',
        label: t('milestone.form.endsAt', { zone: draft.timeZone }),
        mine: mineWhen(draft.endsLocal),
        theirs: when(current.endsAt, zone),
      },
      { name: 'room', label: t('milestone.form.room'), mine: draft.room, theirs: text(current.room) },
    ];
    if (mode === 'reschedule') return fields;
    return [
      { name: 'kind', label: t('milestone.form.kind'), mine: kind(draft.kind), theirs: kind(current.kind) },
      { name: 'title', label: t('milestone.form.title'), mine: draft.title, theirs: text(current.title) },
      {
        name: 'shortTitle',
        label: t('milestone.form.shortTitle'),
        mine: draft.shortTitle,
        theirs: text(current.shortTitle),
      },
      {
        name: 'description',
        label: t('milestone.form.description'),
        mine: draft.description,
        theirs: text(current.description),
      },
      ...fields,
    ];
  };

  return (
    <Form form={form} onSubmit={() => submit()} className="form milestone-form">
      {form.conflict && milestone && (
        <ConflictPanel
          conflict={form.conflict}
          entityId={milestone.id}
          version={milestone.version}
          fields={conflictFields()}
          busy={busy}
          onReapply={(version) => submit(version)}
          onKeepTheirs={onCancel}
        />
      )}
      {mode !== 'reschedule' && (
        <>
          <Field form={form} name="kind" label={t('milestone.form.kind')}>
            {(control) => (
              <select
                {...control}
                value={draft.kind}
                onChange={(event) => set('kind', event.target.value as MilestoneKindName)}
              >
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`milestoneKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('title')}
          {text('shortTitle', 'milestone.form.shortTitleHint')}
          <Field form={form} name="description" label={t('milestone.form.description')}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={draft.description}
                onChange={(event) => set('description', event.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <fieldset className="form__group">
        <legend>{t('milestone.form.when')}</legend>
        {text('venue')}
        <Field
          form={form}
          name="timeZone"
          label={t('milestone.form.timeZone')}
          hint={t('milestone.form.timeZoneHint')}
        >
          {(control) => (
            <>
              <input
                {...control}
                value={draft.timeZone}
                list={`${form.id}-zones`}
                autoComplete="off"
                onChange={(event) => set('timeZone', event.target.value)}
              />
              <datalist id={`${form.id}-zones`}>
                {knownTimeZones().map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        {localTime('startsAt', 'startsLocal')}
        {localTime('endsAt', 'endsLocal')}
        {text('room')}
      </fieldset>
      {mode !== 'reschedule' && (
        <fieldset className="form__group">
          <legend>{t('milestone.form.people')}</legend>
          {people.error && (
            <ErrorPanel error={people.error} onRetry={() => retryPeople({ requestPolicy: 'network-only' })} />
          )}
          {!people.data && !people.error && <LoadingPanel label={t('milestone.form.loadingPeople')} />}
          {people.data && (
            <>
              <Field
                form={form}
                name="convenorIds"
                label={t('milestone.form.convenors')}
                hint={t('milestone.form.manyHint')}
              >
                {(control) => (
                  <select
                    {...control}
                    multiple
                    size={6}
                    value={draft.convenorIds}
                    onChange={(event) => set('convenorIds', chosen(event.target))}
                  >
                    {participants.map((participant) => (
                      <option key={participant.id} value={participant.id}>
                        {participant.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                form={form}
                name="contactIds"
                label={t('milestone.form.contacts')}
                hint={t('milestone.form.manyHint')}
              >
                {(control) => (
                  <select
                    {...control}
                    multiple
                    size={6}
                    value={draft.contactIds}
                    onChange={(event) => set('contactIds', chosen(event.target))}
                  >
                    {participants
                      .filter((participant) => participant.people.length > 0)
                      .map((participant) => (
                        <optgroup key={participant.id} label={participant.name}>
                          {participant.people.map((person) => (
                            <option key={person.id} value={person.id}>
                              {person.name}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                  </select>
                )}
              </Field>
            </>
          )}
        </fieldset>
      )}
      {impact && (
        <div className="milestone-form__impact" role="alert">
          <p>
            {t('milestone.form.impactActions', { count: impact.actionsMoved.length })}{' '}
            {t('milestone.form.impactCalendars', {
              count: impact.calendarEntries,
              entries: format.number(impact.calendarEntries),
            })}
          </p>
          {impact.actionsMoved.length > 0 && (
            <ul>
              {impact.actionsMoved.map((moved) => (
                <li key={moved.action.id}>
                  {t('milestone.form.impactAction', {
                    title: moved.action.title,
                    before: format.calendarDay(moved.dueBefore),
                    after: format.calendarDay(moved.dueAfter),
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="form__buttons">
        <SubmitButton busy={busy}>
          {busy
            ? t('milestone.form.saving')
            : impact
              ? t('milestone.form.confirm')
              : milestone
                ? t('milestone.form.save')
                : t('milestone.form.create')}
        </SubmitButton>
        <button type="button" onClick={onCancel}>
          {t('milestone.form.cancel')}
        </button>
      </div>
    </Form>
  );
}
