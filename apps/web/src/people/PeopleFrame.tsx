import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import texts from 'virtual:texts/people';
import { usePowers } from '../app/powers';
import { useMe } from '../app/session';
import { addTexts } from '../i18n/i18n';
import { LoadingPanel } from '../ui/StatePanels';

/** The people-and-roles screens' texts in the language in use; the router waits for them. */
export const textsLoaded = addTexts(texts);

const PAGES = [
  { path: '/people', key: 'participants' },
  { path: '/people/import', key: 'import' },
  { path: '/people/roles', key: 'roles' },
] as const;

/**
 * The frame of the people-and-roles screens: their heading, the links between them, and the door: they are for
 * those whose powers today let them manage participants (the server's `permissions`, from the domain's matrix).
 */
export function PeopleFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { me } = useMe();
  const powers = usePowers();
  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{title}</h1>
        <p className="screen__subtitle">{intro}</p>
        <nav className="subnav" aria-label={t('people.nav')}>
          <ul>
            {PAGES.map((page) => (
              <li key={page.path}>
                <NavLink to={page.path} end>
                  {t(`people.pages.${page.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {!me || !powers ? (
        <LoadingPanel />
      ) : powers.permissions.includes('participant.write') ? (
        children
      ) : (
        <section className="panel">
          <p>{me.account ? t('people.notAllowed') : t('people.signInFirst')}</p>
          {!me.account && <Link to="/sign-in">{t('people.signIn')}</Link>}
        </section>
      )}
    </div>
  );
}
