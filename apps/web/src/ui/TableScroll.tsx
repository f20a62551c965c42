import type { ReactNode } from 'react';

type Props = { children: ReactNode } & ({ labelledBy: string } | { label: string });

/**
 * The frame of a table that may be wider than the screen: it scrolls sideways inside itself, never the page. It
 * takes the keyboard focus so the arrow keys scroll it, is named for screen readers, and its styles shade the edge
 * that has more columns beyond it, so a reader sees that it scrolls.
 */
export function TableScroll(props: Props) {
  const name =
    'labelledBy' in props ? { 'aria-labelledby': props.labelledBy } : { 'aria-label': props.label };
  return (
    <div className="table-scroll" tabIndex={0} role="group" {...name}>
      {props.children}
    </div>
  );
}
