import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { ProcessSwitcherDocument } from '../generated/app/processSwitcher';
import { asOfSearch } from './as-of';
import { useProcessId } from './process';

/** Where switching process leads from a screen: the same screen when it exists for every process, else the overview. */
export function switchedPath(pathname: string, screens: readonly string[]): string {
  return screens.includes(pathname) ? pathname : '/';
}

/**
 * Which process the screens show, and, with more than one, the others to switch to. Switching starts live: a
 * day chosen in one process's course means nothing in another's.
 */
export function ProcessSwitcher({ screens }: { screens: readonly string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const { pathname } = useLocation();
  const processId = useProcessId();
  const [{ data }] = useQuery({ query: ProcessSwitcherDocument, variables: { processId } });
  if (!data || data.processes.totalCount < 2) return null;
  const shown = data.process;
  return (
    <nav className="process-switcher" aria-labelledby={`${id}-label`}>
      <p className="process-switcher__shown">
        <span id={`${id}-label`}>{t('process.label')}</span>{' '}
        <strong className="process-switcher__title">{shown.title}</strong>
      </p>
      <details className="process-switcher__choices">
        <summary>{t('process.switch')}</summary>
        <ul>
          {data.processes.edges.map(({ node }) => (
            <li key={node.id}>
              <Link
                to={{
                  pathname: switchedPath(pathname, screens),
                  search: asOfSearch({ processId: node.id, isLive: true, day: '' }),
                }}
                aria-current={node.id === shown.id ? 'true' : undefined}
              >
                {node.title}
              </Link>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
