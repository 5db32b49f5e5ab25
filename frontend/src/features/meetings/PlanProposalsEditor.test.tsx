import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import '../../testing/jsdomGaps';
import type { MeetingPlanDto, PlannedMeetingDto } from '../../api/generated/types.gen';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { PlanProposalsEditor } from './PlanProposalsEditor';

// Only the date is faked (timers stay real for userEvent): the plan is for 2027, which has not begun in November 2026.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const proposal = (date: string, more: Partial<PlannedMeetingDto> = {}): PlannedMeetingDto => ({
  date, startsAt: '12:00:00', endsAt: '14:00:00', format: 'Digital', location: null, videoUrl: null, isOpen: false, ...more,
});
const plan: MeetingPlanDto = {
  id: 'plan-1', bodyId: 'body-1', year: 2027, status: 'Draft', adoptedAt: null,
  proposals: [proposal('2027-02-11'), proposal('2027-05-13'), proposal('2027-08-12', { format: 'Physical', isOpen: true })],
};
const planPath = '/api/bodies/body-1/meeting-plans/2027/proposals';

function renderEditor(onAdopted = vi.fn()) {
  renderAt('/', [{ path: '/', element: <PlanProposalsEditor bodyId="body-1" plan={plan} onAdopted={onAdopted} /> }]);
  return onAdopted;
}

const meeting = (n: number) => screen.getByRole('group', { name: `Møte ${n}` });

describe('PlanProposalsEditor', () => {
  it('sends the edited, added and removed proposals as the whole plan', async () => {
    const calls = stubApi((method, path, body) => (method === 'PUT' && path === planPath ? [200, { ...plan, proposals: (body as MeetingPlanDto).proposals }] : undefined));
    renderEditor();

    const first = meeting(1);
    await userEvent.clear(within(first).getByLabelText('Starter'));
    await userEvent.type(within(first).getByLabelText('Starter'), '10:00');
    await userEvent.selectOptions(within(first).getByLabelText('Form'), 'Hybrid');
    await userEvent.type(within(first).getByLabelText('Sted'), 'Fylkeshuset, Skien');
    await userEvent.type(within(first).getByLabelText('Videolenke'), 'https://meet.example.org/nvk');
    await userEvent.click(within(meeting(2)).getByRole('button', { name: 'Fjern møte 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Legg til møte' }));
    expect(document.activeElement).toBe(within(meeting(3)).getByLabelText('Dato'));
    await userEvent.type(within(meeting(3)).getByLabelText('Dato'), '2027-11-18');
    await userEvent.click(within(meeting(3)).getByLabelText('Åpent møte'));
    expect(screen.getByText('Du har endringer som ikke er lagret.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lagre møteplanen' }));

    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.method).toBe('PUT');
    expect(calls[0]!.path).toBe(planPath);
    expect(calls[0]!.body).toEqual({
      proposals: [
        { date: '2027-02-11', startsAt: '10:00:00', endsAt: '14:00:00', format: 'Hybrid', location: 'Fylkeshuset, Skien', videoUrl: 'https://meet.example.org/nvk', isOpen: false },
        { date: '2027-08-12', startsAt: '12:00:00', endsAt: '14:00:00', format: 'Physical', location: null, videoUrl: null, isOpen: true },
        { date: '2027-11-18', startsAt: '12:00:00', endsAt: '14:00:00', format: 'Digital', location: null, videoUrl: null, isOpen: true },
      ],
    });
    await waitFor(() => expect(screen.getByText('Lagret.')).toBeTruthy());
  });

  it("puts the server's field error on the field of the proposal it names", async () => {
    stubApi(() => [400, { status: 400, code: 'validation', title: 'One or more fields are not valid.', errors: { 'proposals[1].endsAt': ['The meeting must end after it starts.'] }, fieldErrors: { 'proposals[1].endsAt': [{ code: 'meeting_ends_before_start', params: {} }] } }]);
    renderEditor();
    await userEvent.clear(within(meeting(2)).getByLabelText('Slutter'));
    await userEvent.type(within(meeting(2)).getByLabelText('Slutter'), '11:00');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre møteplanen' }));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Noen felt må rettes.'));
    const end = within(meeting(2)).getByLabelText('Slutter');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(within(meeting(2)).getByText('Møtet må slutte etter at det begynner.')).toBeTruthy();
    expect(screen.queryByText('The meeting must end after it starts.')).toBeNull();
    expect(within(meeting(1)).getByLabelText('Slutter').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('saves unsaved changes before adopting, so what is adopted is what the secretariat sees', async () => {
    const calls = stubApi((method, path, body) => {
      if (method === 'PUT') return [200, { ...plan, proposals: (body as MeetingPlanDto).proposals }];
      if (method === 'POST' && path.endsWith('/adopt')) return [200, [{}, {}, {}]];
      return undefined;
    });
    const onAdopted = renderEditor();
    await userEvent.click(within(meeting(1)).getByLabelText('Åpent møte'));
    await userEvent.click(screen.getByRole('button', { name: 'Vedta møteplanen' }));

    await waitFor(() => expect(onAdopted).toHaveBeenCalledWith(3));
    expect(calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`)).toEqual([
      `PUT ${planPath}`,
      'POST /api/bodies/body-1/meeting-plans/2027/adopt',
    ]);
  });

  it('adopts without saving again when nothing changed', async () => {
    const calls = stubApi((method, path) => (method === 'POST' && path.endsWith('/adopt') ? [200, [{}, {}, {}]] : undefined));
    const onAdopted = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Vedta møteplanen' }));
    await waitFor(() => expect(onAdopted).toHaveBeenCalledWith(3));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('asks first when the year has begun, saying how many meetings it creates, how many have passed, and that no one is called', async () => {
    vi.setSystemTime(new Date('2027-03-01T09:00:00Z'));
    const calls = stubApi((method, path) => (method === 'POST' && path.endsWith('/adopt') ? [200, [{}, {}, {}]] : undefined));
    const onAdopted = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Vedta møteplanen' }));

    const dialog = screen.getByRole('dialog', { name: 'Vedta møteplanen for 2027?' });
    expect(dialog.textContent).toContain('Året 2027 har allerede begynt.');
    expect(dialog.textContent).toContain('Vedtaket oppretter 3 møter, og planen kan ikke endres etterpå. 1 av dem har en dato som har vært.');
    expect(dialog.textContent).toContain('Ingen blir kalt inn ennå');
    // (Escape is the browser's own <dialog> behaviour, which jsdom lacks: the browser suite presses it.)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Vedta møteplanen' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Vedta møteplanen' }));
    await waitFor(() => expect(onAdopted).toHaveBeenCalledWith(3));
  });
});
