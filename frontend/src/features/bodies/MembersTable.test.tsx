import { render, screen, within } from '@testing-library/react';
import type { MembershipDto } from '../../api/generated/types.gen';
import { MembersTable } from './MembersTable';

const person = (id: string, name: string) => ({ id, name, email: `${id}@example.org`, phone: null, title: null, organisationName: 'LO' });

const memberships: MembershipDto[] = [
  {
    id: 'm1',
    organisation: { id: 'o1', name: 'LO Vestfold og Telemark' },
    joinedOn: null,
    leftOn: null,
    seats: [
      {
        id: 's1',
        role: 'Member',
        termStart: null,
        termEnd: null,
        representative: person('p1', 'Marte Solberg'),
        // Out of order on purpose: the table shows vara 1 first.
        deputies: [
          { order: 2, person: person('p3', 'Andre Vara') },
          { order: 1, person: person('p2', 'Første Vara') },
        ],
      },
    ],
  },
  { id: 'm2', organisation: { id: 'o2', name: 'NHO Vestfold og Telemark' }, joinedOn: null, leftOn: null, seats: [] },
];

describe('MembersTable', () => {
  it('shows the representative and the deputies in the order they are called in', () => {
    render(<MembersTable memberships={memberships} />);
    const row = screen.getByRole('row', { name: /LO Vestfold og Telemark/ });
    expect(within(row).getByText('Marte Solberg')).toBeTruthy();
    const deputies = within(row).getByRole('list', { name: 'Vara for LO Vestfold og Telemark' });
    expect(within(deputies).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Første Vara', 'Andre Vara']);
  });

  it('shows a member without a seat as vacant', () => {
    render(<MembersTable memberships={memberships} />);
    expect(within(screen.getByRole('row', { name: /NHO/ })).getByText('Ledig')).toBeTruthy();
  });

  it('has the column headers the screen readers announce', () => {
    render(<MembersTable memberships={memberships} />);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Organisasjon', 'Representant', 'Vara', 'Rolle', 'Periode']);
  });
});
