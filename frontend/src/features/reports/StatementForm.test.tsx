import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { CommitteeStatementDto } from '../../api/generated/types.gen';
import { stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { StatementForm } from './StatementForm';

afterEach(() => vi.unstubAllGlobals());

const recorded: CommitteeStatementDto = {
  committeeId: 'c1', committeeName: 'Yrkesopplæringsnemnda', meetingDate: '2021-02-09', caseNumber: '4/21',
  text: 'Nemnda støtter mandatet.', decision: null, recordedAt: '2021-02-10T09:00:00Z', recordedBy: 'Utvalgssekretær', correctedAt: null, correctedBy: null, actionItemId: 'ai1',
};

function renderForm(onSaved = vi.fn(), statement: CommitteeStatementDto | null = null) {
  renderAt('/', [{ path: '/', element: <StatementForm reportId="r1" committeeId="c1" committeeName="Yrkesopplæringsnemnda" statement={statement} onSaved={onSaved} /> }]);
  return onSaved;
}

describe('StatementForm', () => {
  it('records the statement with what the committee asks the body to do', async () => {
    const calls = stubApi((method, path) => (method === 'PUT' && path === '/api/reports/r1/committees/c1/statement' ? [200, recorded] : undefined));
    const onSaved = renderForm();
    await userEvent.type(screen.getByLabelText('Møtedato i utvalget'), '2021-02-09');
    await userEvent.type(screen.getByLabelText(/Saksnummer i utvalget/), '4/21');
    await userEvent.type(screen.getByRole('textbox', { name: 'Uttalelse' }), 'Nemnda støtter mandatet.');
    expect(screen.queryByLabelText(/Hva organet blir bedt om/)).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Utvalget ber organet om å gjøre noe' }));
    await userEvent.type(screen.getByLabelText(/Hva organet blir bedt om/), 'Legge fram en plan for lærlingplasser');
    await userEvent.type(screen.getByLabelText('Frist (valgfritt)'), '2021-06-01');
    await userEvent.click(screen.getByRole('button', { name: 'Registrer uttalelsen' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(recorded));
    expect(calls.at(-1)!.body).toEqual({
      meetingDate: '2021-02-09', caseNumber: '4/21', text: 'Nemnda støtter mandatet.', decision: null,
      requestedAction: { what: 'Legge fram en plan for lærlingplasser', dueOn: '2021-06-01' },
    });
  });

  it('puts the API\'s field errors under their fields, the nested one too', async () => {
    stubApi((method) => (method === 'PUT' ? [400, {
      status: 400, code: 'validation', title: 'Validation',
      errors: { caseNumber: ['Required.'], 'requestedAction.what': ['Required.'] },
      fieldErrors: { caseNumber: [{ code: 'required' }], 'requestedAction.what': [{ code: 'required' }] },
    }] : undefined));
    const onSaved = renderForm();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Utvalget ber organet om å gjøre noe' }));
    await userEvent.click(screen.getByRole('button', { name: 'Registrer uttalelsen' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect((screen.getByLabelText(/Saksnummer i utvalget/) as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText(/Hva organet blir bedt om/) as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('corrects a recorded statement without asking for a second action item', () => {
    stubApi(() => undefined);
    renderForm(vi.fn(), recorded);
    expect((screen.getByLabelText(/Saksnummer i utvalget/) as HTMLInputElement).value).toBe('4/21');
    expect(screen.queryByRole('checkbox', { name: 'Utvalget ber organet om å gjøre noe' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lagre rettelsen' })).toBeTruthy();
  });
});
