import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { PaperList } from './PaperList';
import { PaperUpload } from './PaperUpload';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const uploadPath = '/api/meetings/m1/agenda-items/item-1/papers';
const pdf = () => new File(['%PDF-1.4\n'], 'saksframlegg.pdf', { type: 'application/pdf' });

function renderUpload() {
  renderAt('/', [{ path: '/', element: <PaperUpload meetingId="m1" itemId="item-1" caseNumber="1/27" /> }]);
  return screen.getByLabelText('Legg ved dokument til sak 1/27');
}

describe('papers', () => {
  it('uploads the chosen file as multipart form data under "file" and says so', async () => {
    const calls = stubApi((method, path) =>
      method === 'POST' && path === uploadPath ? [201, { id: 'p1', fileName: 'saksframlegg.pdf', contentType: 'application/pdf', size: 9, uploadedAt: '2026-11-23T10:00:00Z' }] : undefined);
    // jsdom's FormData does not survive the trip into Node's Request, so the form is read as it is built; the
    // browser test sees the file arrive at the server with its name.
    const append = vi.spyOn(FormData.prototype, 'append');
    const file = pdf();
    await userEvent.upload(renderUpload(), file);
    await userEvent.click(screen.getByRole('button', { name: 'Last opp' }));

    await waitFor(() => expect(screen.getByText('«saksframlegg.pdf» er lastet opp.')).toBeTruthy());
    expect(calls[0]).toMatchObject({ method: 'POST', path: uploadPath });
    expect(append).toHaveBeenCalledWith('file', file);
  });

  it("shows the server's refusal of a type on the file field", async () => {
    stubApi(() => [400, { status: 400, code: 'validation', title: 'One or more fields are not valid.',
      errors: { file: ['Allowed: PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, text and CSV.'] } }]);
    const input = renderUpload();
    await userEvent.upload(input, new File(['MZ'], 'virus.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Last opp' }));

    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/Allowed: PDF, Word/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Noen felt må rettes.');
  });

  it('says the file is too large when the web server refuses it with 413', async () => {
    stubApi(() => [413, { status: 413, code: 'bad_request', title: 'The request is not valid.', detail: 'Request body too large.' }]);
    renderUpload();
    await userEvent.upload(screen.getByLabelText('Legg ved dokument til sak 1/27'), pdf());
    await userEvent.click(screen.getByRole('button', { name: 'Last opp' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Filen er for stor.'));
  });

  it('asks for a file before sending anything', async () => {
    const calls = stubApi(() => undefined);
    const input = renderUpload();
    await userEvent.click(screen.getByRole('button', { name: 'Last opp' }));
    expect(screen.getByText('Velg en fil.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('lists papers to download by name, and deletes one for the secretariat', async () => {
    const calls = stubApi((method) => (method === 'DELETE' ? [204] : undefined));
    const papers = [{ id: 'p1', fileName: 'saksframlegg.pdf', contentType: 'application/pdf', size: 240_000, uploadedAt: '2026-11-23T10:00:00Z' }];
    renderAt('/', [{ path: '/', element: <PaperList meetingId="m1" papers={papers} caseNumber="1/27" canDelete /> }]);
    const link = screen.getByRole('link', { name: 'saksframlegg.pdf' });
    expect(link.getAttribute('href')).toBe('/api/papers/p1');
    expect(screen.getByRole('list', { name: 'Saksdokumenter til sak 1/27' }).textContent).toContain('234 kB');
    await userEvent.click(screen.getByRole('button', { name: 'Slett «saksframlegg.pdf»' }));
    await waitFor(() => expect(screen.getByText('«saksframlegg.pdf» er slettet.')).toBeTruthy());
    expect(calls[0]).toMatchObject({ method: 'DELETE', path: '/api/papers/p1' });
  });
});
