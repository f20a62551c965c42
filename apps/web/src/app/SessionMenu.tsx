import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { SignOutDocument } from '../generated/app/signOut';
import { errorText } from '../ui/errors';
import { useMe, useResetSession } from './session';

/** The sign-in address that brings the person back here afterwards. */
export function signInPath(here: { pathname: string; search: string }): string {
  if (here.pathname === '/sign-in') return '/sign-in';
  return `/sign-in?next=${encodeURIComponent(here.pathname + here.search)}`;
}

export function SessionMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const { me } = useMe();
  const reset = useResetSession();
  const [{ fetching: signingOut }, signOut] = useMutation(SignOutDocument);
  const [problem, setProblem] = useState<string | null>(null);

  if (!me) return <div className="session" aria-hidden="true" />;

  if (!me.account) {
    return (
      <div className="session">
        <span className="session__public">{t('session.publicView')}</span>
        {location.pathname !== '/sign-in' && (
          <Link className="button-link" to={signInPath(location)}>
            {t('session.signIn')}
          </Link>
        )}
      </div>
    );
  }

  const roles = me.capacities.map((capacity) => t(`capacity.${capacity}`)).join(', ');
  return (
    <div className="session">
      <p className="session__who">
        <span className="session__name">{me.account.displayName}</span>
        <span className="session__detail">
          {[me.participant?.name, roles].filter(Boolean).join(' · ') || t('session.noCapacity')}
        </span>
      </p>
      <button
        type="button"
        disabled={signingOut}
        onClick={async () => {
          setProblem(null);
          const result = await signOut({});
          if (result.error) setProblem(errorText(result.error, t));
          else reset();
        }}
      >
        {signingOut ? t('session.signingOut') : t('session.signOut')}
      </button>
      {problem && (
        <p className="session__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
