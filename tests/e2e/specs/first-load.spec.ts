import { expect, type Page, test } from '@playwright/test';
import { password } from './helpers';

// Issue 10, a fast first load, held on the built app: what the browser fetches is compressed and split by route, and
// the source is not published. The speed itself is measured by bench/lighthouse, not here.

/** The scripts a page load fetched, by file name, with the encoding each came in and its size. */
async function scriptsOf(page: Page, path: string, ready: () => Promise<void>) {
  const scripts = new Map<string, { encoding: string; bytes: number }>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(response.body().then((body) => {
      scripts.set(new URL(response.url()).pathname.replace('/assets/', ''), { encoding: response.headers()['content-encoding'] ?? 'none', bytes: body.length });
    }));
  });
  await page.goto(path);
  await ready();
  await Promise.all(pending);
  return scripts;
}

/** Every text the page's <h1> has from the next load on, from the first the parser draws. */
async function recordHeadings(page: Page): Promise<string[]> {
  const headings: string[] = [];
  await page.exposeFunction('noteHeading', (text: string) => headings.push(text));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const h1 = document.querySelector('h1');
      if (h1?.textContent) (window as unknown as { noteHeading: (t: string) => void }).noteHeading(h1.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return headings;
}

test('the sign-in page loads its own code only, every script brotli-compressed', async ({ page }) => {
  const scripts = await scriptsOf(page, '/logg-inn', () => expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible());
  const names = [...scripts.keys()];
  
  // Pages behind sign-in come in their own chunks, fetched when visited.
  for (const signedIn of ['MeetingPage-', 'MinutesPage-', 'BodyPage-', 'PeoplePage-', 'AuditPage-'])
    expect(names.filter((n) => n.startsWith(signedIn)), signedIn).toEqual([]);
  // Nynorsk and English are fetched by those who choose them.
  expect(names.filter((n) => /^(nn|en)-/.test(n))).toEqual([]);
  // Chromium asks for br; files under 1 KB are not worth compressing and come as they are.
  const big = [...scripts].filter(([, s]) => s.bytes >= 1024);
  expect(big.length).toBeGreaterThan(3);
  for (const [name, { encoding }] of big) expect(encoding, name).toBe('br');
});

test('the sign-in page comes drawn in its HTML, and its script takes it over without drawing it again or losing what was typed', async ({ page, browser }) => {
  // Without JavaScript the page is there: its heading, its fields, its title.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto('/logg-inn');
  await expect(bare.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expect(bare.locator('form[method=post] input[name=email]')).toBeVisible();
  await expect(bare.locator('form input[name=password][type=password]')).toBeVisible();
  expect(await bare.title()).toBe('Logg inn – Nettverk');
  await noScript.close();

  // With the main script held back, a visitor types; then the script comes and hydrates the same elements.
  const reactErrors: string[] = [];
  page.on('pageerror', (e) => reactErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && /react|hydrat/i.test(m.text())) reactErrors.push(m.text()); });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto('/logg-inn', { waitUntil: 'commit' });
  const heading = page.getByRole('heading', { level: 1, name: 'Logg inn' });
  await expect(heading).toBeVisible();
  const drawn = await heading.elementHandle();
  await page.locator('input[name=email]').fill('sekretariat@example.org');
  await page.locator('input[name=password]').fill(password);
  release();
  // React marks the elements it has taken over; the heading drawn from the HTML is still the one in the page.
  await expect.poll(() => drawn!.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')))).toBe(true);
  expect(await drawn!.evaluate((el) => el.isConnected)).toBe(true);
  await expect(page.getByLabel('E-post')).toHaveValue('sekretariat@example.org');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  expect(reactErrors).toEqual([]);
});

test('a reader who chose English gets the sign-in page drawn in English, never in bokmål, and taken over by the script', async ({ page }) => {
  const reactErrors: string[] = [];
  page.on('pageerror', (e) => reactErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && /react|hydrat/i.test(m.text())) reactErrors.push(m.text()); });
  await page.goto('/logg-inn');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // The server now sends the English page (by the language cookie the SPA set).
  const html = await (await page.request.get('/logg-inn')).text();
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('<title>Sign in – Nettverk</title>');
  expect(html).toMatch(/<h1[^>]*>Sign in<\/h1>/);

  const headings = await recordHeadings(page);
  await page.reload();
  const heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
  await expect(heading).toBeVisible();
  await expect.poll(() => heading.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactFiber')))).toBe(true);
  expect(headings.filter((h) => h !== 'Sign in')).toEqual([]);
  await page.getByLabel('E-mail').fill('sekretariat@example.org');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  expect(reactErrors).toEqual([]);
});

test('a signed-in page fetches its chunk when visited, and a language when chosen', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill('sekretariat@example.org');
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  expect(fetched.some((p) => /\/assets\/PeoplePage-/.test(p))).toBe(false);
  await page.getByRole('link', { name: 'Personer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
  expect(fetched.some((p) => /\/assets\/PeoplePage-/.test(p))).toBe(true);

  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  expect(fetched.some((p) => /\/assets\/en-/.test(p))).toBe(true);
  // Reloaded in English, the page shows English from its first paint, not bokmål first.
  const headings = await recordHeadings(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  expect(headings.filter((h) => h === 'Personer')).toEqual([]);
  await page.getByLabel('Language').selectOption('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
});

test('source maps are not published and index.html is revalidated while hashed files are cached for a year', async ({ request }) => {
  const html = await request.get('/logg-inn', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['content-encoding']).toBe('br');
  expect(html.headers()['vary']).toContain('Accept-Encoding');
  const main = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(await html.text())?.[1];
  expect(main).toBeTruthy();
  const script = await request.get(main!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(script.headers()['content-encoding']).toBe('gzip');
  expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await script.text())).not.toContain('sourceMappingURL');
  expect((await request.get(`${main}.map`)).status()).toBe(404);
});
