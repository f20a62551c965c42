import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { termsToday } from '../app/as-of';
import { usePowers } from '../app/powers';
import type { ManageRoleTermsQuery, PeopleParticipantsQuery, RoleKind } from '../generated/graphql';
import { CreateRoleTermDocument } from '../generated/people/createRoleTerm';
import { EndRoleTermDocument } from '../generated/people/endRoleTerm';
import { HandOverPresidencyDocument } from '../generated/people/handOverPresidency';
import { ManageRoleTermsDocument } from '../generated/people/manageRoleTerms';
import { PeopleParticipantsDocument } from '../generated/people/peopleParticipants';
import { useFormat } from '../i18n/format';
import { DialogButton } from '../ui/form/Dialog';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { TableScroll } from '../ui/TableScroll';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useEveryPage } from '../ui/useEveryPage';
import { PeopleFrame } from './PeopleFrame';

export { textsLoaded } from './PeopleFrame';

type Term = ManageRoleTermsQuery['roleTerms']['edges'][number]['node'];
type Participant = PeopleParticipantsQuery['participants']['edges'][number]['node'];

/** Whether a term still runs on `day` or starts later: one that can still be ended. */
export const isOpenOn = (term: Pick<Term, 'endsOn'>, day: string) =>
  term.endsOn === null || term.endsOn >= day;

/** The President term running on `day`, the latest-starting one on a handover day (as the server counts). */
export function currentPresidency(terms: readonly Term[], day: string): Term | null {
  return (
    terms
      .filter((term) => term.role === 'PRESIDENT' && term.startsOn <= day && isOpenOn(term, day))
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
      .pop() ?? null
  );
}

const END_FIELDS = ['endsOn'] as const;

