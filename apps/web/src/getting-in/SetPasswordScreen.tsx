import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResetSession } from '../app/session';
import { AcceptInvitationDocument } from '../generated/getting-in/acceptInvitation';
import { ResetPasswordDocument } from '../generated/getting-in/resetPassword';
import { BusyButton } from '../ui/BusyButton';
import { problemsByField, problemsOf } from '../ui/errors';
import { FieldProblems, fieldAttributes } from '../ui/FieldProblems';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusOnProblems } from '../ui/useFocusOnProblems';

/** The screen's texts in the language in use; the router waits for them before showing it. */
export { textsLoaded } from './texts';

const FIELDS = ['password', 'token'] as const;
type Problems = ReturnType<typeof problemsByField<(typeof FIELDS)[number]>>;

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
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusOnProblems(form, problems);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { input: { token, password } };
    const result = purpose === 'invitation' ? await accept(input) : await reset(input);
    if (result.error) {
      setProblems(problemsByField(problemsOf(result.error, t), FIELDS));
      return;
    }
    // Signed in now: every answer may differ, so the client starts afresh.
    resetSession();
    await navigate('/');
  };

  // A link that cannot work: the person asks for a new one.
  const linkProblems = token ? problems.token : [t('gettingIn.noToken')];

  return (
    <section className="sign-in" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{title}</h1>
      <p>{t(`gettingIn.${purpose}.intro`)}</p>
      <form ref={form} className="form panel" noValidate onSubmit={submit}>
        <FieldProblems id={`${id}-form-problems`} messages={problems.form} />
        {linkProblems && (
          <div className="field-problems" role="alert">
            <p>{linkProblems.join(' ')}</p>
            <p>
              <Link to="/forgot-password">{t(`gettingIn.${purpose}.newLink`)}</Link>
            </p>
          </div>
        )}
        <div className="form__field">
          <label htmlFor={`${id}-password`}>{t('gettingIn.newPassword')}</label>
          <input
            id={`${id}-password`}
            type="password"
            name="password"
            autoComplete="new-password"
            value={password}
            {...fieldAttributes(id, 'password', problems.password, `${id}-password-hint`)}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p id={`${id}-password-hint`} className="hint">
            {t('gettingIn.passwordHint')}
          </p>
          <FieldProblems id={`${id}-password-problems`} messages={problems.password} />
        </div>
        <BusyButton type="submit" className="button-primary" busy={fetching}>
          {fetching ? t('gettingIn.submitting') : t(`gettingIn.${purpose}.submit`)}
        </BusyButton>
      </form>
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
