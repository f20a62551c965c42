import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import texts from 'virtual:texts/inbox,preferences,notificationKind,frequency';
import { useMe } from '../app/session';
import { signInPath } from '../app/SessionMenu';
import { addTexts } from '../i18n/i18n';
import { LoadingPanel } from '../ui/StatePanels';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { Notifications } from './Notifications';
import { Preferences } from './Preferences';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = addTexts(texts);

/** The person's notifications, live, and how they want to hear of each kind of event. */
export function InboxScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('inbox.title'));
  const location = useLocation();
  const { me } = useMe();
  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{t('inbox.title')}</h1>
        <p className="screen__subtitle">{t('inbox.intro')}</p>
      </header>
      {!me && <LoadingPanel />}
      {me && !me.account && (
        <p className="hint">
          {t('list.signInFirst')} <Link to={signInPath(location)}>{t('session.signIn')}</Link>
        </p>
      )}
      {me?.account && (
        <div className="inbox">
          <Notifications />
          <Preferences />
        </div>
      )}
    </div>
  );
}
