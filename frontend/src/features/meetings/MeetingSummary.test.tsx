import { screen, within } from '@testing-library/react';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { invitation } from '../../testing/meetings';
import { renderAt } from '../../testing/render';
import { MeetingSummary } from './MeetingSummary';

const meeting = (more: Partial<MeetingDetails>): MeetingDetails => ({
  id: 'm1', body: { id: 'b1', name: 'Nettverket' }, title: 'Oppstartsmøte', startsAt: '2021-03-17T12:00:00', endsAt: '2021-03-17T14:00:00',
  format: 'Digital', location: null, videoUrl: 'https://meet.example.org/j/oppstart', isOpen: false, status: 'Called', sequence: 0,
  calledAt: null, cancellationReason: null, agenda: [], agendaOverrunMinutes: 0, myInvitation: null, invitations: null, canManage: false,
  minutesStatus: null, agendaChanged: false, toInvite: null, ...more,
});

const show = (m: MeetingDetails) => renderAt('/', [{ path: '/', element: <MeetingSummary meeting={m} /> }]);

describe('the meeting summary', () => {
  it('shows a held meeting as Avholdt with its answers, and offers the secretariat to start the minutes', async () => {
    show(meeting({ status: 'Held', canManage: true, invitations: [
      invitation('Eirik Haugland', { answer: 'Accepted' }), invitation('Kari Lunde', { answer: 'Declined' }), invitation('Per Pause'),
    ] }));
    const summary = await screen.findByRole('region', { name: 'Sammendrag av møtet' });
    expect(within(summary).getByText('Avholdt')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Videolenke' }).getAttribute('href')).toBe('https://meet.example.org/j/oppstart');
    const answers = within(summary).getByRole('list', { name: 'Svar så langt' });
    expect(answers.textContent).toContain('Kommer: 1');
    expect(answers.textContent).toContain('Kommer ikke: 1');
    expect(answers.textContent).toContain('Ikke svart: 1');
    expect(within(summary).getByRole('button', { name: 'Skriv referat' })).toBeTruthy();
  });

  it('offers calling a planned meeting, and the minutes page for minutes on review', async () => {
    const { unmount } = show(meeting({ status: 'Planned', canManage: true, startsAt: '2099-03-17T12:00:00', endsAt: '2099-03-17T14:00:00', toInvite: 12 }));
    expect(await screen.findByRole('button', { name: 'Send innkalling' })).toBeTruthy();
    expect(screen.getByText('Planlagt')).toBeTruthy();
    unmount();
    show(meeting({ status: 'Held', canManage: true, minutesStatus: 'OnReview' }));
    expect((await screen.findByRole('link', { name: 'Godkjenn referatet' })).getAttribute('href')).toBe('/moter/m1/referat');
  });

  it('offers readers and a cancelled meeting no step', async () => {
    const { unmount } = show(meeting({ status: 'Called', startsAt: '2099-03-17T12:00:00', endsAt: '2099-03-17T14:00:00' }));
    await screen.findByText('Innkalt');
    expect(screen.queryByRole('heading', { name: 'Neste steg' })).toBeNull();
    unmount();
    show(meeting({ status: 'Cancelled', canManage: true, cancellationReason: 'For få påmeldte' }));
    expect(await screen.findByText('Avlyst: For få påmeldte')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
