import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import '../../testing/jsdomGaps';
import { answeringApi } from './api';
import { RespondForm } from './RespondForm';
import { aHearing, aView } from './testData';

afterEach(() => vi.unstubAllGlobals());

const view = aView({ hearing: aHearing({ canManage: false, sections: [{ id: 's1', position: 1, title: 'Mål' }] }) });
const api = answeringApi({ kind: 'signedIn', hearingId: 'h1' });

describe('RespondForm', () => {
  it('asks for text before sending a response, and sends ingen merknader as a full answer', async () => {
    const calls = stubApi((method) => (method === 'PUT' ? [200, {}] : undefined));
    renderAt('/', [{ path: '/', element: <RespondForm view={view} api={api} /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Skriv et svar til minst én del, eller velg «Ingen merknader».')).toBeTruthy();
    expect(calls).toHaveLength(0);

    await userEvent.click(screen.getByRole('radio', { name: /Ingen merknader/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toBeTruthy());
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe('/api/hearings/h1/parties/p-LO Vestfold og Telemark/response'.replace(/ /g, '%20'));
    expect(put.body).toEqual({ noComments: true, text: null, sections: [], exemptBasis: null });
  });

  it('asks for the legal basis of an exempt response, and sends text per section', async () => {
    const calls = stubApi((method) => (method === 'PUT' ? [200, {}] : undefined));
    renderAt('/', [{ path: '/', element: <RespondForm view={view} api={api} /> }]);
    await userEvent.type(screen.getByLabelText('Til «Mål»'), 'Flere lærlingplasser.');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Svaret skal unntas offentlighet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    expect(await screen.findByText('Velg hjemmelen for å unnta svaret.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Hjemmel'), 'Offl13');
    await userEvent.click(screen.getByRole('button', { name: 'Send svaret' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      noComments: false, text: null, sections: [{ sectionId: 's1', text: 'Flere lærlingplasser.' }], exemptBasis: 'Offl13',
    }));
  });

  it('shows a response after the deadline without letting it be sent', () => {
    stubApi(() => undefined);
    renderAt('/', [{ path: '/', element: <RespondForm view={{ ...view, canRespond: false }} api={api} /> }]);
    expect(screen.queryByRole('button', { name: 'Send svaret' })).toBeNull();
  });
});
