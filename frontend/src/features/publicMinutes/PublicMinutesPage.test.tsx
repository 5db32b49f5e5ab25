import { screen, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { PublicMinutesDto } from '../../api/generated/types.gen';
import { configureApi } from '../../lib/api';
import '../../testing/jsdomGaps';
import { renderAt } from '../../testing/render';
import { PublicMinutesPage } from './PublicMinutesPage';

afterEach(() => vi.unstubAllGlobals());

const minutes: PublicMinutesDto = {
  meetingId: 'm1', body: { id: 'b1', name: 'Nettverk for verdiskaping og kompetanse' }, ownerName: 'Vestfold og Telemark fylkeskommune',
  meetingTitle: 'Oppstartsmøte', startsAt: '2021-03-17T12:00:00', endsAt: '2021-03-17T14:00:00', format: 'Digital', location: null, revision: 1,
  publishedAt: '2026-05-04T10:00:00Z', approvalNote: null, correctionReason: null,
  attendees: [{ kind: 'Seat', name: 'Eirik Haugland', organisationName: 'NHO Vestfold og Telemark', status: 'Present', deputyName: null, note: null }],
  entries: [
    { caseNumber: '3/21', title: 'Erfaringer fra kompetanseforum Østfold', kind: 'Information', exempt: false, notes: 'Åpen tekst.', notesHtml: '<p>Åpen tekst.</p>', decision: null, decisionHtml: null, actionItems: [] },
    { caseNumber: '8/21', title: 'Eventuelt', kind: 'Information', exempt: true, notes: null, notesHtml: null, decision: null, decisionHtml: null, actionItems: [] },
  ],
};

describe('PublicMinutesPage', () => {
  it('shows public items in full and exempt ones by number and title only, with a PDF link', async () => {
    configureApi('http://localhost');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(minutes), { status: 200, headers: { 'Content-Type': 'application/json' } })));
    renderAt('/offentlig/referat/m1', [{ path: '/offentlig/referat/:meetingId', element: <PublicMinutesPage /> }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Referat: Oppstartsmøte' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Sak 3/21 Erfaringer fra kompetanseforum Østfold' })).getByText('Åpen tekst.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Sak 8/21 Eventuelt' })).getByText('Unntatt offentlighet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Last ned referatet (PDF)' }).getAttribute('href')).toBe('/api/public/meetings/m1/minutes.pdf');
  });
});
