import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { pageOf, stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import '../../testing/jsdomGaps';
import { StatusBoard } from './StatusBoard';
import { aHearing, aParty } from './testData';

afterEach(() => vi.unstubAllGlobals());

const parties = [
  aParty('NHO', 'Responded', { respondedAt: '2021-04-10T10:00:00Z' }),
  aParty('LO', 'NoComments', { respondedAt: '2021-04-11T10:00:00Z' }),
  aParty('KS', 'Invited', { remindersSent: 2, lastReminderAt: '2021-04-18T08:00:00Z' }),
  aParty('NAV', 'ExtensionGranted', { extendedTo: '2021-04-27T21:59:00Z' }),
  aParty('UiA', 'Declined'),
];
const hearing = aHearing({ partyCounts: { Invited: 1, Opened: 0, Responded: 1, NoComments: 1, ExtensionGranted: 1, Declined: 1 } });

/** The API's board: filtered by status or by those still to answer, then one page. */
function stubBoard(pageSize = 50) {
  return stubApi((method, path, _body, url) => {
    if (method !== 'GET' || path !== '/api/hearings/h1/parties') return undefined;
    const status = url.searchParams.get('status');
    const waiting = url.searchParams.get('waiting') === 'true';
    const page = Number(url.searchParams.get('page') ?? 1);
    const chosen = parties.filter((p) => (!status || p.status === status)
      && (!waiting || p.status === 'Invited' || p.status === 'Opened' || p.status === 'ExtensionGranted'));
    return [200, pageOf(chosen.slice((page - 1) * pageSize, page * pageSize), { total: chosen.length, pageNumber: page, pageSize })];
  });
}

describe('StatusBoard', () => {
  it('counts every status from the hearing and asks the API for the status in the address', async () => {
    const calls = stubBoard();
    renderAt('/horinger/h1?status=waiting', [{ path: '/horinger/:id', element: <StatusBoard hearing={hearing} /> }]);
    const counts = screen.getByRole('list', { name: 'Antall per status' });
    expect(within(counts).getByText('Ingen merknader').parentElement?.textContent).toContain('1');
    const table = await screen.findByRole('region', { name: 'Høringsinstansene og statusen deres' });
    expect(calls[0]!.request.url).toContain('waiting=true');
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
    expect(await screen.findByText('Viser 1 av 5.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Høringsinstansene og statusen deres' })).queryByRole('button')).toBeNull();
    expect(calls.at(-1)!.request.url).toContain('status=NoComments');
    await userEvent.selectOptions(screen.getByLabelText('Vis'), '');
    expect(await screen.findByText('Viser 5 av 5.')).toBeTruthy();
  });

  it('pages through a long board', async () => {
    stubBoard(2);
    renderAt('/horinger/h1', [{ path: '/horinger/:id', element: <StatusBoard hearing={hearing} /> }]);
    const pages = await screen.findByRole('navigation', { name: 'Sider i lista over høringsinstanser' });
    await userEvent.click(within(pages).getByRole('button', { name: 'Side 3' }));
    const table = await screen.findByRole('region', { name: 'Høringsinstansene og statusen deres' });
    expect(await within(table).findByText('UiA')).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });
});
