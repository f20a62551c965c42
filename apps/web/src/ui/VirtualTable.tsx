import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type ReactNode, useRef } from 'react';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The cell that names the row, read first by screen readers. */
  rowHeader?: boolean;
}

interface Props<T> {
  /** Names the table for assistive technology. */
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** CSS grid columns shared by the header and every row, e.g. `minmax(12rem, 2fr) 1fr 8rem`. */
  template: string;
  rowClassName?: (row: T) => string | undefined;
  /** A row's height before it is measured. */
  estimateRowHeight?: number;
}

/**
 * A table that stays smooth past thousands of rows: only the rows in view (and a few around them) are in the
 * document; each is measured once shown, so rows may wrap. It keeps table semantics (role=table with aria-rowcount
 * and each row's aria-rowindex), so a screen reader says "row 812 of 1,201". The body scrolls on its own and takes
 * the keyboard focus, so the arrow and page keys scroll it; links inside rows are reached with Tab as usual. Where
 * the screen is narrower than the columns need, the whole table scrolls sideways inside its frame, never the page.
 */
export function VirtualTable<T>({
  label,
  rows,
  columns,
  rowKey,
  template,
  rowClassName,
  estimateRowHeight = 44,
}: Props<T>) {
  const body = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => body.current,
    estimateSize: () => estimateRowHeight,
    getItemKey: (index) => rowKey(rows[index]!),
    overscan: 8,
  });
  const grid = { gridTemplateColumns: template } satisfies CSSProperties;

  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      {/* Header and rows keep their columns' minimums; on a narrow screen the table scrolls sideways as one. */}
      <div className="vtable__frame" style={{ minWidth: minimumWidth(template) }}>
        <div className="vtable__head" role="rowgroup">
          <div className="vtable__row" role="row" aria-rowindex={1} style={grid}>
            {columns.map((column) => (
              <div key={column.key} className="vtable__cell" role="columnheader">
                {column.header}
              </div>
            ))}
          </div>
        </div>
        <div ref={body} className="vtable__body" role="rowgroup" tabIndex={0}>
          {/* Only sizes the scrolling area; the rows belong to the row group around it. */}
          <div className="vtable__rows" role="presentation" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              const extra = rowClassName?.(row);
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className={extra ? `vtable__row ${extra}` : 'vtable__row'}
                  role="row"
                  aria-rowindex={item.index + 2}
                  style={{ ...grid, transform: `translateY(${item.start}px)` }}
                >
                  {columns.map((column) => (
                    <div
                      key={column.key}
                      className="vtable__cell"
                      role={column.rowHeader ? 'rowheader' : 'cell'}
                    >
                      {column.cell(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

/** The cell padding of `.vtable__cell`, left and right, in rem. */
const CELL_PADDING_REM = 1.4;

/** The width below which a template's columns would overlap: each track's rem minimum, and every cell's padding. */
export function minimumWidth(template: string): string {
  // Tracks are separated by spaces outside parentheses: `minmax(12rem, 2fr) 8rem 1fr`.
  const tracks = template.match(/(?:[^\s(]+\([^)]*\)|[^\s]+)/g) ?? [];
  const rem = tracks.reduce((sum, track) => {
    const minimum = /^minmax\(\s*([\d.]+)rem/.exec(track) ?? /^([\d.]+)rem$/.exec(track);
    return sum + (minimum ? Number(minimum[1]) : 0) + CELL_PADDING_REM;
  }, 0);
  return `${Math.round(rem * 100) / 100}rem`;
}
