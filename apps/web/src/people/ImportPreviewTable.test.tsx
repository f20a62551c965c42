import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n';
import { ImportPreviewTable, rowsShown, type ImportResult } from './ImportPreviewTable';
import { textsLoaded } from './PeopleFrame';

const row = (n: number, name: string, iso3: string, outcome: ImportResult['rows'][number]['outcome']) => ({
  row: n,
  name,
  iso3,
  outcome,
  changes: [],
  refusals: [],
});

const preview: ImportResult = {
  dryRun: true,
  added: 1,
  changed: 1,
  unchanged: 1,
  refused: 1,
  rows: [
    row(1, 'Afghanistan', 'AFG', 'ADDED'),
    {
      ...row(2, 'Norway', 'NOR', 'CHANGED'),
      changes: [
        { field: 'regionalGroup', from: 'Western European and Others', to: 'Western Europe' },
        { field: 'becamePartyOn', from: null, to: '1999-03-01' },
      ],
    },
    row(3, 'Thailand', 'THA', 'UNCHANGED'),
    {
      ...row(4, 'Nowhere', 'NO', 'REFUSED'),
      refusals: [{ code: 'CSV_BAD_ISO3', field: 'iso3', message: "'NO' is not an ISO 3166 alpha-3 code." }],
    },
  ],
};

describe('the import preview', () => {
  beforeAll(() => textsLoaded);

  it('keeps to the rows that add, change or are refused, unless asked for every row', () => {
    expect(rowsShown(preview.rows, false).map((r) => r.iso3)).toEqual(['AFG', 'NOR', 'NO']);
    expect(rowsShown(preview.rows, true)).toHaveLength(4);
  });

  it('shows each row with what it changes or why it is refused, and the counts', () => {
    render(<ImportPreviewTable result={preview} />);
    expect(screen.getByRole('heading', { name: 'What the import would do' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Afghanistan AFG',
      'Norway NOR',
      'Nowhere NO',
    ]);
    expect(within(rows[0]!).getByText('Added')).toBeInTheDocument();
    expect(
      within(rows[1]!).getByText('Regional group: Western European and Others → Western Europe'),
    ).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Entry into force: — → 1 Mar 1999')).toBeInTheDocument();
    expect(within(rows[2]!).getByText(/is not an ISO 3166 alpha-3 code/)).toBeInTheDocument();
    expect(within(rows[2]!).getByText('CSV_BAD_ISO3')).toBeInTheDocument();
    expect(screen.getByText('refused').parentElement).toHaveTextContent('1 refused');

    fireEvent.click(screen.getByLabelText('Show unchanged rows too'));
    expect(screen.getByRole('rowheader', { name: 'Thailand THA' })).toBeInTheDocument();
  });

  it('speaks the reader’s language', async () => {
    await chooseLanguage('fr');
    render(<ImportPreviewTable result={{ ...preview, dryRun: false }} />);
    expect(screen.getByRole('heading', { name: 'Ce qu’a fait l’import' })).toBeInTheDocument();
    expect(screen.getByText('Refusé')).toBeInTheDocument();
    expect(
      screen.getByText('Groupe régional : Western European and Others → Western Europe'),
    ).toBeInTheDocument();
  });
});
