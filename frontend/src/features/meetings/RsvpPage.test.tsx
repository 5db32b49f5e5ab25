import { screen, waitFor } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { RsvpLanding } from '../../api/generated/types.gen';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { RsvpPage } from './RsvpPage';

afterEach(() => vi.unstubAllGlobals());

const landing: RsvpLanding = {
  bodyName: 'Nettverk for verdiskaping og kompetanse', meetingTitle: 'Møte', startsAt: '2027-02-11T12:00:00Z', endsAt: '2027-02-11T14:00:00Z',
  format: 'Digital', location: null, videoUrl: 'https://meet.example.org/nvk', status: 'Called', personName: 'Eirik Haugland', answer: 'NoAnswer', comment: null,
};

describe('RsvpPage', () => {
  it('records the answer in the link once, on arrival, and confirms it', async () => {
    const calls = stubApi((method, _path, body) => {
      if (method === 'GET') return [200, landing];
      return [200, { ...landing, answer: (body as { answer: string }).answer }];
    });
    renderAt('/svar?svar=ja&token=abc', [{ path: '/svar', element: <RsvpPage /> }]);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Takk, Eirik Haugland! Svaret ditt er registrert: Kommer.'));
    expect(screen.getByText(/torsdag 11. februar 2027, 12.00–14.00/)).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([{ token: 'abc', answer: 'Accepted' }]);
    expect(screen.getByRole('button', { name: 'Kommer' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so, in our words, when the link is expired or forged', async () => {
    stubApi(() => [404, { status: 404, code: 'rsvp_link_invalid', title: 'The link is not valid.' }]);
    renderAt('/svar?svar=nei&token=forged', [{ path: '/svar', element: <RsvpPage /> }]);
    await waitFor(() => expect(screen.getByText('Lenken er utløpt eller ikke gyldig. Logg inn for å svare.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Kommer ikke' })).toBeNull();
  });
});
