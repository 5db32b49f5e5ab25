import { render, screen, within } from '@testing-library/react';
import { FiguresTable } from './FiguresTable';

describe("a chart's table alternative", () => {
  it('is a named table with a heading per column and the same figures, each row named by its first cell', () => {
    render(
      <FiguresTable id="attendance-table" caption="Oppmøte"
        columns={[{ key: 'organisation', label: 'Organisasjon' }, { key: 'present', label: 'Til stede' }, { key: 'absent', label: 'Forfall' }]}
        rows={[{ organisation: 'Alfa', present: 3, absent: 0 }, { organisation: 'Beta', present: 1, absent: 2 }]} />,
    );
    const table = screen.getByRole('table', { name: 'Oppmøte' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Organisasjon', 'Til stede', 'Forfall']);
    const beta = within(table).getByRole('rowheader', { name: 'Beta' }).closest('tr')!;
    expect(within(beta).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '2']);
    expect(screen.getByRole('region', { name: 'Oppmøte' }).contains(table)).toBe(true);
  });
});
