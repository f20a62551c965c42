import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import texts from 'virtual:texts/accounts';
import { useMe } from '../app/session';
import { signInPath } from '../app/SessionMenu';
import { AccountsDocument } from '../generated/accounts/accounts';
import { CreatePasswordResetLinkDocument } from '../generated/accounts/createPasswordResetLink';
import { DisableAccountDocument } from '../generated/accounts/disableAccount';
import { EnableAccountDocument } from '../generated/accounts/enableAccount';
import { ResendInvitationDocument } from '../generated/accounts/resendInvitation';
import type { AccountsQuery } from '../generated/graphql';
import { addTexts } from '../i18n/i18n';
import { useFormat } from '../i18n/format';
import { BusyButton } from '../ui/BusyButton';
import { errorText } from '../ui/errors';
import { ListStatus } from '../ui/ListStatus';
import { EmptyState, ErrorPanel, LoadingPanel } from '../ui/StatePanels';
import { TableScroll } from '../ui/TableScroll';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useEveryPage } from '../ui/useEveryPage';
import { InviteAccountForm } from './InviteAccountForm';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

type AccountRow = AccountsQuery['accounts']['edges'][number]['node'];

/** What the last action on a row came to, said in the status line above the table. */
type Outcome = { kind: 'done'; text: string; link?: string } | { kind: 'failed'; text: string };

