import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../testing/render';
import { SectionView } from './SectionView';
import type { SideBySide } from './types';

const data: SideBySide = {
  sections: [{ id: 's1', title: 'Mål' }, { id: 's2', title: 'Tiltak' }, { id: null, title: 'Generelle merknader', general: true }],
  parties: [
    { partyId: 'p1', name: 'NHO', status: 'Responded', exemptBasis: null, texts: ['Enig i målene.', '', 'Takk for god prosess.'], noComments: false },
    { partyId: 'p2', name: 'LO', status: 'NoComments', exemptBasis: null, texts: ['', '', ''], noComments: true },
    { partyId: 'p3', name: 'KS', status: 'Responded', exemptBasis: 'Offl13', texts: ['', 'Unntatt tekst.', ''], noComments: false },
    { partyId: 'p4', name: 'NAV', status: 'Invited', exemptBasis: null, texts: ['', '', ''], noComments: false },
  ],
};

describe('SectionView', () => {
  it('shows each section with every answering party beside each other, and narrows to one section or to all parties', async () => {
    renderAt('/', [{ path: '/', element: <SectionView data={data} /> }]);
    const goals = screen.getByRole('list', { name: 'Mål' });
    expect(within(goals).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['NHO', 'LO', 'KS']);
    expect(within(goals).getByText('Enig i målene.')).toBeTruthy();
    expect(within(goals).getAllByText('Ingen merknader')).toHaveLength(2); // the status tag and the answer
    expect(within(screen.getByRole('list', { name: 'Tiltak' })).getByText('offentleglova § 13 (taushetsplikt)')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Generelle merknader' })).getByText('Takk for god prosess.')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Del'), '1');
    expect(screen.queryByRole('list', { name: 'Mål' })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Vis bare instanser som har svart' }));
    expect(within(screen.getByRole('list', { name: 'Tiltak' })).getAllByRole('heading', { level: 3 })).toHaveLength(4);
  });
});
