import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { scrollTo, withLayout } from '../test/layout';
import { minimumWidth, VirtualTable } from './VirtualTable';

interface Row {
  id: string;
  name: string;
}

const rows: Row[] = Array.from({ length: 1_500 }, (_, i) => ({ id: `r${i}`, name: `Participant ${i + 1}` }));

const table = () =>
  render(
    <VirtualTable
      label="Participants"
      rows={rows}
      columns={[
        { key: 'name', header: 'Name', rowHeader: true, cell: (row) => row.name },
        { key: 'id', header: 'Id', cell: (row) => row.id },
      ]}
      rowKey={(row) => row.id}
      template="1fr 1fr"
      estimateRowHeight={40}
    />,
  );

describe('VirtualTable', () => {
  beforeEach(() => withLayout({ viewport: 400, row: 40 }));

  it('puts only the rows in view in the document, and says how many there are', () => {
    table();
    const grid = screen.getByRole('table', { name: 'Participants' });
    expect(grid).toHaveAttribute('aria-rowcount', '1501');
    const shown = within(grid).getAllByRole('row');
    // The header, the ten rows that fit in 400 px and a few around them: not 1,500.
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(40);
    expect(within(grid).getByRole('rowheader', { name: 'Participant 1' }).parentElement).toHaveAttribute(
      'aria-rowindex',
      '2',
    );
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Id']);
  });

  it('shows the rows further down once scrolled there, and only those', async () => {
    table();
    const grid = screen.getByRole('table', { name: 'Participants' });
    const body = grid.querySelector('.vtable__body') as HTMLElement;
    expect(body).toHaveAttribute('tabindex', '0'); // the keyboard scrolls it
    await act(async () => scrollTo(body, 1_200 * 40));
    const row = await within(grid).findByRole('rowheader', { name: 'Participant 1201' });
    expect(row.parentElement).toHaveAttribute('aria-rowindex', '1202');
    expect(within(grid).queryByRole('rowheader', { name: 'Participant 1' })).not.toBeInTheDocument();
    expect(within(grid).getAllByRole('row').length).toBeLessThan(40);
  });
});

describe('minimumWidth', () => {
  it('adds the columns’ rem minimums and each cell’s padding, so narrower screens scroll the table, not squeeze it', () => {
    expect(minimumWidth('minmax(12rem, 2fr) minmax(6.5rem, 1fr) 8rem')).toBe('30.7rem');
    expect(minimumWidth('1fr 1fr')).toBe('2.8rem');
  });
});
