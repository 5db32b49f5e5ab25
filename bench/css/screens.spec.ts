import { expect, type Page, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { network, signIn } from './helpers';

// Screenshots of the pages the stylesheet change could alter, at 1280 and 375 px, for a pixel comparison of two builds
// (bench/css/compare.py). Copy into tests/e2e/specs and run against an app already serving the build:
//   E2E_BASE_URL=http://127.0.0.1:PORT SCREENS_DIR=/tmp/screens-before npx playwright test specs/screens.spec.ts
// It publishes the first meeting's minutes (if not yet) before any screenshot, so two runs see the same data.

const dir = process.env.SCREENS_DIR ?? join(__dirname, '..', 'screens');

async function shoot(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByLabel('Laster …')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('screens', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/logg-inn');
  await shoot(page, 'sign-in');
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();
  const bodyPath = new URL(page.url()).pathname;
  await page.goto(`${bodyPath}/moter?ar=2021`);
  const meetingPath = (await page.getByRole('link', { name: /Oppstartsmøte/ }).first().getAttribute('href'))!;
  const meetingId = meetingPath.split('/')[2]!;
  const xsrf = async () => (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const call = async (method: string, url: string, data?: object) =>
    page.request.fetch(url, { method, data, headers: { 'X-XSRF-TOKEN': await xsrf() } });
  const url = `/api/meetings/${meetingId}/minutes`;
  let minutes = await call('GET', url);
  if (minutes.status() === 404) minutes = await call('POST', url, {});
  let body = await minutes.json();
  if (body.status === 'Draft' || body.status === 'OnReview') body = await (await call('POST', `${url}/approve`, { version: body.version })).json();
  if (body.status === 'Approved') body = await (await call('POST', `${url}/publish`, { version: body.version })).json();

  await page.goto(bodyPath);
  await shoot(page, 'body');
  await page.goto(meetingPath);
  await shoot(page, 'meeting');
  await page.goto(`${meetingPath}/referat`);
  await shoot(page, 'minutes');
  await page.goto('/sok?q=kompetanse');
  await shoot(page, 'search');
  await page.goto('/personer');
  await shoot(page, 'people');
  await page.context().clearCookies();
  // Rendered by the server, with the SPA's built stylesheet linked: a stylesheet change shows here too.
  await page.goto(`/offentlig/referat/${meetingId}`);
  await shoot(page, 'public-minutes');
});
