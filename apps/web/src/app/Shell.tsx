import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { useFormat } from '../i18n/format';
import { LoadingPanel } from '../ui/StatePanels';
import { asOfSearch, useAsOf } from './as-of';
import { AsOfControl } from './AsOfControl';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LiveChangesProvider, LiveNote } from './live-changes';
import { LiveInboxProvider, useLiveInbox } from './live-inbox';
import { SearchLauncher } from '../search/SearchLauncher';
import { ProcessSwitcher } from './ProcessSwitcher';
import { useMe } from './session';
import { SessionMenu } from './SessionMenu';

/**
 * The screens in the main navigation; each is its own chunk, loaded when first visited. Those shown as of a day
 * keep the chosen day in their links; the others are about the person signed in, today. A screen that names a
 * permission is listed for those the server says hold it today.
 */
const SCREENS = [
  { path: '/', key: 'overview', asOf: true, signedIn: false },
  { path: '/timeline', key: 'timeline', asOf: true, signedIn: false },
  { path: '/matters', key: 'matters', asOf: true, signedIn: false },
  { path: '/preparations', key: 'preparations', asOf: true, signedIn: true },
  { path: '/participants', key: 'participants', asOf: true, signedIn: false },
  { path: '/invitations', key: 'invitations', asOf: false, signedIn: true },
  { path: '/inbox', key: 'inbox', asOf: false, signedIn: true },
  { path: '/processes', key: 'processes', asOf: false, signedIn: true, text: 'process.all' },
  // Shown only to those the server grants the permission today (`me.permissions`); it checks each operation again.
  { path: '/accounts', key: 'accounts', asOf: false, signedIn: true, permission: 'account.invite' },
  {
    path: '/failed-jobs',
    key: 'failedJobs',
    asOf: false,
    signedIn: true,
    permission: 'notificationJobs.manage',
  },
  { path: '/people', key: 'people', asOf: false, signedIn: true, permission: 'participant.write' },
] as const;
const SCREEN_PATHS = SCREENS.map((screen) => screen.path);

/** The inbox's name in the navigation, with the unread count in figures and, for screen readers, in words. */
function InboxLinkText() {
  const { t } = useTranslation();
  const format = useFormat();
  const { unread } = useLiveInbox();
  return (
    <>
      {t('nav.inbox')}
      {unread !== null && unread > 0 && (
        <>
          {' '}
          <span className="nav__count" aria-hidden="true">
            {format.number(unread)}
          </span>
          <span className="visually-hidden">{t('nav.unread', { count: unread })}</span>
        </>
      )}
    </>
  );
}

/** Says a new notification aloud as it arrives, without moving the focus. */
function NotificationAnnouncer() {
  const { t } = useTranslation();
  const { latest } = useLiveInbox();
  return (
    <p className="visually-hidden" role="status">
      {latest ? t('nav.newNotification', { subject: latest }) : ''}
    </p>
  );
}

/** The frame around every screen: navigation, language, who is signed in. */
export function Shell() {
  const { t } = useTranslation();
  const asOf = useAsOf();
  const location = useLocation();
  const navigation = useNavigation();
  const { me } = useMe();
  const signedIn = !!me?.account;
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After moving to another screen, focus its content, as a page load would, so a screen reader starts there.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  return (
    <LiveInboxProvider signedIn={signedIn}>
      <LiveChangesProvider live={asOf.isLive}>
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="masthead">
          <div className="masthead__inner">
            <Link className="brand" to={{ pathname: '/', search: asOfSearch(asOf) }}>
              {t('app.brand')}
            </Link>
            <nav className="nav" aria-label={t('nav.label')}>
              <ul>
                {SCREENS.filter(
                  (screen) =>
                    (signedIn || !screen.signedIn) &&
                    (!('permission' in screen) || !!me?.permissions.includes(screen.permission)),
                ).map((screen) => (
                  <li key={screen.path}>
                    <NavLink
                      to={{ pathname: screen.path, search: asOfSearch(asOf, { day: screen.asOf }) }}
                      end={screen.path === '/'}
                    >
                      {screen.key === 'inbox' ? (
                        <InboxLinkText />
                      ) : (
                        t('text' in screen ? screen.text : `nav.${screen.key}`)
                      )}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="masthead__tools">
              <SearchLauncher />
              <LanguageSwitcher />
              <SessionMenu />
            </div>
          </div>
          <ProcessSwitcher screens={SCREEN_PATHS} />
          <NotificationAnnouncer />
        </header>
        <main id="main" ref={main} tabIndex={-1} className="content">
          <LiveNote />
          {navigation.state === 'loading' && <LoadingPanel label={t('state.loadingScreen')} />}
          <Outlet />
        </main>
      </LiveChangesProvider>
    </LiveInboxProvider>
  );
}

/** The screens that show the process as of a day share the control that chooses it. */
export function AsOfLayout() {
  return (
    <>
      <AsOfControl />
      <Outlet />
    </>
  );
}
