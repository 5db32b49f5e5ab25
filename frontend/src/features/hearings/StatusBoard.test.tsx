import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../testing/render';
import '../../testing/jsdomGaps';
import { StatusBoard } from './StatusBoard';
import { aHearing, aParty } from './testData';

const parties = [
  aParty('NHO', 'Responded', { respondedAt: '2021-04-10T10:00:00Z' }),
  aParty('LO', 'NoComments', { respondedAt: '2021-04-11T10:00:00Z' }),
  aParty('KS', 'Invited', { remindersSent: 2, lastReminderAt: '2021-04-18T08:00:00Z' }),
  aParty('NAV', 'ExtensionGranted', { extendedTo: '2021-04-27T21:59:00Z' }),
  aParty('UiA', 'Declined'),
];

describe('StatusBoard', () => {
  it('counts every status and filters the table by the status in the address', async () => {
    renderAt('/horinger/h1?status=waiting', [{ path: '/horinger/:id', element: <StatusBoard hearing={aHearing()} parties={parties} /> }]);
    const counts = screen.getByRole('list', { name: 'Antall per status' });
    expect(within(counts).getByText('Ingen merknader').parentElement?.textContent).toContain('1');
    const table = screen.getByRole('region', { name: 'Høringsinstansene og statusen deres' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('td')?.textContent)).toEqual(['KSOrganisasjon', 'NAVOrganisasjon']);
    // An extension shows its own date, and only parties still to answer can be given one.
    expect(within(table).getByText('Utsatt frist', { selector: 'span.muted' })).toBeTruthy();
    // Reminders sent: the count and when the last went; «–» for none.
    const ks = within(table).getAllByRole('row')[1]!;
    expect(ks.textContent).toContain('2');
    expect(within(ks).getByText(/^Sist /)).toBeTruthy();
    expect(within(table).getAllByRole('row')[2]!.textContent).toContain('–');
    expect(within(table).getByRole('button', { name: 'Utsett fristen for KS' })).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Vis'), 'NoComments');
    expect(screen.getByRole('status').textContent).toBe('Viser 1 av 5.');
    expect(within(table).queryByRole('button')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Vis'), '');
    expect(screen.getByRole('status').textContent).toBe('Viser 5 av 5.');
  });
});
