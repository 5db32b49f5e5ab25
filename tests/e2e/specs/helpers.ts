import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const password = 'Nettverk-2026!';
export const network = 'Nettverk for verdiskaping og kompetanse';
export const artifacts = join(__dirname, '..', 'artifacts');

export async function signIn(page: Page, email: string) {
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
}

/** WCAG 2.1 AA by axe-core, zero violations, and a screenshot of the screen as it was checked. */
export async function checkAccessibility(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = results.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
  expect(report, `axe violations on ${name}`).toEqual([]);
}
