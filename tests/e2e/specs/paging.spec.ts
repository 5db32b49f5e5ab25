import { expect, test } from '@playwright/test';
import { checkAccessibility, signIn } from './helpers';

// The audit log of the demo data is longer than a page of 50: the pager of every list, driven as a person would.
test('the audit log pages through with a named pager, announces the page, and passes axe', async ({ page }) => {
  await signIn(page, 'admin@example.org');
  await page.getByRole('link', { name: 'Logg', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Sider i loggen' });
  await expect(pager).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /^Side \d+ av \d+:/ });
  await expect(status).toHaveText(/^Side 1 av \d+: 1–50 av \d+$/);
  await expect(pager.getByRole('button', { name: 'Side 1', exact: true })).toHaveAttribute('aria-current', 'true');
  const firstRow = await page.getByRole('row').nth(1).textContent();

  await pager.getByRole('button', { name: 'Neste' }).click();
  await expect(status).toHaveText(/^Side 2 av \d+: 51–100 av \d+$/);
  await expect(pager.getByRole('button', { name: 'Side 2', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('row').nth(1)).not.toHaveText(firstRow!);
  await checkAccessibility(page, 'audit-page-2');

  await pager.getByRole('button', { name: 'Forrige' }).click();
  await expect(status).toHaveText(/^Side 1 av \d+:/);
});
