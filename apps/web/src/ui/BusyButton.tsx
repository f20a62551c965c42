import type { ButtonHTMLAttributes, MouseEvent } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & { busy: boolean };

/**
 * A button that refuses clicks while its work is under way but keeps the keyboard focus: a disabled button drops
 * the focus to the page body, and a keyboard or screen-reader user is lost once the save or refusal comes back.
 */
export function BusyButton({ busy, onClick, type = 'button', ...rest }: Props) {
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return <button {...rest} type={type} aria-disabled={busy || undefined} onClick={click} />;
}
