import { screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { MyHearingDto, MyInputRoundDto } from '../../api/generated/types.gen';
import { pageOf, stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { ToHandlePage } from './ToHandlePage';

afterEach(() => vi.unstubAllGlobals());

const mine = (title: string, more: Partial<MyHearingDto>): MyHearingDto => ({
  hearingId: title, title, bodyName: 'Nettverket', partyId: `p-${title}`, partyName: 'LO Vestfold og Telemark',
  deadline: '2027-04-20T21:59:00Z', state: 'Open', status: 'Invited', ...more,
});

const round = (title: string, partyName: string | null): MyInputRoundDto => ({
  id: `r-${title}`, title, bodyName: 'Nettverket', partyName, closesAt: '2027-04-02T10:00:00Z',
});

describe('ToHandlePage', () => {
  it('lists the hearings still to answer first, by deadline, then those answered, each linking to its respond page', async () => {
    stubApi((method, path) => (method === 'GET' && path === '/api/me/hearings' ? [200, pageOf([
      mine('Answered', { status: 'Responded', deadline: '2027-03-01T21:59:00Z' }),
      mine('Later', { deadline: '2027-05-01T21:59:00Z' }),
      mine('Sooner', { status: 'ExtensionGranted', deadline: '2027-04-01T21:59:00Z' }),
    ])] : undefined));
    renderAt('/til-behandling', [{ path: '/til-behandling', element: <ToHandlePage /> }]);
    const list = await screen.findByRole('list', { name: 'Høringer (2 venter på svar)' });
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['Sooner', 'Later', 'Answered']);
    expect(within(list).getByRole('link', { name: 'Sooner' }).getAttribute('href')).toBe('/horinger/Sooner/svar');
    expect(within(list).getAllByText(/^Frist /)).toHaveLength(3);
  });

  it('lists the input rounds still to answer in a second section, each linking to its round', async () => {
    stubApi((method, path) => method !== 'GET' ? undefined
      : path === '/api/me/hearings' ? [200, pageOf([])]
      : path === '/api/me/input-rounds' ? [200, pageOf([round('Prioriteringer', 'LO Vestfold og Telemark'), round('Workshop', null)])]
      : undefined);
    renderAt('/til-behandling', [{ path: '/til-behandling', element: <ToHandlePage /> }]);
    const list = await screen.findByRole('list', { name: 'Innspill (2 venter på svar)' });
    expect(within(list).getByRole('link', { name: 'Prioriteringer' }).getAttribute('href')).toBe('/innspill/r-Prioriteringer');
    expect(within(list).getByText('For LO Vestfold og Telemark · fra Nettverket')).toBeTruthy();
    expect(within(list).getByText('Fra Nettverket')).toBeTruthy();
    expect(within(list).getAllByText(/^Frist /)).toHaveLength(2);
    expect(await screen.findByText('Du har ingen høringer å svare på.')).toBeTruthy();
  });
});
