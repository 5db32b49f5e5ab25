import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { ReportCandidates, ReportDetail } from '../../api/generated/types.gen';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import '../../testing/jsdomGaps';
import { ReportPage } from './ReportPage';

afterEach(() => vi.unstubAllGlobals());

const draft: ReportDetail = {
  id: 'r1', bodyId: 'b1', bodyName: 'Nettverket', title: 'Rapport 2021', periodFrom: '2021-01-01', periodTo: '2021-12-31',
  background: null, assessment: null, proposedDecision: null, minutesIds: [], decisionEntryIds: [], actionItemIds: [], hearingIds: [],
  inputRoundIds: [], includeAttendance: false, committeeIds: ['c1'], state: 'Draft', sentAt: null, version: 1, canEdit: true, canSend: true,
  committees: [{ committeeId: 'c1', name: 'Yrkesopplæringsnemnda', status: 'Sent', statement: null, canRecordStatement: false }],
};
const candidates: ReportCandidates = {
  minutes: [], decisions: [], actionItems: [], hearings: [], inputRounds: [],
  committees: [{ id: 'c1', name: 'Yrkesopplæringsnemnda', isDefault: true }],
};

describe('ReportPage', () => {
  it('on a stale save says so, and shows the report as the other person saved it', async () => {
    let current = draft;
    const calls = stubApi((method, path) => {
      if (method === 'GET' && path === '/api/reports/r1') return [200, current];
      if (method === 'GET' && path === '/api/bodies/b1/report-candidates') return [200, candidates];
      if (method === 'PUT' && path === '/api/reports/r1') {
        current = { ...draft, title: 'Rapport for 2021', version: 2 };
        return [409, { status: 409, code: 'report_conflict', title: 'Conflict' }];
      }
      return undefined;
    });
    renderAt('/rapporter/r1', [{ path: '/rapporter/:id', element: <ReportPage /> }]);
    const title = await screen.findByLabelText('Tittel');
    await userEvent.clear(title);
    await userEvent.type(title, 'Min tittel');
    // Unsaved changes are not sent: the button waits for a save.
    expect(screen.getByText('Lagre endringene før du sender.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lagre utkastet' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Noen andre lagret rapporten etter at du begynte. Siden viser nå rapporten slik den sist ble lagret. Gjør endringene dine på nytt.');
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ title: 'Min tittel', version: 1, committeeIds: ['c1'] });
    await vi.waitFor(() => expect((screen.getByLabelText('Tittel') as HTMLInputElement).value).toBe('Rapport for 2021'));
  });

  it('asks before sending, naming the committees', async () => {
    let current = draft;
    const calls = stubApi((method, path) => {
      if (method === 'GET' && path === '/api/reports/r1') return [200, current];
      if (method === 'GET' && path === '/api/bodies/b1/report-candidates') return [200, candidates];
      if (method === 'POST' && path === '/api/reports/r1/send') return [200, (current = { ...draft, state: 'Sent', sentAt: '2022-01-10T09:00:00Z', canEdit: false })];
      return undefined;
    });
    renderAt('/rapporter/r1', [{ path: '/rapporter/:id', element: <ReportPage /> }]);
    await screen.findByText('Alt er lagret.');
    await userEvent.click(screen.getByRole('button', { name: 'Send til utvalgene' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('listitem').textContent).toBe('Yrkesopplæringsnemnda');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send til utvalgene' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Behandling i utvalgene' })).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });
});
