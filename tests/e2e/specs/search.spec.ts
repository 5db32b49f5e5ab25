import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checkAccessibility, signIn, signOut } from './helpers';

// Search (issue 10): a signed-in search finds an agenda item and opens its meeting; a member of the network does not find
// the private Krafttak project group's minutes, which an administrator does; the public search finds public text only.
// Each test signs in, searches and opens pages (one the demo's heaviest): more than the default minute on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

// A word only the private minutes made here contain.
const secretWord = 'Kvernhusbekken';

async function api(context: BrowserContext) {
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const send = async (method: 'post' | 'put', url: string, data: object = {}) => {
    const response = await context.request[method](url, { data, headers: { 'X-XSRF-TOKEN': xsrf } });
    expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
  return { post: (url: string, data?: object) => send('post', url, data), put: (url: string, data: object) => send('put', url, data) };
}

async function search(page: Page, words: string) {
  // The page's own form, not the header's search field.
  const form = page.getByRole('main').getByRole('search');
  await form.getByLabel('Søk etter').fill(words);
  await form.getByRole('button', { name: 'Søk' }).click();
}

test('a signed-in search finds an agenda item and opens its meeting', async ({ page }) => {
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/sok?q=kompetanseforum');
  await expect(page.getByRole('heading', { level: 1, name: 'Søk' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Treff' });
  const hit = page.getByRole('link', { name: '3/21 Erfaringer fra kompetanseforum Østfold' });
  await expect(results.getByRole('listitem').filter({ has: hit })).toContainText('Sak');
  await checkAccessibility(page, 'search-results');

  // Typing in the form changes the address, so a search can be linked to; a prefix of an æøå word is enough.
  await search(page, 'møtepl');
  await expect(page).toHaveURL(/\/sok\?q=m%C3%B8tepl/);
  await page.getByRole('link', { name: '7/21 Møteplan og arbeidsform' }).click();
  await expect(page).toHaveURL(/\/moter\/[0-9a-f-]{36}$/);
  // The meeting page of the demo's first meeting is a heavy one; on a busy machine it takes a while.
  await expect(page.getByRole('heading', { level: 1, name: /Oppstartsmøte/ })).toBeVisible({ timeout: 30_000 });

  await page.goto('/sok?q=zxqvbnm');
  await expect(page.getByRole('status').filter({ hasText: 'Ingen treff for «zxqvbnm».' })).toBeVisible();
  await checkAccessibility(page, 'search-empty');
});

/** As an administrator (signed in on `context`): a held meeting of `bodyName` with one agenda item, its minutes
 * written, approved and published (marked public). */
async function publishedMinutes(context: BrowserContext, bodyName: string, title: string, item: string, notes: string) {
  const bodies = await (await context.request.get('/api/bodies?pageSize=200')).json();
  const bodyId = bodies.items.find((b: { name: string }) => b.name === bodyName).id;
  const admin = await api(context);
  const meeting = await admin.post(`/api/bodies/${bodyId}/meetings`, {
    title, startsAt: '2025-01-14T09:00:00', endsAt: '2025-01-14T11:00:00', format: 'Digital',
  });
  await admin.post(`/api/meetings/${meeting.id}/agenda-items`, { title: item, kind: 'Decision' });
  const url = `/api/meetings/${meeting.id}/minutes`;
  const draft = await admin.post(url);
  const saved = await admin.put(url, { version: draft.version, isPublic: true, entries: [{ id: draft.entries[0].id, notes, decision: 'Saken utsettes.' }] });
  const approved = await admin.post(`${url}/approve`, { version: saved.version });
  await admin.post(`${url}/publish`, { version: approved.version });
  return meeting.id as string;
}

test('a member of the network does not find the private project group’s minutes; an administrator does', async ({ page, context }) => {
  await signIn(page, 'admin@example.org');
  await publishedMinutes(context, 'Krafttak – prosjektgruppe', 'Arbeidsmøte Krafttak', `Utbyggingen ved ${secretWord}`,
    `Budsjettet for ${secretWord} ble drøftet.`);

  await page.goto(`/sok?q=${secretWord}&kind=Minutes`);
  await expect(page.getByRole('list', { name: 'Treff' }).getByRole('link', { name: 'Arbeidsmøte Krafttak' })).toBeVisible();
  await signOut(page);

  await signIn(page, 'representant@example.org');
  await page.goto(`/sok?q=${secretWord}`);
  await expect(page.getByRole('status').filter({ hasText: `Ingen treff for «${secretWord}».` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Arbeidsmøte Krafttak' })).toHaveCount(0);
  await signOut(page);

  // Nor does the public, though the minutes were marked public: the body is not.
  await page.goto(`/offentlig/sok?q=${secretWord}`);
  await expect(page.getByRole('status').filter({ hasText: `Ingen treff for «${secretWord}».` })).toBeVisible();
});

test('the public search finds public minutes and opens them, finds nothing else, and refuses a search without words', async ({ page, context }) => {
  // Public minutes of a public committee where no demo account sits, so no other screen of the suite changes.
  await signIn(page, 'admin@example.org');
  const meetingId = await publishedMinutes(context, 'Yrkesopplæringsnemnda', 'Nemndmøte om lærlingplasser', 'Lærlingløftet i Telemark',
    'Nemnda drøftet Lærlingløftet og fagbrev på jobb.');
  await signOut(page);

  await page.goto('/offentlig/sok');
  await expect(page.getByRole('heading', { level: 1, name: 'Søk i offentlige referater' })).toBeVisible();
  await checkAccessibility(page, 'public-search');
  await search(page, 'lærlingløft');
  const hit = page.getByRole('list', { name: 'Treff' }).getByRole('link', { name: 'Nemndmøte om lærlingplasser' });
  await expect(hit).toBeVisible();
  await expect(page.getByRole('list', { name: 'Treff' })).toContainText('Yrkesopplæringsnemnda');
  await checkAccessibility(page, 'public-search-results');
  await hit.click();
  await expect(page).toHaveURL(`/offentlig/referat/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Referat: Nemndmøte om lærlingplasser' })).toBeVisible();
  // A full page load of the server-rendered page (client-side routing would end on the SPA's not-found page).
  await expect(page.locator('script')).toHaveCount(0);

  await page.goto('/offentlig/sok');
  await search(page, '"*"');
  await expect(page.getByText('Fyll ut dette feltet.')).toBeVisible();
  // Bodies, organisations and people are not public pages: none of them is found.
  for (const words of ['sunnere økonomi', 'Marte Solberg', 'Universitetet Sørøst']) {
    await page.goto(`/offentlig/sok?q=${encodeURIComponent(words)}`);
    await expect(page.getByRole('status').filter({ hasText: 'Ingen treff' })).toBeVisible();
  }
});
