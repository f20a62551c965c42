import type { FormEvent, ReactNode } from 'react';
import { BusyButton } from '../BusyButton';
import { FieldProblems, fieldAttributes } from '../FieldProblems';
import type { FormState } from './useForm';

/**
 * A form of the one pattern: the server's messages about no field in particular at the top, a status line that
 * announces a success, and no browser validation (the server's messages are the ones shown). `onSubmit` is called
 * without the event: the page never reloads.
 */
export function Form<F extends string>({
  form,
  onSubmit,
  label,
  className,
  children,
}: {
  form: FormState<F>;
  onSubmit: () => unknown;
  /** The form's name for assistive technology, when no heading inside names it. */
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <form ref={form.ref} className={className ?? 'form'} noValidate onSubmit={submit} aria-label={label}>
      <FieldProblems id={`${form.id}-form-problems`} messages={form.problems.form} />
      {children}
      <p className="form__success" role="status">
        {form.success ?? ''}
      </p>
    </form>
  );
}

/** What a field's control spreads on itself: its id (the label points at it), its state and its description. */
export interface ControlAttributes {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * One field: its label, the control (given the attributes that tie it to the label, the hint and the server's
 * messages), a hint, and the server's messages about it, announced as they appear.
 */
export function Field<F extends string>({
  form,
  name,
  label,
  hint,
  children,
}: {
  form: FormState<F>;
  name: F;
  label: ReactNode;
  hint?: ReactNode;
  children: (control: ControlAttributes) => ReactNode;
}) {
  const controlId = `${form.id}-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const messages = form.problems[name];
  return (
    <div className="form__field">
      <label htmlFor={controlId}>{label}</label>
      {children({ id: controlId, name, ...fieldAttributes(form.id, name, messages, hintId) })}
      {hint && (
        <span id={hintId} className="form__hint">
          {hint}
        </span>
      )}
      <FieldProblems id={`${controlId}-problems`} messages={messages} />
    </div>
  );
}

/** The form's submit button: keeps the focus while the request is under way (BusyButton). */
export function SubmitButton({
  busy,
  className = 'button-primary',
  children,
}: {
  busy: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <BusyButton type="submit" className={className} busy={busy}>
      {children}
    </BusyButton>
  );
}
