import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useQuery } from '@tanstack/react-query';
import { afterEach, vi } from 'vitest';
import { getMinutesOptions } from '../../api/generated/@tanstack/react-query.gen';
import type { MinutesDto, SaveMinutesRequest } from '../../api/generated/types.gen';
import { configureApi } from '../../lib/api';
import '../../testing/jsdomGaps';
import { pageOf } from '../../testing/api';
import { aMinutes, anEntry } from '../../testing/minutes';
import { renderAt } from '../../testing/render';
import { MinutesEditor } from './MinutesEditor';
import { useMinutesDraft } from './useMinutesDraft';

afterEach(() => vi.unstubAllGlobals());

const county = { id: 'org-vtfk', name: 'Vestfold og Telemark fylkeskommune' };
const memberships = [{ id: 'm1', organisation: county, joinedOn: null, leftOn: null, seats: [] }];
const people = [
  { id: 'p-silje', name: 'Silje Kvamme', email: 'sekretariat@example.org', phone: null, title: null, organisationId: county.id, organisationName: county.name, hasAccount: true, archived: false },
  { id: 'p-eirik', name: 'Eirik Haugland', email: 'representant@example.org', phone: null, title: null, organisationId: 'org-nho', organisationName: 'NHO Vestfold og Telemark', hasAccount: true, archived: false },
];

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });
}

/** The API as the editor meets it; each PUT of the minutes is answered by the next of `saves` and kept for the test. */
function api(saves: ((body: SaveMinutesRequest) => Response)[]) {
  const sent: SaveMinutesRequest[] = [];
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/memberships')) return json(200, pageOf(memberships, { pageSize: 200 }));
    if (url.pathname === '/api/people') {
      const organisationId = url.searchParams.get('organisationId');
      return json(200, pageOf(people.filter((p) => !organisationId || p.organisationId === organisationId), { pageSize: 200 }));
    }
    const person = people.find((p) => url.pathname === `/api/people/${p.id}`);
    if (person) return json(200, person);
    if (request.method === 'PUT' && url.pathname === '/api/meetings/meet-1/minutes') {
      const body = (await request.json()) as SaveMinutesRequest;
      sent.push(body);
      return saves.shift()!(body);
    }
    return json(404, { status: 404 });
  }));
  return sent;
}

function Editor({ start }: { start: MinutesDto }) {
  const minutes = useQuery({ ...getMinutesOptions({ path: { id: start.meetingId } }), initialData: start, staleTime: Infinity }).data;
  const editing = useMinutesDraft(minutes);
  return <MinutesEditor minutes={minutes} editing={editing} />;
}

const show = (start = aMinutes()) => renderAt('/moter/meet-1/referat', [{ path: '/moter/:id/referat', element: <Editor start={start} /> }]);
const entry = () => screen.getByRole('region', { name: 'Sak 3/21 Erfaringer fra kompetanseforum Østfold' });

describe('MinutesEditor', () => {
  it('sends a new action item with what, organisation, person and due date', async () => {
    configureApi('http://localhost');
    const sent = api([(body) => json(200, aMinutes({ version: 4, entries: [anEntry({ actionItems: [] })], isPublic: body.isPublic ?? true }))]);
    show();
    await userEvent.click(within(entry()).getByRole('button', { name: 'Legg til oppfølgingspunkt, Sak 3/21' }));
    const item = within(entry()).getByRole('group', { name: 'Oppfølgingspunkt 1' });
    await userEvent.type(within(item).getByLabelText('Hva skal gjøres', { exact: false }), 'Sende presentasjonen til alle');
    await waitFor(() => expect(within(item).getAllByRole('option', { name: county.name })).toHaveLength(1));
    await userEvent.selectOptions(within(item).getByLabelText('Ansvarlig organisasjon'), county.name);
    // With the county chosen, only its people are offered.
    expect(within(within(item).getByLabelText('Ansvarlig person')).queryByRole('option', { name: /Eirik/ })).toBeNull();
    await userEvent.selectOptions(within(item).getByLabelText('Ansvarlig person'), 'Silje Kvamme');
    fireEvent.change(within(item).getByLabelText('Frist'), { target: { value: '2021-04-01' } });
    expect(screen.getByText('Du har endringer som ikke er lagret.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lagre referatet' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.version).toBe(3);
    expect(sent[0]!.entries).toEqual([
      {
        id: 'entry-3', notes: null, decision: null, isPublic: true,
        actionItems: [{ id: null, what: 'Sende presentasjonen til alle', responsibleOrganisationId: county.id, responsiblePersonId: 'p-silje', dueOn: '2021-04-01' }],
      },
    ]);
    expect(sent[0]!.attendance).toEqual([{ id: 'seat-row-1', status: 'Absent', deputyPersonId: null }]);
    await waitFor(() => expect(screen.getByText(/Lagret kl\./)).toBeTruthy());
  });

  it('on a conflict offers both choices, and "keep mine" saves my text on top of the current version', async () => {
    configureApi('http://localhost');
    const theirs = aMinutes({ version: 5, entries: [anEntry({ notes: 'Deres tekst.' })] });
    const sent = api([
      () => json(409, { status: 409, code: 'minutes_conflict', currentVersion: 5, current: theirs }),
      () => json(200, aMinutes({ version: 6, entries: [anEntry({ notes: 'Min tekst om Østfold.' })] })),
    ]);
    show();
    await userEvent.type(within(entry()).getByLabelText('Referat fra saken', { exact: false }), 'Min tekst om Østfold.');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre referatet' }));

    const dialog = await screen.findByRole('dialog', { name: 'Noen andre lagret referatet før deg' });
    expect(within(dialog).getByText('Sak 3/21 Erfaringer fra kompetanseforum Østfold')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Hent deres versjon og forkast mine endringer' })).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Behold min versjon og lagre den' }));

    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.version).toBe(5);
    expect(sent[1]!.entries![0]!.notes).toBe('Min tekst om Østfold.');
    await waitFor(() => expect(screen.getByText(/Lagret kl\./)).toBeTruthy());
  });

  it('on a conflict, "load their version" shows theirs and sends nothing more', async () => {
    configureApi('http://localhost');
    const theirs = aMinutes({ version: 5, entries: [anEntry({ notes: 'Deres tekst.' })] });
    const sent = api([() => json(409, { status: 409, code: 'minutes_conflict', currentVersion: 5, current: theirs })]);
    show();
    const notes = within(entry()).getByLabelText('Referat fra saken', { exact: false });
    await userEvent.type(notes, 'Min tekst.');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre referatet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Noen andre lagret referatet før deg' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hent deres versjon og forkast mine endringer' }));

    await waitFor(() => expect((notes as HTMLTextAreaElement).value).toBe('Deres tekst.'));
    expect(screen.getByText('Alt er lagret.')).toBeTruthy();
    expect(sent).toHaveLength(1);
  });
});