function EndTermForm({ term, onDone }: { term: Term; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm(END_FIELDS, { otherProblemsAt: 'endsOn' });
  const [endsOn, setEndsOn] = useState(termsToday());
  const [{ fetching }, end] = useMutation(EndRoleTermDocument);
  const submit = async () => {
    const data = await form.run(() => end({ input: { id: term.id, expectedVersion: term.version, endsOn } }));
    if (data) onDone();
  };
  return (
    <Form form={form} onSubmit={submit}>
      <p>{t('people.roles.endIntro', { role: t(`roleKind.${term.role}`), holder: term.participant.name })}</p>
      <Field form={form} name="endsOn" label={t('people.roles.lastDay')}>
        {(control) => (
          <input {...control} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        )}
      </Field>
      <SubmitButton busy={fetching}>{t('people.roles.end')}</SubmitButton>
    </Form>
  );
}

const TERM_FIELDS = [
  'participantId',
  'role',
  'body',
  'personName',
  'startsOn',
  'decidedOn',
  'endsOn',
] as const;

function AddTermForm({
  roles,
  participants,
  onDone,
}: {
  roles: readonly RoleKind[];
  participants: readonly Participant[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(TERM_FIELDS);
  const [values, setValues] = useState({
    participantId: '',
    role: roles[0] ?? '',
    body: '',
    personName: '',
    startsOn: termsToday(),
    decidedOn: '',
    endsOn: '',
  });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const [{ fetching }, create] = useMutation(CreateRoleTermDocument);
  const submit = async () => {
    if (!values.participantId) {
      form.refuse({ participantId: [t('people.roles.chooseHolder')] });
      return;
    }
    const data = await form.run(() =>
      create({
        input: {
          participantId: values.participantId,
          role: values.role as RoleKind,
          body: values.body,
          startsOn: values.startsOn,
          ...(values.personName.trim() ? { personName: values.personName } : {}),
          ...(values.decidedOn ? { decidedOn: values.decidedOn } : {}),
          ...(values.endsOn ? { endsOn: values.endsOn } : {}),
        },
      }),
    );
    if (data) onDone();
  };
  return (
    <Form form={form} onSubmit={submit}>
      <Field form={form} name="participantId" label={t('people.roles.holder')}>
        {(control) => (
          <select {...control} value={values.participantId} onChange={set('participantId')}>
            <option value="">{t('people.roles.chooseHolder')}</option>
            {participants.map((participant) => (
              <option key={participant.id} value={participant.id}>
                {participant.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="role" label={t('people.roles.role')} hint={t('people.roles.roleHint')}>
        {(control) => (
          <select {...control} value={values.role} onChange={set('role')}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roleKind.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field form={form} name="body" label={t('people.roles.body')} hint={t('people.roles.bodyHint')}>
        {(control) => <input {...control} value={values.body} onChange={set('body')} />}
      </Field>
      <Field form={form} name="personName" label={t('people.roles.personName')}>
        {(control) => <input {...control} value={values.personName} onChange={set('personName')} />}
      </Field>
      <Field form={form} name="startsOn" label={t('people.roles.startsOn')}>
        {(control) => <input {...control} type="date" value={values.startsOn} onChange={set('startsOn')} />}
      </Field>
      <Field
        form={form}
        name="decidedOn"
        label={t('people.roles.decidedOn')}
        hint={t('people.roles.optional')}
      >
        {(control) => <input {...control} type="date" value={values.decidedOn} onChange={set('decidedOn')} />}
      </Field>
      <Field form={form} name="endsOn" label={t('people.roles.endsOn')} hint={t('people.roles.optional')}>
        {(control) => <input {...control} type="date" value={values.endsOn} onChange={set('endsOn')} />}
      </Field>
      <SubmitButton busy={fetching}>{t('people.roles.add')}</SubmitButton>
    </Form>
  );
}

const HANDOVER_FIELDS = ['participantId', 'on', 'body', 'personName', 'decidedOn'] as const;

/** The Presidency handed over in one act, said back once before it is sent. */
function HandoverForm({
  current,
  parties,
  onDone,
}: {
  current: Term;
  parties: readonly Participant[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useForm(HANDOVER_FIELDS, { otherProblemsAt: 'participantId' });
  const [values, setValues] = useState({
    participantId: '',
    on: termsToday(),
    body: current.body,
    personName: '',
    decidedOn: '',
  });
  const [confirming, setConfirming] = useState(false);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => {
    setConfirming(false);
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
  };
  const [{ fetching }, handOver] = useMutation(HandOverPresidencyDocument);
  const incoming = parties.find((party) => party.id === values.participantId);

  const submit = async () => {
    if (!incoming) {
      form.refuse({ participantId: [t('people.handover.chooseIncoming')] });
      return;
    }
    if (!confirming) {
      form.clear();
      setConfirming(true);
      return;
    }
    setConfirming(false);
    const data = await form.run(
      () =>
        handOver({
          input: {
            currentTermId: current.id,
            expectedVersion: current.version,
            participantId: incoming.id,
            on: values.on,
            body: values.body,
            ...(values.personName.trim() ? { personName: values.personName } : {}),
            ...(values.decidedOn ? { decidedOn: values.decidedOn } : {}),
          },
        }),
      ({ handOverPresidency: done }) =>
        t('people.handover.done', {
          incoming: done.started.participant.name,
          day: format.calendarDay(done.started.startsOn),
        }),
    );
    if (data) onDone();
  };

  return (
    <Form form={form} onSubmit={submit} label={t('people.handover.heading')}>
      <p>
        {t('people.handover.current', {
          holder: current.participant.name,
          from: format.calendarDay(current.startsOn),
        })}
      </p>
      <Field form={form} name="participantId" label={t('people.handover.incoming')}>
        {(control) => (
          <select {...control} value={values.participantId} onChange={set('participantId')}>
            <option value="">{t('people.handover.chooseIncoming')}</option>
            {parties
              .filter((party) => party.id !== current.participant.id)
              .map((party) => (
                <option key={party.id} value={party.id}>
                  {party.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field form={form} name="on" label={t('people.handover.on')} hint={t('people.handover.onHint')}>
        {(control) => <input {...control} type="date" value={values.on} onChange={set('on')} />}
      </Field>
      <Field form={form} name="body" label={t('people.roles.body')}>
        {(control) => <input {...control} value={values.body} onChange={set('body')} />}
      </Field>
      <Field
        form={form}
        name="personName"
        label={t('people.roles.personName')}
        hint={t('people.roles.optional')}
      >
        {(control) => <input {...control} value={values.personName} onChange={set('personName')} />}
      </Field>
      <Field
        form={form}
        name="decidedOn"
        label={t('people.handover.decidedOn')}
        hint={t('people.roles.optional')}
      >
        {(control) => <input {...control} type="date" value={values.decidedOn} onChange={set('decidedOn')} />}
      </Field>
      {confirming && incoming && (
        <p className="form__confirm" role="status">
          {t('people.handover.confirmText', {
            current: current.participant.name,
            incoming: incoming.name,
            day: format.calendarDay(values.on),
          })}
        </p>
      )}
      <SubmitButton busy={fetching}>
        {confirming ? t('people.handover.confirm') : t('people.handover.submit')}
      </SubmitButton>
    </Form>
  );
}

/**
 * Who holds which role from when to when, and the roles' changes within the person's powers: a term added or ended
 * (the roles the server says they may grant), and the Presidency handed over in one act (administrators).
 */
export function RoleTermsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  useDocumentTitle(t('people.roles.title'));
  const powers = usePowers();
  const terms = useEveryPage(ManageRoleTermsDocument, {}, (data) => data.roleTerms);
  const participants = useEveryPage(PeopleParticipantsDocument, {}, (data) => data.participants);
  const today = termsToday();
  const grantable = powers?.grantableRoles ?? [];
  const all = participants.nodes ?? [];
  const parties = all.filter(
    (participant) => participant.becamePartyOn !== null && participant.becamePartyOn <= today,
  );
  const latestFirst = [...(terms.nodes ?? [])].sort(
    (a, b) => b.startsOn.localeCompare(a.startsOn) || a.role.localeCompare(b.role),
  );
  const presidency = currentPresidency(terms.nodes ?? [], today);
  const refresh = () => terms.retry();

  return (
    <PeopleFrame title={t('people.roles.title')} intro={t('people.roles.intro')}>
      {grantable.includes('PRESIDENT') && terms.nodes && (
        <section className="panel" aria-labelledby={`${id}-handover`}>
          <h2 id={`${id}-handover`}>{t('people.handover.heading')}</h2>
          {presidency ? (
            <HandoverForm current={presidency} parties={parties} onDone={refresh} />
          ) : (
            <p>{t('people.handover.noCurrent')}</p>
          )}
        </section>
      )}
      <section className="panel" aria-labelledby={`${id}-terms`}>
        <h2 id={`${id}-terms`}>{t('people.roles.heading')}</h2>
        {grantable.length > 0 && (
          <div className="people-actions">
            <DialogButton label={t('people.roles.add')} className="button-primary">
              {(close) => (
                <AddTermForm
                  roles={grantable}
                  participants={all}
                  onDone={() => {
                    close();
                    refresh();
                  }}
                />
              )}
            </DialogButton>
          </div>
        )}
        {terms.error && <ErrorPanel error={terms.error} onRetry={terms.retry} />}
        {!terms.nodes && !terms.error && <LoadingPanel label={t('people.roles.loading')} />}
        {terms.nodes && latestFirst.length === 0 && <EmptyState>{t('people.roles.none')}</EmptyState>}
        {latestFirst.length > 0 && (
          <TableScroll labelledBy={`${id}-terms`}>
            <table className="people-table">
              <caption className="visually-hidden">{t('people.roles.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('people.roles.colHolder')}</th>
                  <th scope="col">{t('people.roles.colRole')}</th>
                  <th scope="col">{t('people.roles.colFrom')}</th>
                  <th scope="col">{t('people.roles.colTo')}</th>
                  <th scope="col">{t('people.roles.colDecided')}</th>
                  <th scope="col">{t('people.roles.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {latestFirst.map((term) => (
                  <tr key={term.id}>
                    <th scope="row">
                      {term.participant.name}
                      {term.personName && <span className="muted block">{term.personName}</span>}
                    </th>
                    <td>
                      {t(`roleKind.${term.role}`)}
                      <span className="muted block">{term.body}</span>
                    </td>
                    <td>{format.calendarDay(term.startsOn)}</td>
                    <td>{term.endsOn ? format.calendarDay(term.endsOn) : t('people.roles.openEnded')}</td>
                    <td>{term.decidedOn ? format.calendarDay(term.decidedOn) : t('app.none')}</td>
                    <td>
                      {grantable.includes(term.role) && isOpenOn(term, today) ? (
                        <DialogButton
                          label={t('people.roles.endFor', {
                            holder: term.participant.name,
                            role: t(`roleKind.${term.role}`),
                          })}
                          title={t('people.roles.endTitle')}
                          className="button-link"
                        >
                          {(close) => (
                            <EndTermForm
                              term={term}
                              onDone={() => {
                                close();
                                refresh();
                              }}
                            />
                          )}
                        </DialogButton>
                      ) : (
                        t('app.none')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </PeopleFrame>
  );
}
