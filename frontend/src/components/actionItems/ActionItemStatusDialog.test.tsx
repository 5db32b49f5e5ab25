import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { ActionItemDto } from '../../api/generated/types.gen';
import { configureApi } from '../../lib/api';
import '../../testing/jsdomGaps';
import { renderAt } from '../../testing/render';
import { ActionItemStatusDialog } from './ActionItemStatusDialog';

afterEach(() => vi.unstubAllGlobals());

const item: ActionItemDto = {
  id: 'a1', body: { id: 'b1', name: 'Nettverket' }, meetingId: 'm1', meetingStartsAt: '2021-03-17T12:00:00', entryId: 'e1', caseNumber: '7/21',
  what: 'Sende møteplanen til alle', responsibleOrganisation: null, responsiblePerson: null, dueOn: null, status: 'Open', statusNote: null,
  statusChangedAt: null, isLive: true, overdue: false, version: 4,
};

describe('ActionItemStatusDialog', () => {
  it('sends the chosen status and note with the version it showed', async () => {
    configureApi('http://localhost');
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      sent.push(await request.json());
      return new Response(JSON.stringify({ ...item, status: 'Done', version: 5 }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }));
    const onClose = vi.fn();
    renderAt('/', [{ path: '/', element: <ActionItemStatusDialog item={item} onClose={onClose} /> }]);
    const dialog = screen.getByRole('dialog', { name: 'Endre status' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Bortfalt' }));
    await userEvent.type(within(dialog).getByLabelText('Merknad (valgfritt)'), 'Løst på annen måte');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lagre status' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toEqual([{ version: 4, status: 'Dropped', note: 'Løst på annen måte' }]);
  });

  it('says in plain words when the user may not change it', async () => {
    configureApi('http://localhost');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ status: 403, code: 'forbidden', title: 'Not allowed.' }), { status: 403, headers: { 'Content-Type': 'application/problem+json' } })));
    renderAt('/', [{ path: '/', element: <ActionItemStatusDialog item={item} onClose={() => {}} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre status' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Bare sekretariatet og de ansvarlige kan endre status på dette oppfølgingspunktet.'));
  });
});