/** The actions on one account that the person may take, as the server's permissions allow. */
function RowActions({
  account,
  mayManage,
  isSelf,
  onOutcome,
}: {
  account: AccountRow;
  mayManage: boolean;
  isSelf: boolean;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [resending, resend] = useMutation(ResendInvitationDocument);
  const [making, makeLink] = useMutation(CreatePasswordResetLinkDocument);
  const [disabling, disable] = useMutation(DisableAccountDocument);
  const [enabling, enable] = useMutation(EnableAccountDocument);
  const who = { name: account.displayName, email: account.email };
  const failed = (error: CombinedError) => onOutcome({ kind: 'failed', text: errorText(error, t) });
  const variables = { accountId: account.id };

  return (
    <div className="row-actions">
      {account.status === 'INVITED' && (
        <BusyButton
          busy={resending.fetching}
          aria-label={t('accounts.resendFor', who)}
          onClick={async () => {
            const result = await resend(variables);
            if (result.error) return failed(result.error);
            onOutcome({
              kind: 'done',
              text: t('accounts.resent', {
                ...who,
                until: format.dateTime(result.data!.resendInvitation.expiresAt),
              }),
            });
          }}
        >
          {t('accounts.resend')}
        </BusyButton>
      )}
      {mayManage && account.status === 'ACTIVE' && (
        <BusyButton
          busy={making.fetching}
          aria-label={t('accounts.resetLinkFor', who)}
          onClick={async () => {
            const result = await makeLink(variables);
            if (result.error) return failed(result.error);
            const link = result.data!.createPasswordResetLink;
            onOutcome({
              kind: 'done',
              text: t('accounts.resetLinkMade', { ...who, until: format.dateTime(link.expiresAt) }),
              link: new URL(link.path, window.location.origin).toString(),
            });
          }}
        >
          {t('accounts.resetLink')}
        </BusyButton>
      )}
      {mayManage && !isSelf && account.status !== 'DISABLED' && (
        <BusyButton
          busy={disabling.fetching}
          aria-label={t('accounts.disableFor', who)}
          onClick={async () => {
            const result = await disable(variables);
            if (result.error) return failed(result.error);
            onOutcome({ kind: 'done', text: t('accounts.disabled', who) });
          }}
        >
          {t('accounts.disable')}
        </BusyButton>
      )}
      {mayManage && account.status === 'DISABLED' && (
        <BusyButton
          busy={enabling.fetching}
          aria-label={t('accounts.enableFor', who)}
          onClick={async () => {
            const result = await enable(variables);
            if (result.error) return failed(result.error);
            onOutcome({ kind: 'done', text: t('accounts.enabled', who) });
          }}
        >
          {t('accounts.enable')}
        </BusyButton>
      )}
    </div>
  );
}

function AccountsTable({
  accounts,
  mayManage,
  selfId,
  onOutcome,
}: {
  accounts: readonly AccountRow[];
  mayManage: boolean;
  selfId: string | null;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accounts.listHeading')}</h2>
      {accounts.length === 0 ? (
        <EmptyState>{t('accounts.none')}</EmptyState>
      ) : (
        <TableScroll labelledBy={headingId}>
          <table>
            <caption className="visually-hidden">{t('accounts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.colName')}</th>
                <th scope="col">{t('accounts.colParticipant')}</th>
                <th scope="col">{t('accounts.colRole')}</th>
                <th scope="col">{t('accounts.colLanguage')}</th>
                <th scope="col">{t('accounts.colLastSignIn')}</th>
                <th scope="col">{t('accounts.colStatus')}</th>
                <th scope="col">{t('accounts.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id}>
                  <th scope="row">
                    {account.displayName}
                    <span className="muted block">{account.email}</span>
                  </th>
                  <td>{account.participant?.name ?? t('app.none')}</td>
                  <td>{t(`accounts.role.${account.accountRole}`)}</td>
                  <td>{t(`language.names.${account.language}`, { defaultValue: account.language })}</td>
                  <td>
                    {account.lastSignedInAt ? format.dateTime(account.lastSignedInAt) : t('accounts.never')}
                  </td>
                  <td>
                    {t(`accounts.status.${account.status}`)}
                    {account.status === 'INVITED' && (
                      <span className="muted block">
                        {account.invitationExpiresAt
                          ? t('accounts.invitationUntil', {
                              until: format.dateTime(account.invitationExpiresAt),
                            })
                          : t('accounts.invitationExpired')}
                      </span>
                    )}
                  </td>
                  <td>
                    <RowActions
                      account={account}
                      mayManage={mayManage}
                      isSelf={account.id === selfId}
                      onOutcome={onOutcome}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/**
 * Accounts with their participant, role, language, last sign-in and status, for those who invite: an
 * administrator sees and manages every account, a Co-Chair their own delegation's (docs/security.md).
 */
export function AccountsScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('accounts.title'));
  const location = useLocation();
  const { me } = useMe();
  const mayInvite = !!me?.permissions.includes('account.invite');
  const mayManage = !!me?.permissions.includes('account.manage');
  const accounts = useEveryPage(AccountsDocument, {}, (data) => data.accounts, !mayInvite);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const report = (next: Outcome) => {
    setOutcome(next);
    accounts.retry();
  };

  return (
    <div className="screen" aria-busy={accounts.fetching}>
      <header className="screen__header">
        <h1>{t('accounts.title')}</h1>
        <p className="screen__subtitle">{t('accounts.intro')}</p>
      </header>
      {!me && <LoadingPanel />}
      {me && !me.account && (
        <p className="hint">
          {t('list.signInFirst')} <Link to={signInPath(location)}>{t('session.signIn')}</Link>
        </p>
      )}
      {me?.account && !mayInvite && <p className="hint">{t('accounts.notAllowed')}</p>}
      {mayInvite && (
        <>
          <InviteAccountForm
            administrator={mayManage}
            ownParticipant={me?.participant?.name ?? null}
            onInvited={accounts.retry}
          />
          <div className={outcome?.kind === 'failed' ? 'field-problems' : 'outcome'} role="status">
            {outcome && <p>{outcome.text}</p>}
            {outcome?.kind === 'done' && outcome.link && (
              <p>
                <code className="link-to-pass-on">{outcome.link}</code>
              </p>
            )}
          </div>
          {accounts.error && !accounts.nodes && (
            <ErrorPanel error={accounts.error} onRetry={accounts.retry} />
          )}
          {!accounts.nodes && !accounts.error && <LoadingPanel />}
          {accounts.nodes && (
            <>
              <AccountsTable
                accounts={accounts.nodes}
                mayManage={mayManage}
                selfId={me?.account?.id ?? null}
                onOutcome={report}
              />
              <ListStatus
                fetching={accounts.fetching}
                shown={accounts.nodes.length}
                total={accounts.totalCount}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
