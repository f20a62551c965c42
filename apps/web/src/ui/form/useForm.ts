// The one form pattern (ui/form/): useForm holds what the server said about a form, Form and Field show it.
//
//   const form = useForm(['title', 'description'] as const);  // { otherProblemsAt: 'title' } to place the rest there
//   const submit = () => form.run(() => update({ input }, CHANGES), () => t('…saved'));
//   <Form form={form} onSubmit={submit} label={t('…')}>
//     <Field form={form} name="title" label={t('…title')}>
//       {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
//     </Field>
//     <SubmitButton busy={fetching}>{t('…save')}</SubmitButton>
//   </Form>
//
// The values stay in the caller's own state and are never cleared here, so nothing typed is lost on an error. After
// an answer, the server's messages sit next to the field they name (the rest at the top of the form), the focus
// goes to the first control at fault, and a success is announced in the form's status line. A CONFLICT (a stale
// expectedVersion) is kept apart, as `conflict`, for ConflictPanel to show.
import { type RefObject, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError, OperationResult } from 'urql';
import { problemsByField, problemsOf } from '../errors';
import { useFocusOnProblems } from '../useFocusOnProblems';

export type FormProblems<F extends string> = Partial<Record<F | 'form', string[]>>;

/** A refusal because the record changed since it was loaded: the record as it now stands, from the server. */
export interface Conflict {
  message: string;
  /** The record's current values (extensions.current), or null when the server sent none. */
  current: Record<string, unknown> | null;
}

export interface FormState<F extends string> {
  /** Prefix of every id in the form: a field's control is `${id}-${name}`. */
  id: string;
  ref: RefObject<HTMLFormElement | null>;
  problems: FormProblems<F>;
  /** The last success's words, until the next submit. */
  success: string | null;
  conflict: Conflict | null;
  /**
   * Sends a request: clears the last messages, then places the server's (or shows `succeeded`'s words). Returns
   * the data, or undefined when it was refused.
   */
  run<T>(
    request: () => Promise<Pick<OperationResult<T>, 'data' | 'error'>>,
    succeeded?: (data: T) => string | null,
  ): Promise<T | undefined>;
  /** Problems found before asking the server (a required choice left empty), shown as the server's are. */
  refuse(problems: FormProblems<F>): void;
  /** Back to no messages, e.g. when the person changes what the form is about. */
  clear(): void;
}

function conflictOf(error: CombinedError): Conflict | null {
  const refusal = error.graphQLErrors.find((graphQLError) => graphQLError.extensions.code === 'CONFLICT');
  if (!refusal) return null;
  const current = refusal.extensions.current;
  return {
    message: refusal.message,
    current: current && typeof current === 'object' ? (current as Record<string, unknown>) : null,
  };
}

export function useForm<F extends string>(
  fields: readonly F[],
  /** `otherProblemsAt`: the field that takes the messages about no field of the form, instead of the form's top. */
  options: { otherProblemsAt?: F } = {},
): FormState<F> {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<FormProblems<F>>({});
  const [success, setSuccess] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  useFocusOnProblems(ref, problems);

  const clear = useCallback(() => {
    setProblems({});
    setSuccess(null);
    setConflict(null);
  }, []);

  const { otherProblemsAt } = options;
  const placed = useCallback(
    (problems: FormProblems<F>): FormProblems<F> => {
      if (!otherProblemsAt || !problems.form) return problems;
      const { form, ...rest } = problems;
      const there = problems[otherProblemsAt] ?? [];
      return { ...rest, [otherProblemsAt]: [...there, ...form] } as FormProblems<F>;
    },
    [otherProblemsAt],
  );

  const run = useCallback(
    async <T>(
      request: () => Promise<Pick<OperationResult<T>, 'data' | 'error'>>,
      succeeded?: (data: T) => string | null,
    ): Promise<T | undefined> => {
      setSuccess(null);
      setProblems({});
      setConflict(null);
      const result = await request();
      if (result.error) {
        const stale = conflictOf(result.error);
        setConflict(stale);
        // A conflict is told by the conflict panel; every other refusal next to its field.
        setProblems(stale ? {} : placed(problemsByField(problemsOf(result.error, t), fields)));
        return undefined;
      }
      if (result.data === undefined) return undefined;
      setSuccess(succeeded?.(result.data) ?? null);
      return result.data;
    },
    [fields, placed, t],
  );

  return { id, ref, problems, success, conflict, run, refuse: setProblems, clear };
}
