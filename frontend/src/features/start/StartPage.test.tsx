import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import type { StartItem, StartPage as Start } from '../../api/generated/types.gen';
import { pageOf, stubApi } from '../../testing/api';
import { renderAt } from '../../testing/render';
import { entryPath, sectionPath } from './startEntries';
import { StartPage } from './StartPage';

afterEach(() => vi.unstubAllGlobals());

const body = { id: 'b1', name: 'Nettverket' };
const meeting = { id: 'm1', title: 'Arbeidsmøte', startsAt: '2027-02-11T12:00:00', endsAt: '2027-02-11T14:00:00' };
const item = (kind: StartItem['kind'], more: Partial<StartItem> = {}): StartItem => ({
  kind, id: `${kind}-1`, body, meeting: null, title: 'Noe', caseNumber: null, detail: null, dueOn: null, overdue: false, ...more,
});

const invitation = item('Invitation', { id: 'inv-1', meeting, title: meeting.title });
const overdue = item('ActionItem', { title: 'Oppsummere forventningsrunden', caseNumber: '6/21', dueOn: '2027-01-03', overdue: true, meeting });
const full: Start = {
  sections: [
    { kind: 'Invitation', total: 7, items: [invitation] },
    { kind: 'PapersDue', total: 1, items: [item('PapersDue', { caseNumber: '2/27', title: 'Lærlingløftet', meeting })] },
    { kind: 'ActionItem', total: 1, items: [overdue] },
  ],
  nextMeetings: [{ id: 'm1', bodyId: 'b1', bodyName: 'Nettverket', title: 'Arbeidsmøte', startsAt: meeting.startsAt, endsAt: meeting.endsAt,
    format: 'Physical', location: 'Fylkeshuset', isOpen: false, status: 'Called', myAnswer: 'NoAnswer' }],
};

