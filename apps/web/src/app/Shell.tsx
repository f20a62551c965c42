import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { LoadingPanel } from '../ui/StatePanels';
import { asOfSearch, useAsOf } from './as-of';
import { AsOfControl } from './AsOfControl';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SessionMenu } from './SessionMenu';

/** The screens in the main navigation; each is its own chunk, loaded when first visited. */
const SCREENS = [
  { path: '/', key: 'overview' },
  { path: '/timeline', key: 'timeline' },
  { path: '/matters', key: 'matters' },
] as const;

/** The frame around every screen: navigation, language, who is signed in. */
export function Shell() {
  const { t } = useTranslation();
  const asOf = useAsOf();
  const location = useLocation();
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After moving to another screen, focus its content, as a page load would, so a screen reader starts there.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
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
              {SCREENS.map((screen) => (
                <li key={screen.path}>
                  <NavLink to={{ pathname: screen.path, search: asOfSearch(asOf) }} end>
                    {t(`nav.${screen.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="masthead__tools">
            <LanguageSwitcher />
            <SessionMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="content">
        {navigation.state === 'loading' && <LoadingPanel label={t('state.loadingScreen')} />}
        <Outlet />
      </main>
    </>
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
