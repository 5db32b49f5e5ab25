import { screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { MyHearingDto } from '../../api/generated/types.gen';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { ToHandlePage } from './ToHandlePage';

afterEach(() => vi.unstubAllGlobals());

const mine = (title: string, more: Partial<MyHearingDto>): MyHearingDto => ({
  hearingId: title, title, bodyName: 'Nettverket', partyId: `p-${title}`, partyName: 'LO Vestfold og Telemark',
  deadline: '2027-04-20T21:59:00Z', state: 'Open', status: 'Invited', ...more,
});

describe('ToHandlePage', () => {
  it('lists the hearings still to answer first, by deadline, then those answered, each linking to its respond page', async () => {
    stubApi((method, path) => (method === 'GET' && path === '/api/me/hearings' ? [200, [
      mine('Answered', { status: 'Responded', deadline: '2027-03-01T21:59:00Z' }),
      mine('Later', { deadline: '2027-05-01T21:59:00Z' }),
      mine('Sooner', { status: 'ExtensionGranted', deadline: '2027-04-01T21:59:00Z' }),
    ]] : undefined));
    renderAt('/til-behandling', [{ path: '/til-behandling', element: <ToHandlePage /> }]);
    const list = await screen.findByRole('list', { name: 'Høringer (2 venter på svar)' });
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['Sooner', 'Later', 'Answered']);
    expect(within(list).getByRole('link', { name: 'Sooner' }).getAttribute('href')).toBe('/horinger/Sooner/svar');
    expect(within(list).getAllByText(/^Frist /)).toHaveLength(3);
  });
});
