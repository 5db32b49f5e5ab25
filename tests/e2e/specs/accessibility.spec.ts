import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { artifacts, checkAccessibility, network, signIn } from './helpers';

test('public screens have no axe violations', async ({ page }) => {
  for (const [path, heading, name] of [
    ['/logg-inn', 'Logg inn', 'sign-in'],
    ['/glemt-passord', 'Glemt passord', 'forgot-password'],
    ['/reset-password?email=a%40example.org&token=x', 'Nytt passord', 'reset-password'],
    ['/accept-invitation?userId=x&token=y', 'Velkommen til Nettverk', 'accept-invitation'],
  ]) {
    await page.goto(path!);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await checkAccessibility(page, name!);
  }
});

test('screens of the secretariat have no axe violations', async ({ page }) => {
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await expect(page.getByRole('heading', { level: 1, name: 'Organer' })).toBeVisible();
  await checkAccessibility(page, 'bodies');
  await page.getByRole('link', { name: network }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Medlemmer' })).toBeVisible();
  await checkAccessibility(page, 'body');
  for (const [link, heading, name] of [
    ['Nominasjoner', 'Nominasjoner', 'nominations'],
    ['Organisasjoner', 'Organisasjoner', 'organisations'],
    ['Personer', 'Personer', 'people'],
    ['Logg', 'Logg', 'audit'],
  ]) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByLabel('Laster …')).toHaveCount(0);
    await checkAccessibility(page, name!);
  }
  await page.getByRole('link', { name: 'Organisasjoner', exact: true }).click();
  await page.getByRole('link', { name: 'LO Vestfold og Telemark' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'LO Vestfold og Telemark' })).toBeVisible();
  await checkAccessibility(page, 'organisation');
});

test("the administrator's and a contact's screens have no axe violations", async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await page.getByRole('link', { name: 'Sendt e-post' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sendt e-post' })).toBeVisible();
  await checkAccessibility(page, 'sent-mail');
  await page.goto('/finnes-ikke');
  await expect(page.getByRole('heading', { level: 1, name: 'Siden finnes ikke' })).toBeVisible();
  await checkAccessibility(page, 'not-found');
  await page.getByRole('button', { name: 'Logg ut' }).click();

  await signIn(page, 'kontakt@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await page.getByRole('link', { name: network }).click();
  await page.getByRole('link', { name: 'Foreslå representant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Foreslå representant' })).toBeVisible();
  await checkAccessibility(page, 'nominate');
});

test('the footer and the accessibility statement have no axe violations, and the header stays short at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/tilgjengelighet');
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Status for samsvar med kravene' })).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Vestfold og Telemark fylkeskommune');
  await expect(footer.getByRole('link', { name: 'post@vtfk.example.org' })).toBeVisible();
  await expect(footer.getByRole('link', { name: 'Personvernerklæring' })).toBeVisible();
  await checkAccessibility(page, 'accessibility-statement');
  await expect(page).toHaveTitle('Tilgjengelighetserklæring – Nettverk');
  for (const icon of ['/favicon.ico', '/favicon.svg']) expect((await page.request.get(icon)).status(), icon).toBe(200);

  // The administrator has the most links: brand, search and account take one row, every link one row below them,
  // nothing wraps (the header was 150 px tall, its links in three ragged rows, before the menu was reworked).
  await signIn(page, 'admin@example.org');
  const header = (await page.getByRole('banner').boundingBox())!;
  console.log(`header at 1280 px: ${Math.round(header.height)} px tall`);
  await page.getByRole('banner').screenshot({ path: join(artifacts, 'header-1280-admin.png') });
  const linkRows = await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')
    .evaluateAll((links) => new Set(links.map((l) => Math.round(l.getBoundingClientRect().top))).size);
  expect(linkRows, 'rows of menu links').toBe(1);
  expect(header.height).toBeLessThanOrEqual(110);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeVisible();
  await page.getByText('Rediger erklæringen').click();
  await expect(page.getByLabel('Erklæringen', { exact: true })).toHaveValue(/## Status for samsvar med kravene/);
  await checkAccessibility(page, 'accessibility-statement-editor');
});
