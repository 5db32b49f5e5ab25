import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn, signOut } from './helpers';

// "Til meg", where sign-in lands: on the demo data, the secretariat calls a meeting a few weeks ahead with an item the NHO
// representative presents (no papers yet), and LO's contact proposes a new representative. Each of them sees exactly
// their own entries, the representative answers the invitation from the page, and the committee member has nothing.
test.describe.configure({ mode: 'serial' });

const meetingTitle = 'Arbeidsmøte om lærlingløftet';
const itemTitle = 'Lærlingløftet i regionen';
const candidate = 'Turid Bakkevold';
let meetingId = '';
let nominationId = '';
let networkId = '';

/** API calls as the signed-in user, with the antiforgery header the SPA would send. */
async function api(context: BrowserContext) {
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const request: APIRequestContext = context.request;
  const send = async (method: 'post' | 'get', url: string, data: object = {}) => {
    const response = method === 'get' ? await request.get(url) : await request.post(url, { data, headers: { 'X-XSRF-TOKEN': xsrf } });
    expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
  return { post: (url: string, data?: object) => send('post', url, data), get: (url: string) => send('get', url) };
}

const section = (page: Page, heading: RegExp) => page.getByRole('list', { name: heading });
const headings = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });

/** "YYYY-MM-DDTHH:mm:00", an Oslo wall-clock time `days` from today. */
function daysAhead(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00`;
}

test('sign-in lands on «Til meg»; the secretariat calls a meeting and sees only what is theirs', async ({ page, context }) => {
  test.setTimeout(240_000);
  await signIn(page, 'sekretariat@example.org');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Til meg' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Til meg' })).toHaveAttribute('aria-current', 'page');

  const secretariat = await api(context);
  const bodies = await secretariat.get('/api/bodies?pageSize=200');
  networkId = bodies.items.find((b: { name: string }) => b.name === network).id;
  const people = await secretariat.get('/api/people?search=Eirik%20Haugland');
  const presenter = people.items[0].id;
  const meeting = await secretariat.post(`/api/bodies/${networkId}/meetings`, {
    title: meetingTitle, startsAt: daysAhead(40, 10), endsAt: daysAhead(40, 12), format: 'Physical', location: 'Fylkeshuset, Skien',
  });
  meetingId = meeting.id;
  await secretariat.post(`/api/meetings/${meetingId}/agenda-items`, { title: itemTitle, kind: 'Discussion', presenterPersonId: presenter, durationMinutes: 30 });
  await secretariat.post(`/api/meetings/${meetingId}/call`);
  await signOut(page);

  await signIn(page, 'kontakt@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Til meg' })).toBeVisible();
  const contact = await api(context);
  const lo = (await contact.get('/api/organisations?search=LO%20Vestfold')).items[0].id;
  nominationId = (await contact.post(`/api/bodies/${networkId}/nominations`, {
    organisationId: lo, representative: { name: candidate, email: 'turid.bakkevold@example.org' },
  })).id;
  await page.reload();
  // The contact: LO's proposal, waiting for the secretariat, and nothing else of anyone's.
  await expect(headings(page)).toHaveText([/^Nominasjonene fra organisasjonen din \(\d+\)$/, 'Mine neste møter']);
  const mine = section(page, /^Nominasjonene fra organisasjonen din/);
  await expect(mine.getByRole('link', { name: `LO Vestfold og Telemark: ${candidate}` })).toHaveAttribute('href', '/nominasjoner');
  await expect(mine).toContainText('Venter på sekretariatet');
  await expect(page.getByText('Du har ingen kommende møter.')).toBeVisible();
  await checkAccessibility(page, 'start-contact');
  await signOut(page);

  await signIn(page, 'sekretariat@example.org');
  // The secretariat: the proposal to decide, and the meeting she runs; no invitation or papers (she holds no seat).
  await expect(headings(page)).toHaveText([/^Nominasjoner som venter på godkjenning \(\d+\)$/, 'Mine neste møter']);
  await expect(section(page, /^Nominasjoner som venter/).getByRole('link', { name: `LO Vestfold og Telemark: ${candidate}` })).toBeVisible();
  const next = section(page, /^Mine neste møter/);
  await expect(next.getByRole('link', { name: `${network}: ${meetingTitle}` })).toHaveAttribute('href', `/moter/${meetingId}`);
  await checkAccessibility(page, 'start-secretariat');
});

test('the representative sees the invitation and the papers due, answers from the page, and the invitation is gone', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'representant@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Til meg' })).toBeVisible();
  const invitations = section(page, /^Innkallinger du ikke har svart på/);
  const entry = invitations.getByRole('listitem').filter({ hasText: meetingTitle });
  await expect(entry.getByRole('link', { name: `${network}: ${meetingTitle}` })).toHaveAttribute('href', `/moter/${meetingId}`);
  const papers = section(page, /^Saksdokumenter du skal levere/);
  await expect(papers.getByRole('link', { name: new RegExp(`^Sak \\d+/\\d\\d ${itemTitle}$`) })).toHaveAttribute('href', `/moter/${meetingId}`);
  await expect(papers).toContainText('Send saksdokumentene til sekretariatet');
  // Nobody's nominations: those are the secretariat's and the organisation contact's.
  await expect(headings(page).filter({ hasText: /Nominasjon/ })).toHaveCount(0);
  await checkAccessibility(page, 'start-representative');

  await entry.getByRole('group', { name: `${network}: ${meetingTitle}` }).getByRole('button', { name: 'Kommer', exact: true }).click();
  await expect(invitations.getByRole('listitem').filter({ hasText: meetingTitle })).toHaveCount(0);
  const next = section(page, /^Mine neste møter/).getByRole('listitem').filter({ hasText: meetingTitle });
  await expect(next).toContainText('Du har svart: Kommer');
});

test('a committee member with nothing waiting is told so; the test leaves nothing behind', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, 'utvalg@example.org');
  await expect(page.getByText('Ingenting venter på deg nå.')).toBeVisible();
  // The reports sent to her committee are there to read (the demo's, and any a spec before sent), not waiting for her.
  await expect(headings(page)).toHaveText([/^Saker til utvalget \(\d+\)$/, 'Mine neste møter']);
  await checkAccessibility(page, 'start-empty');
  await signOut(page);

  // Later specs find the network as they expect it: the proposal rejected, the meeting cancelled.
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, 'sekretariat@example.org');
  const secretariat = await api(context);
  await secretariat.post(`/api/bodies/${networkId}/nominations/${nominationId}/reject`, { reason: 'Testen er ferdig.' });
  await secretariat.post(`/api/meetings/${meetingId}/cancel`, { reason: 'Testen er ferdig.' });
  await other.reload();
  await expect(other.getByRole('heading', { level: 2, name: 'Mine neste møter' })).toBeVisible();
  await expect(other.getByRole('link', { name: new RegExp(candidate) })).toHaveCount(0);
  await expect(other.getByRole('link', { name: new RegExp(meetingTitle) })).toHaveCount(0);
  await context.close();
});
