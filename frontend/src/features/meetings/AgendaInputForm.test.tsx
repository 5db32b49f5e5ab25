import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { AgendaInputForm, AgendaInputSection } from './AgendaInputSection';

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

  it("lets the author change the own input before the deadline, in the same form prefilled, and saves only the text", async () => {
    const own = { id: 'i1', agendaItemId: 'item-1', organisation: nho, authorName: 'Eirik Haugland', text: 'Vi støtter forslaget.',
      textHtml: '<p>Vi støtter forslaget.</p>', submittedAt: '2027-06-01T08:00:00Z', editedAt: null, included: false, canEdit: true,
      attachments: [{ id: 'a1', fileName: 'innspill.pdf', contentType: 'application/pdf', size: 500 }] };
    let text = own.text;
    const calls = stubApi((method, p, body) => {
      if (method === 'GET' && p === '/api/meetings/m1/agenda-input') {
        return [200, { meetingId: 'm1', canManage: false, organisations: [nho],
          items: [{ agendaItemId: 'item-1', closesAt: '2027-06-01T12:00:00', isOpen: true, inputs: [{ ...own, text, textHtml: `<p>${text}</p>` }] }] }];
      }
      if (method === 'PUT' && p === '/api/agenda-input/i1') {
        text = (body as { text: string }).text;
        return [200, { ...own, text, textHtml: `<p>${text}</p>`, editedAt: '2027-06-01T09:00:00Z' }];
      }
      return undefined;
    });
    renderAt('/', [{ path: '/', element: <AgendaInputSection meetingId="m1" itemId="item-1" caseNumber="3/27" meetingOpen /> }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Endre' }));

    // The form for new input stays below the list; the one being changed comes first.
    const field = screen.getAllByLabelText('Ditt innspill')[0] as HTMLTextAreaElement;
    expect(field.value).toBe('Vi støtter forslaget.');
    // The input being changed is the organisation's and keeps its attachment: no organisation or file to choose.
    expect(screen.getAllByLabelText('Vedlegg (valgfritt)')).toHaveLength(1);
    await userEvent.clear(field);
    await userEvent.type(field, 'Vi støtter forslaget, med ett forbehold.');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(() => expect(screen.getByText('Vi støtter forslaget, med ett forbehold.')).toBeTruthy());
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({ path: '/api/agenda-input/i1', body: { text: 'Vi støtter forslaget, med ett forbehold.' } });
    expect(screen.queryByRole('button', { name: 'Lagre' })).toBeNull();
  });

  it('cancelling the change leaves the input as it was and sends nothing', async () => {
    const own = { id: 'i1', agendaItemId: 'item-1', organisation: nho, authorName: 'Eirik Haugland', text: 'Uendret',
      textHtml: '<p>Uendret</p>', submittedAt: '2027-06-01T08:00:00Z', editedAt: null, included: false, canEdit: true, attachments: [] };
    const calls = stubApi((method, p) => method === 'GET' && p === '/api/meetings/m1/agenda-input'
      ? [200, { meetingId: 'm1', canManage: false, organisations: [nho],
        items: [{ agendaItemId: 'item-1', closesAt: '2027-06-01T12:00:00', isOpen: true, inputs: [own] }] }] : undefined);
    renderAt('/', [{ path: '/', element: <AgendaInputSection meetingId="m1" itemId="item-1" caseNumber="3/27" meetingOpen /> }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Endre' }));
    await userEvent.type(screen.getAllByLabelText('Ditt innspill')[0]!, ' mer');
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Uendret')).toBeTruthy();
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });
});
