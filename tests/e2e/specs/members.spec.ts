import { expect, test } from '@playwright/test';
import { network, signIn } from './helpers';

test('the secretariat signs in, opens the network and sees its members with representative and deputy', async ({ page }) => {
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await expect(page.getByRole('heading', { level: 1, name: 'Organer' })).toBeVisible();
  await page.getByRole('link', { name: network }).click();
  await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Medlemmer' })).toBeVisible();

  const table = page.getByRole('table', { name: 'Medlemsorganisasjoner med representant og vara' });
  for (const header of ['Organisasjon', 'Representant', 'Vara']) await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(11); // the header and ten member organisations
  const lo = table.getByRole('row', { name: /LO Vestfold og Telemark/ });
  await expect(lo.getByRole('list', { name: 'Vara for LO Vestfold og Telemark' }).getByRole('listitem')).toHaveCount(1);
  // What the body is for sits behind a disclosure, below the meetings and members.
  await expect(page.getByRole('heading', { level: 2, name: 'Mandat' })).toHaveCount(0);
  await page.getByText('Mandat, mål og oppgaver').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Mandat' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Oppgaver' })).toBeVisible();
});

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill('sekretariat@example.org');
  await page.getByLabel('Passord').fill('ikke-passordet');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('alert')).toContainText('Feil e-postadresse eller passord.');
});

test('a deep link asks for sign-in and returns to where it pointed', async ({ page }) => {
  await page.goto('/nominasjoner');
  await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fnominasjoner/);
  await page.getByLabel('E-post').fill('admin@example.org');
  await page.getByLabel('Passord').fill('Nettverk-2026!');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nominasjoner' })).toBeVisible();
});

test('the language switch changes the texts and the page language', async ({ page }) => {
  await signIn(page, 'representant@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Bodies' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption('nn');
  await expect(page.getByRole('heading', { level: 1, name: 'Organ' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await page.getByLabel('Språk').selectOption('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Organer' })).toBeVisible();
});
