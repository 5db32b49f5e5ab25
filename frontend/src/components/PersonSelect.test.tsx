import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, vi } from 'vitest';
import type { PersonSummary } from '../api/generated/types.gen';
import { pageOf, stubApi } from '../testing/api';
import { renderAt } from '../testing/render';
import { PersonSelect } from './PersonSelect';

afterEach(() => vi.unstubAllGlobals());

const person = (name: string): PersonSummary => ({
  id: name.toLowerCase().replace(/\W+/g, '-'), name, email: 'x@example.org', phone: null, title: null, organisationId: null,
  organisationName: null, hasAccount: false, archived: false,
});

function Picker({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <PersonSelect label="Ansvarlig person" noneLabel="Ingen" value={value} onChange={setValue} />;
}

/** A registry of `total` people of which the API sends one page of `shown`; a search finds those whose name holds it. */
function registry(shown: PersonSummary[], total: number, everyone: PersonSummary[] = shown) {
  return stubApi((_, path, __, url) => {
    if (path.startsWith('/api/people/')) return [200, everyone.find((p) => path.endsWith(p.id))];
    if (path !== '/api/people') return undefined;
    const search = url.searchParams.get('search');
    if (!search) return [200, pageOf(shown, { total, pageSize: 200 })];
    const found = everyone.filter((p) => p.name.includes(search));
    return [200, pageOf(found, { pageSize: 200 })];
  });
}

describe('PersonSelect', () => {
  it('is a plain select when the registry fits on one page, and asks for the largest page', async () => {
    const calls = registry([person('Silje Kvamme'), person('Eirik Haugland')], 2);
    renderAt('/', [{ path: '/', element: <Picker /> }]);
    await screen.findByRole('option', { name: 'Eirik Haugland' });
    expect(screen.queryByLabelText('Søk etter person', { exact: false })).toBeNull();
    expect(new URL(calls[0]!.request.url).searchParams.get('pageSize')).toBe('200');
  });

  it('says how many it shows of how many, and a search finds the one the page left out', async () => {
    const hidden = person('Åse Ytterst');
    registry([person('Anne Først')], 1234, [person('Anne Først'), hidden]);
    renderAt('/', [{ path: '/', element: <Picker /> }]);
    const search = await screen.findByLabelText('Søk etter person', { exact: false });
    expect(screen.getByText('Viser 1 av 1234. Søk for å finne flere.')).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Åse Ytterst' })).toBeNull();
    await userEvent.type(search, 'Åse');
    await userEvent.selectOptions(screen.getByLabelText('Ansvarlig person'), await screen.findByRole('option', { name: 'Åse Ytterst' }));
    expect(screen.getByText('1 treff')).toBeTruthy();
    expect((screen.getByLabelText('Ansvarlig person') as HTMLSelectElement).value).toBe(hidden.id);
  });

  it('keeps showing the person already chosen when the page does not hold them', async () => {
    const chosen = person('Åse Ytterst');
    registry([person('Anne Først')], 1234, [person('Anne Først'), chosen]);
    renderAt('/', [{ path: '/', element: <Picker initial={chosen.id} /> }]);
    await screen.findByRole('option', { name: 'Åse Ytterst' });
    await waitFor(() => expect((screen.getByLabelText('Ansvarlig person') as HTMLSelectElement).value).toBe(chosen.id));
  });
});
