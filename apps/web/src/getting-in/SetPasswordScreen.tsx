import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResetSession } from '../app/session';
import { AcceptInvitationDocument } from '../generated/getting-in/acceptInvitation';
import { ResetPasswordDocument } from '../generated/getting-in/resetPassword';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export { textsLoaded } from './texts';

const FIELDS = ['password', 'token'] as const;

type Purpose = 'invitation' | 'reset';

/**
 * Where an emailed link lands: the person chooses a password, is signed in and goes to the overview. The token
 * travels in the address (`?token=`); the server says when it was used already or has expired.
 */
function SetPasswordScreen({ purpose }: { purpose: Purpose }) {
  const { t } = useTranslation();
  const title = t(`gettingIn.${purpose}.title`);
  useDocumentTitle(title);
  const id = useId();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [accepting, accept] = useMutation(AcceptInvitationDocument);
  const [resetting, reset] = useMutation(ResetPasswordDocument);
  const fetching = purpose === 'invitation' ? accepting.fetching : resetting.fetching;
  const [password, setPassword] = useState('');
  const form = useForm(FIELDS);

  const submit = async () => {
    const input = { input: { token, password } };
    const done = await form.run<object>(() => (purpose === 'invitation' ? accept(input) : reset(input)));
    if (!done) return;
    // Signed in now: every answer may differ, so the client starts afresh.
    resetSession();
    await navigate('/');
  };

  // A link that cannot work: the person asks for a new one.
  const linkProblems = token ? form.problems.token : [t('gettingIn.noToken')];

  return (
    <section className="sign-in" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{title}</h1>
      <p>{t(`gettingIn.${purpose}.intro`)}</p>
      <Form form={form} onSubmit={submit} className="form panel">
        {linkProblems && (
          <div className="field-problems" role="alert">
            <p>{linkProblems.join(' ')}</p>
            <p>
              <Link to="/forgot-password">{t(`gettingIn.${purpose}.newLink`)}</Link>
            </p>
          </div>
        )}
        <Field
          form={form}
          name="password"
          label={t('gettingIn.newPassword')}
          hint={t('gettingIn.passwordHint')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <SubmitButton busy={fetching}>
          {fetching ? t('gettingIn.submitting') : t(`gettingIn.${purpose}.submit`)}
        </SubmitButton>
      </Form>
    </section>
  );
}

/** `/accept-invitation?token=…`: the invitation's email opens it. */
export function AcceptInvitationScreen() {
  return <SetPasswordScreen purpose="invitation" />;
}

/** `/reset-password?token=…`: the reset email opens it. */
export function ResetPasswordScreen() {
  return <SetPasswordScreen purpose="reset" />;
}
