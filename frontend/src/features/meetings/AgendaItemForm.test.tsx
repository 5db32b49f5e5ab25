import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { pageOf, stubApi } from '../../testing/api';
import { agendaItem, person } from '../../testing/meetings';
import { renderAt } from '../../testing/render';
import { AgendaItemForm } from './AgendaItemForm';

afterEach(() => vi.unstubAllGlobals());

describe('AgendaItemForm', () => {
  it('edits an existing item: its values filled in, the presenter changed from free text to a known person', async () => {
    stubApi((method, path) => (method === 'GET' && path === '/api/people'
      ? [200, pageOf([{ ...person('Hilde Aamodt', 'Viken fylkeskommune'), organisationId: null, hasAccount: false, archived: false }])]
      : undefined));
    const onSubmit = vi.fn();
    const item = agendaItem(3, 'Kompetansebehov', { kind: 'Discussion', durationMinutes: 45, presenterText: 'v/ Kari', description: 'Innledning og **drøfting**' });
    renderAt('/', [{ path: '/', element: <AgendaItemForm item={item} errors={null} pending={false} onSubmit={onSubmit} /> }]);

    expect((screen.getByLabelText('Tittel', { exact: false }) as HTMLInputElement).value).toBe('Kompetansebehov');
    expect((screen.getByLabelText('Type sak') as HTMLSelectElement).value).toBe('Discussion');
    expect((screen.getByLabelText('Innleder (fritekst)', { exact: false }) as HTMLInputElement).value).toBe('v/ Kari');
    await userEvent.selectOptions(screen.getByLabelText('Type sak'), 'Decision');
    await userEvent.clear(screen.getByLabelText('Varighet i minutter'));
    await userEvent.type(screen.getByLabelText('Varighet i minutter'), '30');
    await userEvent.click(screen.getByRole('radio', { name: 'Velg en person' }));
    await userEvent.selectOptions(await screen.findByLabelText('Person'), 'Hilde Aamodt, Viken fylkeskommune');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre saken' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      title: 'Kompetansebehov', kind: 'Decision', durationMinutes: 30, presenterText: null, presenterPersonId: 'hilde-aamodt',
      description: 'Innledning og **drøfting**',
    });
  });

  it('puts field errors from the server on the fields', () => {
    renderAt('/', [{ path: '/', element: (
      <AgendaItemForm errors={{ summary: 'Noen felt må rettes.', fields: { title: 'Give the item a title.', durationMinutes: 'Between 0 and 600 minutes.' } }}
        pending={false} onSubmit={vi.fn()} />
    ) }]);
    expect(screen.getByRole('alert').textContent).toBe('Noen felt må rettes.');
    expect(screen.getByLabelText('Tittel', { exact: false }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Varighet i minutter').getAttribute('aria-invalid')).toBe('true');
  });
});
