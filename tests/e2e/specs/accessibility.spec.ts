import { expect, test } from '@playwright/test';
import { checkAccessibility, network, signIn } from './helpers';

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
