import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { CalendarFeedSection } from './CalendarFeedSection';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const feed = (token: string) => ({
  url: `https://nettverk.example.org/api/calendar/feeds/${token}.ics`,
  webcalUrl: `webcal://nettverk.example.org/api/calendar/feeds/${token}.ics`,
});

describe('CalendarFeedSection', () => {
  it('makes a secret address, shows it with a webcal link, copies it, replaces it and switches it off', async () => {
    let n = 0;
    const calls = stubApi((method, path) => {
      if (path !== '/api/me/calendar-feed') return undefined;
      return method === 'POST' ? [200, feed(`token${++n}`)] : [204];
    });
    renderAt('/', [{ path: '/', element: <CalendarFeedSection /> }]);
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    expect(screen.getByRole('heading', { level: 2, name: 'Møtene i din egen kalender' })).toBeTruthy();
    expect(screen.queryByLabelText('Din kalenderadresse', { exact: false })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Lag kalenderadresse' }));
    const address = await screen.findByLabelText('Din kalenderadresse', { exact: false });
    expect((address as HTMLInputElement).value).toBe(feed('token1').url);
    expect(screen.getByRole('link', { name: 'Abonner i kalenderprogrammet ditt' }).getAttribute('href')).toBe(feed('token1').webcalUrl);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Abonner i kalenderprogrammet ditt' })));

    await user.click(screen.getByRole('button', { name: 'Kopier adressen' }));
    expect(writeText).toHaveBeenCalledWith(feed('token1').url);
    expect(screen.getByText('Adressen er kopiert.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Lag en ny adresse' }));
    await waitFor(() => expect((screen.getByLabelText('Din kalenderadresse', { exact: false }) as HTMLInputElement).value).toBe(feed('token2').url));

    await user.click(screen.getByRole('button', { name: 'Slå av kalenderadressen' }));
    await waitFor(() => expect(screen.getByText(/Kalenderadressen er slått av/)).toBeTruthy());
    expect(screen.queryByLabelText('Din kalenderadresse', { exact: false })).toBeNull();
    expect(calls.map((c) => c.method)).toEqual(['POST', 'POST', 'DELETE']);
  });
});
