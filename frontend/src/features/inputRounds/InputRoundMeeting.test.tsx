import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { pageOf, stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { NewInputRoundPage } from './InputRoundFormPage';
import { InputRoundPage } from './InputRoundPage';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const body = { id: 'b1', name: 'Nettverk for verdiskaping og kompetanse' };
const meeting = {
  id: 'm1', bodyId: 'b1', bodyName: body.name, title: 'Nettverksmøte', startsAt: '2027-06-10T12:00:00', endsAt: '2027-06-10T14:00:00',
  format: 'Physical', location: 'Skien', isOpen: true, status: 'Called', myAnswer: null,
};
const round = {
  id: 'r1', body, meetingId: 'm1', meetingTitle: 'Nettverksmøte', meetingStartsAt: '2027-06-10T12:00:00', agendaItemId: 'a2',
  agendaItemTitle: 'Regionale strategier', title: 'Forventningsrunde', introduction: null, introductionHtml: null,
  opensAt: '2027-06-01T08:00:00', closesAt: '2027-06-08T12:00:00', mode: 'PerOrganisation', answersShared: false, reminderDaysBefore: 2,
  status: 'Draft', phase: 'NotOpen', summary: null, summaryHtml: null, summaryPublishedAt: null, version: 1, canManage: false,
  hasAnswers: false, questions: [], groups: [], invitees: [], myParties: [], mine: null, resultsVisible: false,
};

describe('an input round tied to a meeting', () => {
  it("offers the body's meetings and then that meeting's agenda items, and sends the choice", async () => {
    const calls = stubApi((method, p) => {
      if (method === 'GET' && p === '/api/bodies/b1') return [200, body];
      if (method === 'GET' && p === '/api/bodies/b1/meetings') return [200, pageOf([meeting])];
      if (method === 'GET' && p === '/api/meetings/m1') {
        return [200, { ...meeting, agenda: [{ id: 'a1', caseNumber: '1/27', title: 'Godkjenning av innkalling' },
          { id: 'a2', caseNumber: '2/27', title: 'Regionale strategier' }] }];
      }
      if (method === 'POST' && p === '/api/bodies/b1/input-rounds') return [201, round];
      return undefined;
    });
    renderAt('/organer/b1/innspill/ny', [
      { path: '/organer/:id/innspill/ny', element: <NewInputRoundPage /> },
      { path: '/innspill/:id', element: <p>Runden</p> },
    ]);
    const meetingSelect = await screen.findByLabelText('Knyttet til møte');
    await waitFor(() => expect(screen.getByRole('option', { name: /Nettverksmøte/ })).toBeTruthy());
    expect(screen.queryByLabelText('Sak på sakslisten')).toBeNull();
    await userEvent.selectOptions(meetingSelect, 'm1');
    await userEvent.selectOptions(await screen.findByLabelText('Sak på sakslisten'), 'a2');

    await userEvent.type(screen.getByLabelText(/^Tittel/), 'Forventningsrunde');
    await userEvent.type(screen.getByLabelText(/^Stenger/), '2027-06-08T12:00');
    await userEvent.type(screen.getByLabelText(/^Spørsmålet/), 'Hva forventer dere?');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre runden' }));

    await waitFor(() => expect(screen.getByText('Runden')).toBeTruthy());
    const sent = calls.find((c) => c.method === 'POST')!;
    expect(sent.body).toMatchObject({ meetingId: 'm1', agendaItemId: 'a2' });
    // The meetings asked for reach back three months from today, so recent ones are there too.
    expect(calls.find((c) => c.path === '/api/bodies/b1/meetings')!.request.url).toMatch(/from=/);
  });

  it('shows the tie on the round page with a link to the meeting', async () => {
    stubApi((method, p) => (method === 'GET' && p === '/api/input-rounds/r1' ? [200, round] : undefined));
    renderAt('/innspill/r1', [{ path: '/innspill/:id', element: <InputRoundPage /> }]);
    const link = await screen.findByRole('link', { name: /Knyttet til Nettverksmøte/ });
    expect(link.getAttribute('href')).toBe('/moter/m1');
    expect(screen.getByText(/Regionale strategier/)).toBeTruthy();
  });
});
