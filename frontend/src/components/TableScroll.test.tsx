import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TableScroll } from './TableScroll';

function Members({ names }: { names: string[] }) {
  return (
    <TableScroll label="Medlemmer">
      <table>
        <thead>
          <tr><th>Organisasjon</th><th>Svar</th></tr>
        </thead>
        <tbody>
          {names.map((n) => (
            <tr key={n}><td>{n}</td><td>Kommer</td></tr>
          ))}
          {names.length === 0 && <tr><td colSpan={2}>Ingen</td></tr>}
        </tbody>
      </table>
    </TableScroll>
  );
}

describe('TableScroll', () => {
  it('is a named region the keyboard reaches', () => {
    render(<Members names={['NHO']} />);
    const region = screen.getByRole('region', { name: 'Medlemmer' });
    expect(region.tabIndex).toBe(0);
  });

  it('labels every cell with its column heading, also rows added later, but not a cell spanning columns', async () => {
    let add: (n: string) => void = () => {};
    function Growing() {
      const [names, setNames] = useState<string[]>([]);
      add = (n) => setNames((all) => [...all, n]);
      return <Members names={names} />;
    }
    render(<Growing />);
    expect(screen.getByText('Ingen').dataset.label).toBeUndefined();
    act(() => add('LO'));
    await waitFor(() => expect(screen.getByText('LO').dataset.label).toBe('Organisasjon'));
    expect(screen.getByText('Kommer').dataset.label).toBe('Svar');
  });
});
