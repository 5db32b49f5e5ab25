import { screen } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { StatisticsPage } from './StatisticsPage';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const body = { id: 'b1', name: 'Nettverket' };

describe('the statistics page', () => {
  it('shows each figure as a table beside its chart, and empty states', async () => {
    stubApi((_method, p) => {
      if (p === '/api/bodies/b1') return [200, body];
      if (p.endsWith('/attendance')) return [200, { from: null, to: null, meetings: 0, organisations: [] }];
      if (p.endsWith('/answers')) return [200, { from: null, to: null, meetings: 1, organisations: [
        { organisation: 'Alfa', invited: 2, accepted: 1, tentative: 0, declined: 1, noAnswer: 0 }],
      perMeeting: [{ meetingId: 'm1', title: 'Oppstartsmøte', startsAt: '2021-03-17T12:00:00', invited: 2, accepted: 1, tentative: 0, declined: 1, noAnswer: 0 }] }];
      if (p.endsWith('/action-items')) return [200, { from: null, to: null, openNow: 0, months: [] }];
      if (p.endsWith('/participation')) return [200, { from: null, to: null, hearings: 1, hearingResponses: [{ organisation: 'Alfa', invited: 1, answered: 1 }],
        inputRounds: 0, inputRoundResponses: [] }];
      return undefined;
    });
    renderAt('/organer/b1/statistikk', [{ path: '/organer/:id/statistikk', element: <StatisticsPage /> }]);
    const answers = await screen.findByRole('table', { name: 'Svar på innkallinger' }, { timeout: 5000 });
    expect(answers.textContent).toContain('Alfa');
    expect(screen.getByRole('table', { name: /^Høringer/ }).textContent).toContain('Alfa');
    expect(screen.getByText('Ingen møter med registrert oppmøte ennå.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Last ned Svar på innkallinger som CSV' }).getAttribute('href')).toContain('.csv');
  });
});
