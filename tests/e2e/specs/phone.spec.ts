import { expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn } from './helpers';

// Every main page on a phone: nothing scrolls sideways at 375 or 320 px (WCAG 1.4.10 reflow), the pages checked by axe
// at 375 px too (a table region that scrolls must be reachable by keyboard there), and the menu button works.
// One sign-in per role; the pages are visited in one browser page each.

const phone = { width: 375, height: 740 };
const widths = [375, 320];

/** Waits for the page's heading and its data, then fails naming the elements that stick out past the screen's edge. */
async function expectReflow(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByLabel('Laster …')).toHaveCount(0);
  for (const width of widths) {
    await page.setViewportSize({ width, height: phone.height });
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('.table-scroll *'))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${Math.round(e.getBoundingClientRect().right)}px`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(overflow.scrollWidth, `${name} scrolls sideways at ${width} px: ${overflow.wide.join('; ')}`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );
  }
  await page.setViewportSize(phone);
}

/** A table cell scrolled to is wholly within the screen's width. */
async function expectOnScreen(cell: ReturnType<Page['locator']>) {
  await cell.scrollIntoViewIfNeeded();
  const box = (await cell.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(phone.width + 1);
}

async function visit(page: Page, path: string, name: string, axe = false) {
  await page.goto(path);
  await expectReflow(page, name);
  if (axe) await checkAccessibility(page, `phone-${name}`);
}

/** The network's first meeting (17 March 2021), from its meeting plan for that year. */
async function firstMeetingPath(page: Page, bodyPath: string): Promise<string> {
  await page.goto(`${bodyPath}/moter?ar=2021`);
  const path = await page.getByRole('link', { name: /Oppstartsmøte/ }).first().getAttribute('href');
  expect(path).toMatch(/^\/moter\//);
  return path!;
}

/** Signs in at desktop width (the helper waits for *Logg ut*, which a phone keeps behind the menu), then turns phone-sized. */
async function signInOnPhone(page: Page, email: string) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, email);
  await page.setViewportSize(phone);
}

/** The first meeting's published minutes, for the public page: published by minutes.spec in a full run, else here. */
async function publishFirstMinutes(page: Page, meetingId: string) {
  const xsrf = async () => (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const call = async (method: string, url: string, data?: object) =>
    page.request.fetch(url, { method, data, headers: { 'X-XSRF-TOKEN': await xsrf() } });
  const url = `/api/meetings/${meetingId}/minutes`;
  let minutes = await call('GET', url);
  if (minutes.status() === 404) minutes = await call('POST', url, {});
  let body = await minutes.json();
  if (body.status === 'Draft' || body.status === 'OnReview') body = await (await call('POST', `${url}/approve`, { version: body.version })).json();
  if (body.status === 'Approved') body = await (await call('POST', `${url}/publish`, { version: body.version })).json();
  expect(body.status, JSON.stringify(body)).toBe('Published');
}

test('the menu button opens the menu, navigates and closes, and Escape closes it', async ({ page }) => {
  await signInOnPhone(page, 'sekretariat@example.org');
  const menu = page.getByRole('button', { name: 'Meny' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Organisasjoner', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Søk' })).toBeVisible();
  await page.getByRole('link', { name: 'Organisasjoner', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjoner' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Personer', exact: true })).toBeHidden();

  await menu.click();
  await expect(page.getByRole('link', { name: 'Personer', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  // The search field in the menu hands its words to the search page.
  await menu.click();
  const search = page.getByRole('banner').getByRole('searchbox', { name: 'Søk' });
  await search.fill('kompetanse');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/sok\?q=kompetanse$/);
});

test("the secretariat's pages reflow at 375 and 320 px, and the busiest pass axe at 375 px", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(phone);
  await visit(page, '/logg-inn', 'sign-in', true);
  await visit(page, '/tilgjengelighet', 'accessibility-statement', true);

  await signInOnPhone(page, 'sekretariat@example.org');
  await visit(page, '/', 'start');
  await visit(page, '/organer', 'bodies');
  await page.getByRole('link', { name: network }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();
  const bodyPath = new URL(page.url()).pathname;
  await expectReflow(page, 'body');
  // Stacked on a phone: each member's row shows its columns' headings beside the values, all on screen.
  await expectOnScreen(page.getByRole('region', { name: 'Medlemsorganisasjoner med representant og vara' }).locator('td[data-label="Representant"]').first());
  await checkAccessibility(page, 'phone-body');

  await visit(page, `${bodyPath}/moter`, 'meeting-plan');
  const meetingPath = await firstMeetingPath(page, bodyPath);
  await visit(page, meetingPath!, 'meeting', true);
  await expect(page).toHaveTitle(`Oppstartsmøte – ${network} – Nettverk`);
  // The answers are what the officer came for: at 375 px the Svar column is on screen, not cut off to the right.
  await expectOnScreen(page.getByRole('region', { name: 'Innkalte og svarene deres' }).locator('td[data-label="Svar"]').first());

  const meetingId = meetingPath!.split('/')[2]!;
  await visit(page, `/moter/${meetingId}/referat`, 'minutes', true);
  for (const [path, name] of [
    ['/mine-moter', 'my-meetings'],
    ['/mine-oppfolgingspunkter', 'my-action-items'],
    ['/nominasjoner', 'nominations'],
    ['/organisasjoner', 'organisations'],
    ['/personer', 'people'],
    ['/logg', 'audit'],
    ['/sok?q=kompetanse', 'search'],
    ['/til-behandling', 'to-handle'],
    [`${bodyPath}/horinger`, 'hearings'],
  ] as const) await visit(page, path, name);
  await page.goto('/organisasjoner');
  await page.getByRole('link', { name: 'LO Vestfold og Telemark' }).click();
  await expectReflow(page, 'organisation');

  await publishFirstMinutes(page, meetingId);
  await page.context().clearCookies();
  await visit(page, `/offentlig/referat/${meetingId}`, 'public-minutes', true);
  // The server-rendered attendance table stacks on a phone as the SPA's tables do: the Oppmøte column is on screen.
  await expectOnScreen(page.getByRole('region', { name: 'Oppmøte per plass' }).locator('td[data-label="Oppmøte"]').first());
});

test("a representative's meeting page and the administrator's sent mail reflow on a phone", async ({ page }) => {
  test.setTimeout(150_000);
  await signInOnPhone(page, 'representant@example.org');
  await visit(page, '/mine-moter', 'my-meetings-representative');
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();
  const meetingPath = await firstMeetingPath(page, new URL(page.url()).pathname);
  await visit(page, meetingPath!, 'meeting-representative', true);
  await page.context().clearCookies();

  await signInOnPhone(page, 'admin@example.org');
  await visit(page, '/sendt-epost', 'sent-mail');
  await visit(page, '/tilgjengelighet', 'accessibility-statement-admin', true);
});
