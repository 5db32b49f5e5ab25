import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn, signOut } from './helpers';

// A hearing on the demo network: the secretariat sends one out to every member organisation from the hearing page and
// watches the status board, reads the seeded hearing's responses side by side, LO's contact answers from «Til behandling»,
// and the public page is read signed out. Axe at 1280 and 375 px on each screen, and nothing scrolls sideways on a phone.
test.describe.configure({ mode: 'serial' });

const title = `Høring om kompetansestrategien ${Date.now() % 100000}`;
const phone = { width: 375, height: 740 };
const desktop = { width: 1280, height: 800 };
let hearingId = '';
let slug = '';

/** API calls as the signed-in user, with the antiforgery header the SPA would send. */
async function api(context: BrowserContext) {
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const send = async (method: 'post' | 'get', url: string, data: object = {}) => {
    const response = method === 'get' ? await context.request.get(url) : await context.request.post(url, { data, headers: { 'X-XSRF-TOKEN': xsrf } });
    expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
  return { post: (url: string, data?: object) => send('post', url, data), get: (url: string) => send('get', url) };
}

/** Axe at 1280 px, then at 375 px with a check that nothing sticks out sideways. */
async function checkBothWidths(page: Page, name: string) {
  await expect(page.getByLabel('Laster …')).toHaveCount(0);
  await page.setViewportSize(desktop);
  await checkAccessibility(page, name);
  await page.setViewportSize(phone);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('.table-scroll *'))
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });
  expect(overflow.scroll, `${name} scrolls sideways at 375 px: ${overflow.wide.join('; ')}`).toBeLessThanOrEqual(overflow.client);
  await checkAccessibility(page, `${name}-phone`);
  await page.setViewportSize(desktop);
}

const items = <T,>(list: T[] | { items: T[] }): T[] => (Array.isArray(list) ? list : list.items);

test('the secretariat sends a hearing to every member organisation and sees the status board and the reading view', async ({ page, context }) => {
  test.setTimeout(240_000);
  await signIn(page, 'sekretariat@example.org');
  const secretariat = await api(context);
  const bodies = await secretariat.get('/api/bodies?pageSize=200');
  const networkId = bodies.items.find((b: { name: string }) => b.name === network).id;
  const hearing = await secretariat.post(`/api/bodies/${networkId}/hearings`, {
    title, concerns: 'Regional kompetansestrategi', description: 'Vi ber om innspill til utkastet.',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(), closesAt: new Date(Date.now() + 21 * 86_400_000).toISOString(),
    publishResponses: true, sections: ['Mål', 'Tiltak'],
  });
  hearingId = hearing.id;
  slug = hearing.slug;

  // From the body page to its hearings, and on to the new one.
  await page.goto(`/organer/${networkId}`);
  await page.getByRole('link', { name: 'Høringer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Høringer' })).toBeVisible();
  await checkBothWidths(page, 'hearings-list');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Every member organisation in one click, then out it goes, the dialog saying how many are e-mailed.
  await page.getByRole('button', { name: `Alle medlemsorganisasjonene i ${network}` }).click();
  await expect(page.getByText(/høringsinstanser lagt til\./)).toBeVisible();
  const parties = items(await secretariat.get(`/api/hearings/${hearingId}/parties`));
  expect(parties.length).toBeGreaterThanOrEqual(10);
  await page.getByRole('button', { name: 'Send ut høringen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(`${parties.length} høringsinstanser får e-post`, { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: `Send til ${parties.length} instanser` }).click();
  await expect(page.getByText('Høringen er sendt ut.')).toBeVisible();

  const board = page.getByRole('region', { name: 'Høringsinstansene og statusen deres' });
  await expect(board.getByText('LO Vestfold og Telemark')).toBeVisible();
  await page.getByLabel('Vis', { exact: true }).selectOption('Declined');
  await expect(page.getByText('Ingen instanser har denne statusen.')).toBeVisible();
  await page.getByLabel('Vis', { exact: true }).selectOption('');
  await checkBothWidths(page, 'hearing-status-board');

  // The seeded hearing (closed, with responses) read side by side; the new one when the demo has none.
  const all = items(await secretariat.get(`/api/bodies/${networkId}/hearings`));
  const seeded = all.find((h: { id: string; state: string }) => h.id !== hearingId && h.state !== 'Draft' && h.state !== 'Open') ?? hearing;
  await page.goto(`/horinger/${seeded.id}`);
  await expect(page.getByRole('list', { name: 'Antall per status' })).toBeVisible();
  if (seeded !== hearing) await checkBothWidths(page, 'hearing-seeded-board');
  await page.getByRole('link', { name: 'Les svarene side om side' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Svarene side om side' })).toBeVisible();
  await checkBothWidths(page, 'hearing-reading-view');
  await signOut(page);
});

test("LO's contact answers from «Til behandling», and sees the receipt", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'kontakt@example.org');
  await page.getByRole('link', { name: 'Til behandling' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Til behandling' })).toBeVisible();
  await checkBothWidths(page, 'to-handle');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Sending nothing is refused in words; then an answer to one section is sent and its receipt shown.
  await page.getByRole('button', { name: 'Send svaret' }).click();
  await expect(page.getByText('Skriv et svar til minst én del, eller velg «Ingen merknader».')).toBeVisible();
  await page.getByLabel('Til «Tiltak»').fill('Vi ønsker flere lærlingplasser i offentlig sektor.');
  await page.getByRole('button', { name: 'Send svaret' }).click();
  await expect(page.getByText('Svaret er lagret.', { exact: false })).toBeVisible();
  await expect(page.getByText(/^Sist lagret av /)).toBeVisible();
  await checkBothWidths(page, 'hearing-respond');
  await signOut(page);

  // The secretariat sees the answer on the board at once, under its status.
  await signIn(page, 'sekretariat@example.org');
  await page.goto(`/horinger/${hearingId}?status=Responded`);
  const board = page.getByRole('region', { name: 'Høringsinstansene og statusen deres' });
  await expect(board.getByText('LO Vestfold og Telemark')).toBeVisible();
  await expect(page.getByText('Viser 1 av ', { exact: false })).toBeVisible();
  await signOut(page);
});

test('the public page shows the hearing signed out, without private data', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/offentlig/horinger/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/^Høringsfrist: /)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Slik svarer du' })).toBeVisible();
  // An open hearing shows no responses, and no page shows an e-mail address.
  await expect(page.getByText('Vi ønsker flere lærlingplasser', { exact: false })).toHaveCount(0);
  expect(await page.locator('main').textContent()).not.toMatch(/@example\.org/);
  await checkBothWidths(page, 'public-hearing');
});
