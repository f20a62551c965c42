import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { MilestoneKind } from '@prepcom/domain';
import type { MilestoneKind as MilestoneKindName, RescheduleImpactQuery } from '../generated/graphql';
import { CreateMilestoneDocument } from '../generated/milestone/createMilestone';
import { MilestonePeopleDocument } from '../generated/milestone/milestonePeople';
import { RescheduleImpactDocument } from '../generated/milestone/rescheduleImpact';
import { UpdateMilestoneDocument } from '../generated/milestone/updateMilestone';
import { useFormat } from '../i18n/format';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { BusyButton } from '../ui/BusyButton';
import { ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';
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
type Field = (typeof FIELDS)[number];
type Problems = Partial<Record<Field | 'form', string[]>>;
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
  titleId,
  onDone,
  onCancel,
}: {
  mode: MilestoneFormMode;
  milestone?: Milestone;
  processId: string;
  titleId: string;
  onDone: (saved: { id: string; title: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(milestone));
  const [problems, setProblems] = useState<Problems>({});
  const [impact, setImpact] = useState<Impact | null>(null);
  const [foreseeing, setForeseeing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [people, retryPeople] = useQuery({ query: MilestonePeopleDocument, pause: mode === 'reschedule' });
  const [created, create] = useMutation(CreateMilestoneDocument);
  const [updated, update] = useMutation(UpdateMilestoneDocument);
  const busy = created.fetching || updated.fetching || foreseeing;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft({ ...draft, [key]: value });
    setImpact(null);
  };
  const attributes = (field: Field, hint?: boolean) =>
    fieldAttributes(id, field, problems[field], hint ? `${id}-${field}-hint` : undefined);
  const participants = people.data?.participants.edges.map((edge) => edge.node) ?? [];

  const refuse = (next: Problems) => {
    setImpact(null);
    setProblems(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = instantAt(draft.startsLocal, draft.timeZone);
    const endsAt = instantAt(draft.endsLocal, draft.timeZone);
    if (!startsAt || !endsAt) {
      refuse({
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
      const result = await create({ input: { processId, ...details, ...schedule } });
      if (result.error) return refuse(problemsByField(problemsOf(result.error, t), FIELDS));
      return onDone({ id: result.data!.createMilestone.id, title: result.data!.createMilestone.title });
    }
    const moves =
      startsAt !== milestone.startsAt || endsAt !== milestone.endsAt || draft.timeZone !== milestone.timeZone;
    // A move is shown before it is saved: what it sets in motion is counted by the server, writing nothing.
    if (moves && !impact) {
      setForeseeing(true);
      const foreseen = await client
        .query(
          RescheduleImpactDocument,
          { id: milestone.id, startsAt, endsAt, timeZone: draft.timeZone },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      setForeseeing(false);
      if (foreseen.error) return refuse(problemsByField(problemsOf(foreseen.error, t), FIELDS));
      setProblems({});
      setImpact(foreseen.data!.milestoneRescheduleImpact);
      return;
    }
    const result = await update({
      input: {
        id: milestone.id,
        expectedVersion: milestone.version,
        ...schedule,
        ...(mode === 'edit' ? details : {}),
      },
    });
    if (result.error) return refuse(problemsByField(problemsOf(result.error, t), FIELDS));
    onDone({ id: milestone.id, title: result.data!.updateMilestone.title });
  };

  const text = (field: 'title' | 'shortTitle' | 'venue' | 'room', hint?: 'milestone.form.shortTitleHint') => (
    <div className="form__field">
      <label htmlFor={`${id}-${field}`}>{t(`milestone.form.${field}`)}</label>
      <input
        id={`${id}-${field}`}
        value={draft[field]}
        required={field !== 'room'}
        {...attributes(field, !!hint)}
        onChange={(event) => set(field, event.target.value)}
      />
      {hint && (
        <span id={`${id}-${field}-hint`} className="form__hint">
          {t(hint)}
        </span>
      )}
      <FieldProblems id={`${id}-${field}-problems`} messages={problems[field]} />
    </div>
  );
  const localTime = (field: 'startsAt' | 'endsAt', key: 'startsLocal' | 'endsLocal') => (
    <div className="form__field">
      <label htmlFor={`${id}-${field}`}>{t(`milestone.form.${field}`, { zone: draft.timeZone })}</label>
      <input
        id={`${id}-${field}`}
        type="datetime-local"
        value={draft[key]}
        required
        {...attributes(field)}
        onChange={(event) => set(key, event.target.value)}
      />
      <FieldProblems id={`${id}-${field}-problems`} messages={problems[field]} />
    </div>
  );

  return (
    <form ref={form} className="form milestone-form" noValidate onSubmit={submit} aria-labelledby={titleId}>
      <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
      {mode !== 'reschedule' && (
        <>
          <div className="form__field">
            <label htmlFor={`${id}-kind`}>{t('milestone.form.kind')}</label>
            <select
              id={`${id}-kind`}
              value={draft.kind}
              {...attributes('kind')}
              onChange={(event) => set('kind', event.target.value as MilestoneKindName)}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`milestoneKind.${kind}`)}
                </option>
              ))}
            </select>
            <FieldProblems id={`${id}-kind-problems`} messages={problems.kind} />
          </div>
          {text('title')}
          {text('shortTitle', 'milestone.form.shortTitleHint')}
          <div className="form__field">
            <label htmlFor={`${id}-description`}>{t('milestone.form.description')}</label>
            <textarea
              id={`${id}-description`}
              rows={3}
              value={draft.description}
              {...attributes('description')}
              onChange={(event) => set('description', event.target.value)}
            />
            <FieldProblems id={`${id}-description-problems`} messages={problems.description} />
          </div>
        </>
      )}
      <fieldset className="form__group">
        <legend>{t('milestone.form.when')}</legend>
        {text('venue')}
        <div className="form__field">
          <label htmlFor={`${id}-timeZone`}>{t('milestone.form.timeZone')}</label>
          <input
            id={`${id}-timeZone`}
            value={draft.timeZone}
            list={`${id}-zones`}
            autoComplete="off"
            required
            {...attributes('timeZone', true)}
            onChange={(event) => set('timeZone', event.target.value)}
          />
          <datalist id={`${id}-zones`}>
            {knownTimeZones().map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          <span id={`${id}-timeZone-hint`} className="form__hint">
            {t('milestone.form.timeZoneHint')}
          </span>
          <FieldProblems id={`${id}-timeZone-problems`} messages={problems.timeZone} />
        </div>
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
              <div className="form__field">
                <label htmlFor={`${id}-convenorIds`}>{t('milestone.form.convenors')}</label>
                <select
                  id={`${id}-convenorIds`}
                  multiple
                  size={6}
                  value={draft.convenorIds}
                  {...attributes('convenorIds', true)}
                  onChange={(event) => set('convenorIds', chosen(event.target))}
                >
                  {participants.map((participant) => (
                    <option key={participant.id} value={participant.id}>
                      {participant.name}
                    </option>
                  ))}
                </select>
                <span id={`${id}-convenorIds-hint`} className="form__hint">
                  {t('milestone.form.manyHint')}
                </span>
                <FieldProblems id={`${id}-convenorIds-problems`} messages={problems.convenorIds} />
              </div>
              <div className="form__field">
                <label htmlFor={`${id}-contactIds`}>{t('milestone.form.contacts')}</label>
                <select
                  id={`${id}-contactIds`}
                  multiple
                  size={6}
                  value={draft.contactIds}
                  {...attributes('contactIds', true)}
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
                <span id={`${id}-contactIds-hint`} className="form__hint">
                  {t('milestone.form.manyHint')}
                </span>
                <FieldProblems id={`${id}-contactIds-problems`} messages={problems.contactIds} />
              </div>
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
        <BusyButton type="submit" className="button-primary" busy={busy}>
          {busy
            ? t('milestone.form.saving')
            : impact
              ? t('milestone.form.confirm')
              : milestone
                ? t('milestone.form.save')
                : t('milestone.form.create')}
        </BusyButton>
        <button type="button" onClick={onCancel}>
          {t('milestone.form.cancel')}
        </button>
      </div>
    </form>
  );
}
