import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checkAccessibility, signIn, signOut } from './helpers';

// Search (issue 10): a signed-in search finds an agenda item and opens its meeting; a member of the network does not find
// the private Krafttak project group's minutes, which an administrator does; the public search finds public text only.
test.describe.configure({ mode: 'serial' });

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
  await page.getByRole('search').getByLabel('Søk etter').fill(words);
  await page.getByRole('search').getByRole('button', { name: 'Søk' }).click();
}

test('a signed-in search finds an agenda item and opens its meeting', async ({ page }) => {
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/sok?q=kompetanseforum');
  await expect(page.getByRole('heading', { level: 1, name: 'Søk' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Treff' });
  const hit = results.getByRole('link', { name: '3/21 Erfaringer fra kompetanseforum Østfold' });
  await expect(hit).toBeVisible();
  await expect(results.getByRole('listitem').filter({ has: hit })).toContainText('Sak');
  await checkAccessibility(page, 'search-results');

  // Typing in the form changes the address, so a search can be linked to; a prefix of an æøå word is enough.
  await search(page, 'møtepl');
  await expect(page).toHaveURL(/\/sok\?q=m%C3%B8tepl/);
  await page.getByRole('link', { name: '7/21 Møteplan og arbeidsform' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Oppstartsmøte/ })).toBeVisible();

  await page.goto('/sok?q=zxqvbnm');
  await expect(page.getByRole('status').filter({ hasText: 'Ingen treff for «zxqvbnm».' })).toBeVisible();
  await checkAccessibility(page, 'search-empty');
});

test('a member of the network does not find the private project group’s minutes; an administrator does', async ({ page, context }) => {
  await signIn(page, 'admin@example.org');
  const bodies = await (await context.request.get('/api/bodies?pageSize=200')).json();
  const krafttak = bodies.items.find((b: { name: string }) => b.name === 'Krafttak – prosjektgruppe').id;
  const admin = await api(context);
  const meeting = await admin.post(`/api/bodies/${krafttak}/meetings`, {
    title: 'Arbeidsmøte Krafttak', startsAt: '2025-01-14T09:00:00', endsAt: '2025-01-14T11:00:00', format: 'Digital',
  });
  await admin.post(`/api/meetings/${meeting.id}/agenda-items`, { title: `Utbyggingen ved ${secretWord}`, kind: 'Decision' });
  const url = `/api/meetings/${meeting.id}/minutes`;
  const draft = await admin.post(url);
  const saved = await admin.put(url, {
    version: draft.version, isPublic: true,
    entries: [{ id: draft.entries[0].id, notes: `Budsjettet for ${secretWord} ble drøftet.`, decision: 'Saken utsettes.' }],
  });
  const approved = await admin.post(`${url}/approve`, { version: saved.version });
  await admin.post(`${url}/publish`, { version: approved.version });

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

test('the public search finds nothing but public minutes, and refuses an empty search with words', async ({ page }) => {
  await page.goto('/offentlig/sok');
  await expect(page.getByRole('heading', { level: 1, name: 'Søk i offentlige referater' })).toBeVisible();
  await checkAccessibility(page, 'public-search');
  await search(page, '"*"');
  await expect(page.getByText('Fyll ut dette feltet.')).toBeVisible();
  // Bodies, organisations and people are not public pages: none of them is found.
  for (const words of ['sunnere økonomi', 'Marte Solberg', 'Universitetet Sørøst']) {
    await page.goto(`/offentlig/sok?q=${encodeURIComponent(words)}`);
    await expect(page.getByRole('status').filter({ hasText: 'Ingen treff' })).toBeVisible();
  }
});
