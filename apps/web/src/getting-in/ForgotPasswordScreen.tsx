import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { RequestPasswordResetDocument } from '../generated/getting-in/requestPasswordReset';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export { textsLoaded } from './texts';

const FIELDS = ['email'] as const;

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
  const [{ fetching }, request] = useMutation(RequestPasswordResetDocument);
  const form = useForm(FIELDS);
  const done = useRef<HTMLParagraphElement>(null);

  const submit = async () => {
    const address = email.trim();
    if (!(await form.run(() => request({ email: address })))) return;
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
          <Form form={form} onSubmit={submit} className="form panel">
            <Field form={form} name="email" label={t('gettingIn.email')}>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  autoComplete="username"
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
              )}
            </Field>
            <SubmitButton busy={fetching}>
              {fetching ? t('gettingIn.forgot.sending') : t('gettingIn.forgot.submit')}
            </SubmitButton>
          </Form>
          <p>
            <Link to="/sign-in">{t('gettingIn.backToSignIn')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
