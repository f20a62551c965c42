import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { RequestPasswordResetDocument } from '../generated/getting-in/requestPasswordReset';
import { BusyButton } from '../ui/BusyButton';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export { textsLoaded } from './texts';

const FIELDS = ['email'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

/**
 * Asks for a reset link by email. The answer is the same whether or not the address has an account (the server
 * reveals no one), so the screen says where the link goes if there is one.
 */
export function ForgotPasswordScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('gettingIn.forgot.title'));
  const id = useId();
  const [search] = useSearchParams();
  const [email, setEmail] = useState(search.get('email') ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [{ fetching }, request] = useMutation(RequestPasswordResetDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);
  const done = useRef<HTMLParagraphElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const result = await request({ email: address });
    if (result.error) {
      setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
      return;
    }
    setProblems({});
    setSentTo(address);
    // The form is gone; the news takes the focus, so a screen reader reads it.
    requestAnimationFrame(() => done.current?.focus());
  };

  return (
    <section className="sign-in" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('gettingIn.forgot.title')}</h1>
      {sentTo ? (
        <div className="panel">
          <p ref={done} tabIndex={-1} role="status">
            {t('gettingIn.forgot.sent', { email: sentTo })}
          </p>
          <p>
            <Link to="/sign-in">{t('gettingIn.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t('gettingIn.forgot.intro')}</p>
          <form ref={form} className="form panel" noValidate onSubmit={submit}>
            <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
            <div className="form__field">
              <label htmlFor={`${id}-email`}>{t('gettingIn.email')}</label>
              <input
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
            <BusyButton type="submit" className="button-primary" busy={fetching}>
              {fetching ? t('gettingIn.forgot.sending') : t('gettingIn.forgot.submit')}
            </BusyButton>
          </form>
          <p>
            <Link to="/sign-in">{t('gettingIn.backToSignIn')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
