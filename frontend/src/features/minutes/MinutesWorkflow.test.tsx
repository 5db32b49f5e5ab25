import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { MinutesDto } from '../../api/generated/types.gen';
import '../../testing/jsdomGaps';
import { pageOf, stubApi } from '../../testing/api';
import { aMinutes } from '../../testing/minutes';
import { renderAt } from '../../testing/render';
import { MinutesSummary } from './MinutesSummary';
import { MinutesWorkflow } from './MinutesWorkflow';
import { useMinutesActions } from './useMinutesActions';

afterEach(() => vi.unstubAllGlobals());

function Workflow({ minutes }: { minutes: MinutesDto }) {
  return <MinutesWorkflow minutes={minutes} actions={useMinutesActions(minutes.meetingId)} />;
}

function show(minutes: MinutesDto) {
  const calls = stubApi((method, path) => {
    if (path.endsWith('/meetings')) return [200, pageOf([])];
    if (method === 'POST') return [200, minutes];
    return undefined;
  });
  renderAt('/', [{ path: '/', element: <Workflow minutes={minutes} /> }]);
  return () => calls.filter((c) => c.method === 'POST').map((c) => `${c.path} ${JSON.stringify(c.body)}`);
}

describe('MinutesWorkflow', () => {
  it('asks before publishing, saying how many people are e-mailed, and publishes only when confirmed', async () => {
    const posts = show(aMinutes({ status: 'Approved', version: 7, isPublic: true, noticeRecipients: 12 }));
    await userEvent.click(screen.getByRole('button', { name: 'Publiser referatet' }));

    const dialog = screen.getByRole('dialog', { name: 'Publisere referatet?' });
    expect(dialog.textContent).toContain('Referatet publiseres og sendes på e-post til 12 personer.');
    expect(dialog.textContent).toContain('Den offentlige versjonen blir tilgjengelig for alle.');
    // Focus goes to the safe answer, so a stray Enter publishes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(posts()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Publiser referatet' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Publiser referatet' }));
    await waitFor(() => expect(posts()).toEqual(['/api/meetings/meet-1/minutes/publish {"version":7}']));
  });

  it('says "1 person" for one, and nothing about the public for non-public minutes', async () => {
    show(aMinutes({ status: 'Approved', isPublic: false, noticeRecipients: 1 }));
    await userEvent.click(screen.getByRole('button', { name: 'Publiser referatet' }));
    const dialog = screen.getByRole('dialog', { name: 'Publisere referatet?' });
    expect(dialog.textContent).toContain('sendes på e-post til 1 person.');
    expect(dialog.textContent).not.toContain('offentlige');
  });

  it('asks before approving, saying what approval locks and that no one is e-mailed yet', async () => {
    const posts = show(aMinutes({ status: 'OnReview', version: 4 }));
    await userEvent.type(screen.getByLabelText('Merknad (valgfritt)'), 'Uten merknader');
    await userEvent.click(screen.getByRole('button', { name: 'Godkjenn referatet' }));

    const dialog = screen.getByRole('dialog', { name: 'Godkjenne referatet?' });
    expect(dialog.textContent).toContain('Et godkjent referat kan ikke endres.');
    expect(dialog.textContent).toContain('Ingen får e-post før du publiserer referatet.');
    expect(posts()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Godkjenn referatet' }));
    await waitFor(() => expect(posts()).toEqual(['/api/meetings/meet-1/minutes/approve {"version":4,"note":"Uten merknader","approvedAtMeetingId":null}']));
  });
});

describe('MinutesSummary', () => {
  it('names who approved the minutes by their name', () => {
    renderAt('/', [{ path: '/', element: <MinutesSummary minutes={aMinutes({ status: 'Approved', approvedAt: '2021-03-29T10:15:00Z', approvedByName: 'Silje Kvamme' })} /> }]);
    expect(screen.getByText(/av Silje Kvamme$/)).toBeTruthy();
  });
});
