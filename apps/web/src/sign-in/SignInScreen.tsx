import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useMe, useResetSession } from '../app/session';
import { SignInDocument } from '../generated/sign-in/signIn';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { addTexts } from '../i18n/i18n';
import texts from 'virtual:texts/signIn';
import { textsLoaded as gettingInTextsLoaded } from '../getting-in/texts';
import { BusyButton } from '../ui/BusyButton';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export const textsLoaded = Promise.all([addTexts(texts), gettingInTextsLoaded]).then(() => undefined);

const FIELDS = ['email', 'password'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

/** Where to go after signing in: a path of this site only, never another origin. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const id = useId();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));
  const navigate = useNavigate();
  const reset = useResetSession();
  const { me } = useMe();
  const [{ fetching }, signIn] = useMutation(SignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The server validates; its messages are shown next to the fields they name.
    const result = await signIn({ input: { email: email.trim(), password } });
    if (result.error) {
      const byField = problemsByField(problemsOf(result.error, t), FIELDS);
      setProblems(byField);
      (byField.email ? emailInput : passwordInput).current?.focus();
      return;
    }
    reset();
    await navigate(next);
  };

  return (
    <section className="sign-in" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('signIn.title')}</h1>
      {me?.account ? (
        <p className="panel">
          {t('signIn.already', { name: me.account.displayName })}{' '}
          <Link to={next}>{t('signIn.continue')}</Link>
        </p>
      ) : (
        <>
          <p>{t('signIn.intro')}</p>
          <form className="form panel" noValidate onSubmit={submit}>
            <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
            <div className="form__field">
              <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
              <input
                ref={emailInput}
                id={`${id}-email`}
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                {...fieldAttributes(id, 'email', problems.email)}
                onChange={(event) => setEmail(event.target.value)}
              />
              <FieldProblems id={`${id}-email-problems`} messages={problems.email} />
            </div>
            <div className="form__field">
              <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
              <input
                ref={passwordInput}
                id={`${id}-password`}
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                {...fieldAttributes(id, 'password', problems.password)}
                onChange={(event) => setPassword(event.target.value)}
              />
              <FieldProblems id={`${id}-password-problems`} messages={problems.password} />
            </div>
            <BusyButton type="submit" className="button-primary" busy={fetching}>
              {fetching ? t('signIn.submitting') : t('signIn.submit')}
            </BusyButton>
          </form>
          <p>
            <Link
              to={{
                pathname: '/forgot-password',
                search: email.trim() ? `?email=${encodeURIComponent(email.trim())}` : '',
              }}
            >
              {t('gettingIn.forgot.link')}
            </Link>
          </p>
          <p className="muted">{t('signIn.publicNote')}</p>
        </>
      )}
    </section>
  );
}
