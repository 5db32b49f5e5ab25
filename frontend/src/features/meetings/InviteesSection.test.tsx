import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { MeetingDetails } from '../../api/generated/types.gen';
import { pageOf, stubApi } from '../../testing/api';
import { invitation, person } from '../../testing/meetings';
import { renderAt } from '../../testing/render';
import { InviteesSection } from './InviteesSection';
import { InviteesSummary } from './InviteesSummary';
import { InviteesTable } from './InviteesTable';

afterEach(() => vi.unstubAllGlobals());

const lo = { organisationName: 'LO Vestfold og Telemark', seatId: 'seat-lo' };
const invitations = [
  invitation('Eirik Haugland', { answer: 'Accepted', answeredAt: '2026-11-23T09:00:00Z', answeredBy: 'representant@example.org (lenke i e-post)' }),
  invitation('Kari Lunde', { answer: 'Tentative', comment: 'Kommer etter lunsj' }),
  invitation('Ola Nordmann', { ...lo, answer: 'Declined', answeredAt: '2026-11-23T10:00:00Z', answeredBy: 'sekretariat@example.org (for 0193)' }),
  invitation('Vera Vara', { ...lo, role: 'Deputy', deputyOrder: 1, answer: 'NoAnswer' }),
  invitation('Per Pause', { answer: 'NoAnswer' }),
  // A deputy stood down because the representative comes after all: invited once, no longer expected.
  invitation('Sigrid Stand', { role: 'Deputy', deputyOrder: 1, seatId: 'seat-eirik-haugland', answer: 'Accepted', active: false }),
];

describe('invitees', () => {
  it('counts the answers of those still invited', () => {
    render(<InviteesSummary invitations={invitations} />);
    const summary = screen.getByRole('list', { name: 'Svar så langt' });
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Kommer: 1', 'Kommer kanskje: 1', 'Kommer ikke: 1', 'Ikke svart: 2',
    ]);
  });

  it('says in words who stands in for whom and who recorded an answer, not only by colour', () => {
    render(<InviteesTable invitations={invitations} />);
    const ola = screen.getByRole('row', { name: /^Ola Nordmann/ });
    expect(within(ola).getByText('Kommer ikke')).toBeTruthy();
    expect(ola.textContent).toContain('Representert ved Vera Vara (1. vara)');
    expect(ola.textContent).toContain('Svar registrert av sekretariatet');
    const vera = screen.getByRole('row', { name: /^Vera Vara/ });
    expect(vera.textContent).toContain('1. vara');
    expect(vera.textContent).toContain('Møter for Ola Nordmann');
    expect(screen.getByRole('row', { name: /Kari Lunde/ }).textContent).toContain('Kommentar: Kommer etter lunsj');
    expect(screen.getByRole('row', { name: /Sigrid Stand/ }).textContent).toContain('Ikke nødvendig');
  });

  it('records an answer on behalf of someone who phoned, and calls in a named deputy', async () => {
    const seat = { id: 'seat-lo', role: 'Member', termStart: null, termEnd: null, representative: person('Ola Nordmann'), deputies: [
      { order: 1, person: person('Vera Vara') }, { order: 2, person: person('Anders Andrevara') },
    ] };
    const calls = stubApi((method, path) => {
      if (method === 'GET' && path === '/api/bodies/body-1/memberships') {
        return [200, pageOf([{ id: 'ms-lo', organisation: { id: 'org-lo', name: 'LO Vestfold og Telemark' }, joinedOn: null, leftOn: null, seats: [seat] }])];
      }
      if (method === 'POST') return [200, {}];
      return undefined;
    });
    const meeting = { id: 'm1', body: { id: 'body-1', name: 'Nettverket' }, invitations } as MeetingDetails;
    renderAt('/', [{ path: '/', element: <InviteesSection meeting={meeting} canAct /> }]);

    await userEvent.selectOptions(screen.getByLabelText('Hvem svarte'), 'Per Pause, NHO Vestfold og Telemark');
    await userEvent.click(screen.getByRole('radio', { name: 'Kommer ikke' }));
    await userEvent.type(screen.getByLabelText('Kommentar (valgfritt)'), 'Ringte, er syk');
    await userEvent.click(screen.getByRole('button', { name: 'Registrer svaret' }));
    await waitFor(() => expect(screen.getByText('Registrert for Per Pause: Kommer ikke.')).toBeTruthy());
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/meetings/m1/invitations/inv-per-pause/answer', body: { answer: 'Declined', comment: 'Ringte, er syk' },
    });

    await userEvent.selectOptions(await screen.findByLabelText('Plass'), 'LO Vestfold og Telemark – Ola Nordmann');
    await userEvent.selectOptions(screen.getByLabelText('Vara'), '2. vara: Anders Andrevara');
    await userEvent.click(screen.getByRole('button', { name: 'Kall inn vara' }));
    await waitFor(() => expect(screen.getByText('Vara er kalt inn for LO Vestfold og Telemark – Ola Nordmann.')).toBeTruthy());
    expect(calls.filter((c) => c.method === 'POST')[1]).toMatchObject({
      path: '/api/meetings/m1/call-deputy', body: { seatId: 'seat-lo', personId: 'anders-andrevara' },
    });
  });

  it('asks whose answer it is before sending anything', async () => {
    const calls = stubApi(() => [200, pageOf([])]);
    const meeting = { id: 'm1', body: { id: 'body-1', name: 'Nettverket' }, invitations } as MeetingDetails;
    renderAt('/', [{ path: '/', element: <InviteesSection meeting={meeting} canAct /> }]);
    await userEvent.click(screen.getByRole('button', { name: 'Registrer svaret' }));
    expect(screen.getByText('Velg hvem svaret gjelder.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});
