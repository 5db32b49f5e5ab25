import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NotesField } from './NotesField';

function Harness({ start }: { start: string }) {
  const [value, setValue] = useState(start);
  return <NotesField label="Referat fra saken" caseLabel="Sak 3/21" value={value} onChange={setValue} />;
}

describe('NotesField', () => {
  const notes = 'Hilde Aamodt orienterte.\nTallene fra Østfold er ikke offentlige ennå.\n\nSpørsmål fra NHO.';

  it('fences the selected text as not public and keeps it selected', async () => {
    render(<Harness start={notes} />);
    const area = screen.getByLabelText('Referat fra saken') as HTMLTextAreaElement;
    const start = notes.indexOf('Tallene');
    area.setSelectionRange(start, start + 'Tallene fra Østfold'.length);
    await userEvent.click(screen.getByRole('button', { name: 'Merk som ikke offentlig, Sak 3/21' }));

    expect(area.value).toBe('Hilde Aamodt orienterte.\n::: ikke-offentlig\nTallene fra Østfold er ikke offentlige ennå.\n:::\n\nSpørsmål fra NHO.');
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('Tallene fra Østfold er ikke offentlige ennå.');
    expect(screen.getByRole('status').textContent).toBe('Teksten er merket som ikke offentlig.');
  });

  it("fences the cursor's paragraph when nothing is selected, and says so when there is nothing to fence", async () => {
    render(<Harness start={notes} />);
    const area = screen.getByLabelText('Referat fra saken') as HTMLTextAreaElement;
    const button = screen.getByRole('button', { name: 'Merk som ikke offentlig, Sak 3/21' });
    area.setSelectionRange(notes.length - 3, notes.length - 3);
    await userEvent.click(button);
    expect(area.value.endsWith('\n\n::: ikke-offentlig\nSpørsmål fra NHO.\n:::')).toBe(true);

    const inside = area.value.indexOf('NHO');
    area.setSelectionRange(inside, inside);
    await userEvent.click(button);
    expect(area.value.match(/::: ikke-offentlig/g)).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('Ingenting å merke');
  });
});
