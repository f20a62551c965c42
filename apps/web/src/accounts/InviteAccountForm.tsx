import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { InvitableParticipantsDocument } from '../generated/accounts/invitableParticipants';
import { InviteAccountDocument } from '../generated/accounts/inviteAccount';
import type { AccountRole } from '../generated/graphql';
import { LANGUAGES, type Language, currentLanguage } from '../i18n/i18n';
import { useFormat } from '../i18n/format';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { useEveryPage } from '../ui/useEveryPage';

const FIELDS = ['email', 'displayName', 'participantId', 'accountRole', 'language'] as const;
const ROLES: readonly AccountRole[] = ['DELEGATE', 'ADMINISTRATOR'];

/**
 * Invites a person: the server emails them the link, in the language chosen here. An administrator chooses the
 * participant and the role; a Co-Chair invites into their own delegation, which the server fills in.
 */
export function InviteAccountForm({
  administrator,
  ownParticipant,
  onInvited,
}: {
  administrator: boolean;
  ownParticipant: string | null;
  /** After an invitation went out (the form says so in its status line). */
  onInvited: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const participants = useEveryPage(
    InvitableParticipantsDocument,
    {},
    (data) => data.participants,
    !administrator,
  );
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [participantId, setParticipantId] = useState('');
  const [accountRole, setAccountRole] = useState<AccountRole>('DELEGATE');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const form = useForm(FIELDS);
  const [{ fetching }, invite] = useMutation(InviteAccountDocument);

  const submit = async () => {
    const invited = await form.run(
      () =>
        invite({
          input: {
            email: email.trim(),
            displayName: displayName.trim(),
            language,
            ...(administrator ? { accountRole, participantId: participantId || null } : {}),
          },
        }),
      (data) =>
        t('accounts.invite.sent', {
          email: data.inviteAccount.account.email,
          until: format.dateTime(data.inviteAccount.expiresAt),
        }),
    );
    if (!invited) return;
    setEmail('');
    setDisplayName('');
    onInvited();
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.invite.heading')}</h2>
      <p className="hint">{t('accounts.invite.intro')}</p>
      <Form form={form} onSubmit={submit}>
        <Field form={form} name="email" label={t('accounts.invite.email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field form={form} name="displayName" label={t('accounts.invite.name')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
          )}
        </Field>
        {administrator ? (
          <>
            <Field form={form} name="participantId" label={t('accounts.invite.participant')}>
              {(control) => (
                <select
                  {...control}
                  value={participantId}
                  onChange={(event) => setParticipantId(event.target.value)}
                >
                  <option value="">{t('accounts.invite.noParticipant')}</option>
                  {(participants.nodes ?? []).map((participant) => (
                    <option key={participant.id} value={participant.id}>
                      {participant.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field form={form} name="accountRole" label={t('accounts.colRole')}>
              {(control) => (
                <select
                  {...control}
                  value={accountRole}
                  onChange={(event) => setAccountRole(event.target.value as AccountRole)}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`accounts.role.${role}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : (
          ownParticipant && <p>{t('accounts.invite.forOwn', { participant: ownParticipant })}</p>
        )}
        <Field form={form} name="language" label={t('accounts.invite.language')}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => setLanguage(event.target.value as Language)}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`language.names.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton busy={fetching}>
          {fetching ? t('accounts.invite.sending') : t('accounts.invite.submit')}
        </SubmitButton>
      </Form>
    </section>
  );
}
