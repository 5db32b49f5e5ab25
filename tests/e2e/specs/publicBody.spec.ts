import { expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network } from './helpers';

// The server-rendered public page of a body, signed out: its sections, axe-clean at 1280 and 375 px with nothing
// scrolling sideways on the phone, the links to the public hearing (and minutes, when some are published) working,
// the language links, and the whole page without JavaScript.

const path = '/offentlig/organer/nettverk-for-verdiskaping-og-kompetanse';

async function expectNoSidewaysScroll(page: Page, width: number) {
  await page.setViewportSize({ width, height: 740 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `the public page scrolls sideways at ${width} px`).toBeLessThanOrEqual(clientWidth);
}

test('the public page of a body, signed out: sections, accessibility at 1280 and 375 px, links', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();
  for (const name of ['Mål', 'Mandat', 'Oppgaver', 'Medlemsorganisasjoner', /^Møteplan \d{4}$/, 'Møtereferater', 'Høringer', 'Abonner på kalenderen'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Abonner i kalenderprogrammet' })).toHaveAttribute('href', /^webcal:\/\/.*calendar\.ics$/);
  await checkAccessibility(page, 'public-body-1280');

  await expectNoSidewaysScroll(page, 375);
  await expectNoSidewaysScroll(page, 320);
  await page.setViewportSize({ width: 375, height: 740 });
  await checkAccessibility(page, 'public-body-375');

  await page.getByRole('link', { name: 'Nynorsk' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Medlemsorganisasjonar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await page.getByRole('link', { name: 'Bokmål' }).click();

  const minutes = page.getByRole('link', { name: /^Referat:/ });
  if ((await minutes.count()) > 0) {
    await minutes.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Referat');
    await page.goBack();
  }
  await page.getByRole('link', { name: 'Høring av fire regionale strategier' }).click();
  await expect(page).toHaveURL(/\/offentlig\/horinger\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Høring av fire regionale strategier' })).toBeVisible();

  await page.goto('/offentlig/organer');
  await checkAccessibility(page, 'public-bodies-index');
  await page.getByRole('link', { name: network }).click();
  await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();

  const missing = await page.goto('/offentlig/organer/krafttak-prosjektgruppe');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the public page is whole and its language links work', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();
    await expect(page.getByText('NHO Vestfold og Telemark')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Høring av fire regionale strategier' })).toHaveAttribute('href', /^\/offentlig\/horinger\//);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Member organisations' })).toBeVisible();
  });
});
