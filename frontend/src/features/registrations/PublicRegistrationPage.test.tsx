import { screen } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { PublicRegistrationInfo } from '../../api/generated/types.gen';
import { configureApi } from '../../lib/api';
import '../../testing/jsdomGaps';
import { renderAt } from '../../testing/render';
import { PublicRegistrationPage } from './PublicRegistrationPage';

afterEach(() => vi.unstubAllGlobals());

const info = (seatsLeft: number, waiting: number, isOpen = true): PublicRegistrationInfo => ({
  meetingId: 'm1', title: 'Åpent nettverksmøte', bodyName: 'Nettverk for verdiskaping og kompetanse', startsAt: '2027-08-19T10:00:00',
  endsAt: '2027-08-19T15:00:00', format: 'Physical', location: 'Fylkeshuset, Skien', capacity: 80, seatsLeft, waiting, isOpen, closesAt: null,
});

function serve(body: PublicRegistrationInfo) {
  configureApi('http://localhost');
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })));
  renderAt('/offentlig/moter/m1/pamelding', [{ path: '/offentlig/moter/:id/pamelding', element: <PublicRegistrationPage /> }]);
}

describe('PublicRegistrationPage', () => {
  it('shows the meeting and the seats left, and a form to register', async () => {
    serve(info(12, 0));
    expect(await screen.findByRole('heading', { level: 1, name: 'Påmelding: Åpent nettverksmøte' })).toBeTruthy();
    expect(screen.getByText('12 av 80 plasser ledige')).toBeTruthy();
    expect(screen.getByText(/Fylkeshuset, Skien/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Meld meg på' })).toBeTruthy();
  });

  it('says honestly when the meeting is full: registering puts you on the waiting list', async () => {
    serve(info(0, 3));
    expect(await screen.findByText('Fullt (80 plasser). 3 står på venteliste.')).toBeTruthy();
    expect(screen.getByText(/settes du på venteliste/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sett meg på venteliste' })).toBeTruthy();
  });

  it('offers no form when registration is closed', async () => {
    serve(info(5, 0, false));
    expect(await screen.findByText('Påmeldingen er stengt.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Meld meg på' })).toBeNull();
  });
});
