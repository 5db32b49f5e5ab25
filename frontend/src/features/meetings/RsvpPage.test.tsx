import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { RsvpLanding } from '../../api/generated/types.gen';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { RsvpPage } from './RsvpPage';

afterEach(() => vi.unstubAllGlobals());

const landing: RsvpLanding = {
  bodyName: 'Nettverk for verdiskaping og kompetanse', meetingTitle: 'Møte', startsAt: '2027-02-11T12:00:00Z', endsAt: '2027-02-11T14:00:00Z',
  format: 'Digital', location: null, videoUrl: 'https://meet.example.org/nvk', status: 'Called', personName: 'Eirik Haugland', answer: 'NoAnswer',
  comment: null, hasEnded: false, withdrawn: false,
};

const routes = [{ path: '/svar', element: <RsvpPage /> }];

/** The API: the landing as given, and a POST answered as the server does (the answer and comment recorded). */
function api(start: RsvpLanding = landing) {
  return stubApi((method, _path, body) => {
    if (method === 'GET') return [200, start];
    const { answer, comment } = body as { answer: RsvpLanding['answer']; comment?: string | null };
    return [200, { ...start, answer, comment: comment ?? null }];
  });
}

/** Lets every pending fetch, effect and timer of the page run, as a mail scanner waiting for the network to go idle. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 20)));
}

describe('RsvpPage', () => {
  it.each(['ja', 'kanskje', 'nei'])('opening the "%s" link posts nothing, however long the page runs', async (svar) => {
    const calls = api();
    renderAt(`/svar?svar=${svar}&token=abc`, routes);
    await screen.findByRole('button', { name: /^Bekreft: / });
    await settle();
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the chosen answer with one focused confirm button and the others beside it; only the press records', async () => {
    const calls = api();
    renderAt('/svar?svar=ja&token=abc', routes);

    const confirm = await screen.findByRole('button', { name: 'Bekreft: Kommer' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    expect(screen.getByText(/torsdag 11. februar 2027, 12.00–14.00/)).toBeTruthy();
    expect(screen.getByText('Du valgte «Kommer» i e-posten. Svaret er ikke sendt før du bekrefter det.')).toBeTruthy();
    const others = screen.getByRole('group', { name: 'Eller svar' });
    expect([...others.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Kommer kanskje', 'Kommer ikke']);

    await userEvent.type(screen.getByLabelText('Kommentar (valgfritt)'), 'Kommer litt over tolv');
    await userEvent.click(confirm);
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Takk, Eirik Haugland! Svaret ditt er registrert: Kommer.'));
    expect(document.activeElement).toBe(status);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ token: 'abc', answer: 'Accepted', comment: 'Kommer litt over tolv' }]);
    expect(screen.getByRole('button', { name: 'Kommer' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('records another answer than the link\'s when that is the one pressed', async () => {
    const calls = api();
    renderAt('/svar?svar=ja&token=abc', routes);
    await userEvent.click(await screen.findByRole('button', { name: 'Kommer ikke' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Takk, Eirik Haugland! Svaret ditt er registrert: Kommer ikke.'));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ token: 'abc', answer: 'Declined', comment: null }]);
  });

  it.each([
    ['over', { hasEnded: true, answer: 'Accepted' }, 'Møtet er over, og det kan ikke svares lenger.'],
    ['cancelled', { status: 'Cancelled' }, 'Møtet er avlyst.'],
    ['withdrawn', { withdrawn: true }, 'Innkallingen din er trukket: representanten kommer likevel. Du trenger ikke svare.'],
  ] as const)('offers no answer when the meeting is %s, and says so', async (_, change, text) => {
    const calls = api({ ...landing, ...change });
    renderAt('/svar?svar=nei&token=abc', routes);
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryAllByRole('button')).toEqual([]);
    await settle();
    expect(calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('says so, in our words, when the link is expired or forged', async () => {
    stubApi(() => [404, { status: 404, code: 'rsvp_link_invalid', title: 'The link is not valid.' }]);
    renderAt('/svar?svar=nei&token=forged', routes);
    await waitFor(() => expect(screen.getByText('Lenken er utløpt eller ikke gyldig. Logg inn for å svare.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /Kommer ikke/ })).toBeNull();
  });
});
