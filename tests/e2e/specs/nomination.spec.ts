import { expect, test } from '@playwright/test';
import { network, signIn, signOut } from './helpers';

test('a contact nominates, the secretariat approves, the body page and the audit log show it', async ({ page }) => {
  await signIn(page, 'kontakt@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await page.getByRole('link', { name: network }).click();
  await page.getByRole('link', { name: 'Foreslå representant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Foreslå representant' })).toBeVisible();
  const representative = page.getByRole('group', { name: 'Representant' });
  await representative.getByLabel('Navn').fill('Hanne Nettleton');
  await representative.getByLabel('E-post').fill('hanne.nettleton@example.org');
  await representative.getByLabel('Stilling').fill('Regionleder');
  const deputy = page.getByRole('group', { name: 'Vara' });
  await deputy.getByLabel('Navn').fill('Ola Vikaren');
  await deputy.getByLabel('E-post').fill('ola.vikaren@example.org');
  await page.getByRole('button', { name: 'Send forslag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nominasjoner' })).toBeVisible();
  await expect(page.getByText('Hanne Nettleton')).toBeVisible();
  await signOut(page);

  await signIn(page, 'sekretariat@example.org');
  await page.getByRole('link', { name: 'Nominasjoner' }).click();
  const card = page.getByRole('article').or(page.locator('[aria-labelledby^="nomination-"]')).filter({ hasText: 'Hanne Nettleton' });
  await card.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(card.getByText('Godkjent')).toBeVisible();

  await page.getByRole('link', { name: 'Organer' }).click();
  await page.getByRole('link', { name: network }).click();
  const lo = page.getByRole('row', { name: /LO Vestfold og Telemark/ });
  await expect(lo).toContainText('Hanne Nettleton');
  await expect(lo.getByRole('list', { name: 'Vara for LO Vestfold og Telemark' })).toContainText('Ola Vikaren');

  await page.getByRole('link', { name: 'Logg', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Nomination' }).filter({ hasText: 'Approved' }).first()).toBeVisible();
});
