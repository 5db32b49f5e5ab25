import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { MeetingSummary } from '../../api/generated/types.gen';
import { pageOf, stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { MyMeetingsPage } from './MyMeetingsPage';

afterEach(() => vi.unstubAllGlobals());

const meeting = (n: number): MeetingSummary => ({
  id: `m${n}`, bodyId: 'b1', bodyName: 'Nettverket', title: `Møte ${n}`, startsAt: `2027-01-${String(n).padStart(2, '0')}T12:00:00`,
  endsAt: `2027-01-${String(n).padStart(2, '0')}T14:00:00`, format: 'Digital', location: null, isOpen: false, status: 'Called', myAnswer: null,
});

/** 120 meetings in pages of 50, as the API answers them for the page asked for. */
function api() {
  const all = Array.from({ length: 120 }, (_, i) => meeting(i + 1));
  return stubApi((method, path, _, url) => {
    if (method !== 'GET' || path !== '/api/me/meetings') return undefined;
    const page = Number(url.searchParams.get('page') ?? '1');
    return [200, pageOf(all.slice((page - 1) * 50, page * 50), { total: 120, pageNumber: page })];
  });
}

describe('MyMeetingsPage', () => {
  it('pages through the meetings, asking the API for each page and saying which page is shown', async () => {
    const calls = api();
    renderAt('/', [{ path: '/', element: <MyMeetingsPage /> }]);
    expect(await screen.findByRole('link', { name: /Nettverket: Møte 1,/ })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Sider i lista over møtene mine' });
    // A live region: the page change is announced.
    expect(screen.getByText('Side 1 av 3: 1–50 av 120').getAttribute('role')).toBe('status');

    await userEvent.click(within(nav).getByRole('button', { name: 'Neste' }));
    expect(await screen.findByRole('link', { name: /Nettverket: Møte 51,/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Nettverket: Møte 1,/ })).toBeNull();
    expect(screen.getByText('Side 2 av 3: 51–100 av 120').getAttribute('role')).toBe('status');

    await userEvent.click(within(nav).getByRole('button', { name: 'Side 3' }));
    await waitFor(() => expect(screen.getAllByRole('link', { name: /Nettverket: Møte/ })).toHaveLength(20));
    expect(screen.getByText('Side 3 av 3: 101–120 av 120').getAttribute('role')).toBe('status');
    const asked = calls.filter((c) => c.path === '/api/me/meetings').map((c) => new URL(c.request.url).searchParams.get('page'));
    expect(asked).toEqual(['1', '2', '3']);
  });
});
