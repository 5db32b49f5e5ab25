import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { AgendaInputForm } from './AgendaInputSection';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const path = '/api/meetings/m1/agenda-items/item-1/input';
const nho = { id: 'org-1', name: 'NHO Vestfold og Telemark' };

function renderForm() {
  renderAt('/', [{ path: '/', element: <AgendaInputForm meetingId="m1" itemId="item-1" organisations={[nho]} /> }]);
}

describe('agenda input form', () => {
  it('sends the text and the attachment as multipart form data for the organisation, and says so', async () => {
    const calls = stubApi((method, p) =>
      method === 'POST' && p === path ? [201, { id: 'i1', agendaItemId: 'item-1', organisation: nho, authorName: 'Eirik Haugland',
        text: 'Vi støtter forslaget.', textHtml: '<p>Vi støtter forslaget.</p>', submittedAt: '2027-06-01T08:00:00Z', editedAt: null,
        included: false, canEdit: true, attachments: [] }] : undefined);
    const append = vi.spyOn(FormData.prototype, 'append');
    const file = new File(['%PDF-1.4\n'], 'innspill.pdf', { type: 'application/pdf' });
    renderForm();
    await userEvent.type(screen.getByLabelText('Ditt innspill'), 'Vi støtter forslaget.');
    await userEvent.upload(screen.getByLabelText('Vedlegg (valgfritt)'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Send innspill' }));

    await waitFor(() => expect(screen.getByText('Innspillet er sendt.')).toBeTruthy());
    expect(calls[0]).toMatchObject({ method: 'POST', path });
    expect(append).toHaveBeenCalledWith('text', 'Vi støtter forslaget.');
    expect(append).toHaveBeenCalledWith('organisationId', 'org-1');
    expect(append).toHaveBeenCalledWith('file', file);
  });

  it('asks for text or a file before sending anything', async () => {
    const calls = stubApi(() => undefined);
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Send innspill' }));
    await waitFor(() => expect(screen.getByLabelText('Ditt innspill').getAttribute('aria-invalid')).toBe('true'));
    expect(calls).toHaveLength(0);
  });

  it("shows the server's refusal after the deadline", async () => {
    stubApi(() => [409, { status: 409, code: 'agenda_input_deadline_passed', title: 'Conflict',
      detail: 'The deadline for input to this item has passed.' }]);
    renderForm();
    await userEvent.type(screen.getByLabelText('Ditt innspill'), 'For sent');
    await userEvent.click(screen.getByRole('button', { name: 'Send innspill' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Fristen for innspill til saken er ute.'));
  });
});
