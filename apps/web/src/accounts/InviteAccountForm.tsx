import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { InvitableParticipantsDocument } from '../generated/accounts/invitableParticipants';
import { InviteAccountDocument } from '../generated/accounts/inviteAccount';
import type { AccountRole } from '../generated/graphql';
import { LANGUAGES, type Language, currentLanguage } from '../i18n/i18n';
import { useFormat } from '../i18n/format';
import { BusyButton } from '../ui/BusyButton';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { useEveryPage } from '../ui/useEveryPage';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

const FIELDS = ['email', 'displayName', 'participantId', 'accountRole', 'language'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;
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
  onInvited: (text: string) => void;
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
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const [{ fetching }, invite] = useMutation(InviteAccountDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await invite({
      input: {
        email: email.trim(),
        displayName: displayName.trim(),
        language,
        ...(administrator ? { accountRole, participantId: participantId || null } : {}),
      },
    });
    if (result.error) {
      setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
      return;
    }
    setProblems({});
    setEmail('');
    setDisplayName('');
    onInvited(
      t('accounts.invite.sent', {
        email: result.data!.inviteAccount.account.email,
        until: format.dateTime(result.data!.inviteAccount.expiresAt),
      }),
    );
  };

  const field = (name: (typeof FIELDS)[number]) => fieldAttributes(id, name, problems[name]);

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.invite.heading')}</h2>
      <p className="hint">{t('accounts.invite.intro')}</p>
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
        <div className="form__field">
          <label htmlFor={`${id}-email`}>{t('accounts.invite.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            value={email}
            {...field('email')}
            onChange={(event) => setEmail(event.target.value)}
          />
          <FieldProblems id={`${id}-email-problems`} messages={problems.email} />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-displayName`}>{t('accounts.invite.name')}</label>
          <input
            id={`${id}-displayName`}
            type="text"
            autoComplete="off"
            value={displayName}
            {...field('displayName')}
            onChange={(event) => setDisplayName(event.target.value)}
          />
          <FieldProblems id={`${id}-displayName-problems`} messages={problems.displayName} />
        </div>
        {administrator ? (
          <>
            <div className="form__field">
              <label htmlFor={`${id}-participantId`}>{t('accounts.invite.participant')}</label>
              <select
                id={`${id}-participantId`}
                value={participantId}
                {...field('participantId')}
                onChange={(event) => setParticipantId(event.target.value)}
              >
                <option value="">{t('accounts.invite.noParticipant')}</option>
                {(participants.nodes ?? []).map((participant) => (
                  <option key={participant.id} value={participant.id}>
                    {participant.name}
                  </option>
                ))}
              </select>
              <FieldProblems id={`${id}-participantId-problems`} messages={problems.participantId} />
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-accountRole`}>{t('accounts.colRole')}</label>
              <select
                id={`${id}-accountRole`}
                value={accountRole}
                {...field('accountRole')}
                onChange={(event) => setAccountRole(event.target.value as AccountRole)}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`accounts.role.${role}`)}
                  </option>
                ))}
              </select>
              <FieldProblems id={`${id}-accountRole-problems`} messages={problems.accountRole} />
            </div>
          </>
        ) : (
          ownParticipant && <p>{t('accounts.invite.forOwn', { participant: ownParticipant })}</p>
        )}
        <div className="form__field">
          <label htmlFor={`${id}-language`}>{t('accounts.invite.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            {...field('language')}
            onChange={(event) => setLanguage(event.target.value as Language)}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.names.${code}`)}
              </option>
            ))}
          </select>
          <FieldProblems id={`${id}-language-problems`} messages={problems.language} />
        </div>
        <BusyButton type="submit" className="button-primary" busy={fetching}>
          {fetching ? t('accounts.invite.sending') : t('accounts.invite.submit')}
        </BusyButton>
      </form>
    </section>
  );
}
