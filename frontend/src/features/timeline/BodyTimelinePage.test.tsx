import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { TimelineEntry } from '../../api/generated/types.gen';
import { pageOf, stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { BodyTimelinePage } from './BodyTimelinePage';

afterEach(() => vi.unstubAllGlobals());

const entry = (kind: TimelineEntry['kind'], title: string, more: Partial<TimelineEntry> = {}): TimelineEntry => ({
  kind, at: '2021-03-17T11:00:00Z', title, meetingId: null, hearingId: null, reportId: null, committeeName: null, ...more,
});

describe('BodyTimelinePage', () => {
  it('lists what the body did newest first, each linking to its page, and fetches more on request', async () => {
    const calls = stubApi((_method, path, _body, url) => {
      if (path === '/api/bodies/b1') return [200, { id: 'b1', name: 'Nettverket' }];
      if (path !== '/api/bodies/b1/timeline') return undefined;
      return url.searchParams.get('page') === '2'
        ? [200, pageOf([entry('MeetingHeld', 'Oppstartsmøte', { meetingId: 'm1' })], { total: 3, pageNumber: 2, pageSize: 2 })]
        : [200, pageOf([
          entry('StatementReceived', 'Rapport 2021', { reportId: 'r1', committeeName: 'Yrkesopplæringsnemnda' }),
          entry('MinutesPublished', 'Oppstartsmøte', { meetingId: 'm1' }),
        ], { total: 3, pageSize: 2 })];
    });
    renderAt('/organer/b1/tidslinje', [{ path: '/organer/:id/tidslinje', element: <BodyTimelinePage /> }]);
    const list = await screen.findByRole('list', { name: 'Hendelser, nyeste først' });
    expect(within(list).getByRole('link', { name: 'Yrkesopplæringsnemnda om «Rapport 2021»' }).getAttribute('href')).toBe('/rapporter/r1');
    expect(within(list).getByRole('link', { name: 'Oppstartsmøte' }).getAttribute('href')).toBe('/moter/m1/referat');
    expect(screen.getByText('Viser 2 av 3')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(await screen.findByText('Viser 3 av 3')).toBeTruthy();
    expect(within(list).getAllByRole('listitem').at(-1)!.textContent).toContain('Møte holdt');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
    expect(calls.filter((c) => c.path === '/api/bodies/b1/timeline')).toHaveLength(2);
  });
});
