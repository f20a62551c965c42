import { type RefObject, useEffect } from 'react';

/**
 * After a refusal, the focus goes to what must be put right: the first control the server questioned, or else the
 * form's own message. `problems` is the form's state of messages; a new one (each answer) moves the focus.
 */
export function useFocusOnProblems(form: RefObject<HTMLElement | null>, problems: object): void {
  useEffect(() => {
    const root = form.current;
    if (!root) return;
    const target =
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      root.querySelector<HTMLElement>('.field-problems');
    if (!target) return;
    if (!target.matches('input, select, textarea, button')) target.tabIndex = -1;
    target.focus();
  }, [form, problems]);
}