describe('StartPage', () => {
  it('shows the sections in the order given, with their counts, a link to all when there are more, then the next meetings', async () => {
    stubApi((method, path) => (method === 'GET' && path === '/api/me/start' ? [200, full] : undefined));
    renderAt('/', [{ path: '/', element: <StartPage /> }]);
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Innkallinger du ikke har svart på (7)', 'Saksdokumenter du skal levere (1)', 'Oppfølgingspunktene dine (1)', 'Mine neste møter']);
    expect(screen.getByRole('link', { name: 'Sak 2/27 Lærlingløftet' }).getAttribute('href')).toBe('/moter/m1');
    expect(screen.getByRole('link', { name: 'Se alle 7' }).getAttribute('href')).toBe('/mine-moter');
    const actionItems = screen.getByRole('list', { name: 'Oppfølgingspunktene dine (1)' });
    expect(within(actionItems).getByRole('link', { name: 'Oppsummere forventningsrunden' }).getAttribute('href')).toBe('/mine-oppfolgingspunkter');
    expect(within(actionItems).getByText('Forfalt')).toBeTruthy();
    expect(screen.queryByText('Ingenting venter på deg nå.')).toBeNull();
    // My answer to the next meeting, or that there is none yet (not "you answered: not answered").
    expect(within(screen.getByRole('list', { name: 'Mine neste møter' })).getByText(/Ikke svart$/)).toBeTruthy();
  });

  it('answers an invitation right there and asks for the page again', async () => {
    let answered = false;
    const calls = stubApi((method, path) => {
      if (method === 'GET' && path === '/api/me/start') return [200, answered ? { ...full, sections: full.sections.slice(1) } : full];
      if (method === 'POST' && path === '/api/meetings/m1/answer') {
        answered = true;
        return [200, { id: 'm1', body }];
      }
      return undefined;
    });
    renderAt('/', [{ path: '/', element: <StartPage /> }]);
    const group = await screen.findByRole('group', { name: 'Nettverket: Arbeidsmøte' });
    await userEvent.click(within(group).getByRole('button', { name: 'Kommer' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Innkallinger/ })).toBeNull());
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ answer: 'Accepted' });
    expect(calls.filter((c) => c.path === '/api/me/start')).toHaveLength(2);
  });

  it('says that nothing needs you when no section has anything', async () => {
    stubApi((method, path) => (method === 'GET' && path === '/api/me/start' ? [200, { sections: [], nextMeetings: [] }] : undefined));
    renderAt('/', [{ path: '/', element: <StartPage /> }]);
    expect(await screen.findByText('Ingenting venter på deg nå.')).toBeTruthy();
    expect(screen.getByText('Du har ingen kommende møter.')).toBeTruthy();
  });

  it('links each kind to where it is done, and a kind it does not know to its body', () => {
    expect(entryPath(item('PapersDue', { meeting }))).toBe('/moter/m1');
    expect(entryPath(item('MinutesReview', { meeting }))).toBe('/moter/m1/referat');
    expect(entryPath(item('NominationToDecide'))).toBe('/nominasjoner');
    expect(entryPath(item('Survey' as StartItem['kind']))).toBe('/organer/b1');
    expect(entryPath(item('HearingToAnswer', { id: 'h1' }))).toBe('/horinger/h1/svar');
    expect(sectionPath('HearingToAnswer')).toBe('/til-behandling');
    expect(sectionPath('PapersDue')).toBeNull();
  });

  it('shows a committee\'s cases from every body with their status, the body\'s earlier reports one click away, and the report to treat', async () => {
    const toTreat = item('ReportToTreat', { id: 'r2', title: 'Rapport 2. halvår', detail: 'Yrkesopplæringsnemnda' });
    stubApi((method, path) => {
      if (method === 'GET' && path === '/api/me/start') return [200, { sections: [{ kind: 'ReportToTreat', total: 1, items: [toTreat] }], nextMeetings: [] }];
      if (method === 'GET' && path === '/api/me/committee-reports') return [200, pageOf([
        { reportId: 'r2', bodyId: 'b1', bodyName: 'Nettverket', title: 'Rapport 2. halvår', periodFrom: '2021-07-01', periodTo: '2021-12-31',
          sentAt: '2022-01-10T09:00:00Z', committeeId: 'c1', committeeName: 'Yrkesopplæringsnemnda', status: 'Sent', statementMeetingDate: null, canRecordStatement: true },
        { reportId: 'r1', bodyId: 'b1', bodyName: 'Nettverket', title: 'Rapport 1. halvår', periodFrom: '2021-01-01', periodTo: '2021-06-30',
          sentAt: '2021-07-10T09:00:00Z', committeeId: 'c1', committeeName: 'Yrkesopplæringsnemnda', status: 'StatementReceived', statementMeetingDate: '2021-09-09', canRecordStatement: true },
      ])];
      return undefined;
    });
    renderAt('/', [{ path: '/', element: <StartPage /> }]);
    const cases = await screen.findByRole('list', { name: 'Saker til utvalget (2)' });
    const links = within(cases).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([['Rapport 2. halvår', '/rapporter/r2'], ['Rapport 1. halvår', '/rapporter/r1']]);
    expect(within(cases).getByText('Venter på uttalelse')).toBeTruthy();
    expect(within(cases).getByText('Uttalelse 9. september 2021')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tidligere rapporter og uttalelser fra Nettverket' }).getAttribute('href')).toBe('/organer/b1/rapporter');
    const treat = screen.getByRole('list', { name: 'Rapporter som venter på uttalelse (1)' });
    expect(within(treat).getByRole('link', { name: 'Rapport 2. halvår' }).getAttribute('href')).toBe('/rapporter/r2');
    expect(within(treat).getByText('Registrer uttalelsen fra Yrkesopplæringsnemnda')).toBeTruthy();
  });

  it('shows no committee section to someone who sits in no committee', async () => {
    stubApi((method, path) => {
      if (method === 'GET' && path === '/api/me/start') return [200, { sections: [], nextMeetings: [] }];
      if (method === 'GET' && path === '/api/me/committee-reports') return [200, pageOf([])];
      return undefined;
    });
    renderAt('/', [{ path: '/', element: <StartPage /> }]);
    expect(await screen.findByText('Du har ingen kommende møter.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Saker til utvalget/ })).toBeNull());
  });
});
