import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn } from './helpers';

// Input to an agenda item: the secretariat opens an item for input, the representative sends input with an attachment,
// the secretariat includes it in the papers. Axe clean at 1280 and 375 px.
// Two years ahead: next year's case numbers belong to meetings.spec.ts, which expects to number its agenda from 1.
const year = new Date().getFullYear() + 2;

async function api(context: BrowserContext) {
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return async (method: 'post' | 'put', url: string, data: object = {}) => {
    const response = await context.request[method](url, { data, headers: { 'X-XSRF-TOKEN': xsrf } });
    expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
}

async function networkId(page: Page) {
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await expect(page).toHaveURL(/\/organer\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

const inputSection = (page: Page) => page.getByRole('region', { name: /^Innspill \(Sak/ });

test.describe('agenda input', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let path = '';

  test('the secretariat opens an item for input', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'sekretariat@example.org');
    const bodyId = await networkId(page);
    const call = await api(page.context());
    const meeting = await call('post', `/api/bodies/${bodyId}/meetings`, {
      title: 'Innspillsmøte', startsAt: `${year}-10-07T10:00:00`, endsAt: `${year}-10-07T12:00:00`, format: 'Digital',
      videoUrl: 'https://meet.example.org/nvk-innspill',
    });
    await call('post', `/api/meetings/${meeting.id}/agenda-items`, { title: 'Regionale strategier', kind: 'Discussion', durationMinutes: 30 });
    path = `/moter/${meeting.id}`;
    await page.goto(path);
    // The deadline is set with the agenda's editing tools, as the items themselves are.
    await page.getByRole('button', { name: 'Endre saksliste' }).click();
    const section = inputSection(page).filter({ has: page.getByLabel('Frist for innspill') }).last();
    await section.getByLabel('Frist for innspill').fill(`${year}-10-01T12:00`);
    await section.getByRole('button', { name: 'Lagre frist' }).click();
    await expect(section.getByText(/Åpen for innspill til/)).toBeVisible();
  });

  test('the representative sends input with an attachment', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'representant@example.org');
    await page.goto(path);
    const section = inputSection(page).filter({ hasText: 'Åpen for innspill' });
    await section.getByLabel('Ditt innspill').fill('NHO støtter **strategiene**, med ett forbehold om finansiering.');
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    await section.getByLabel('Vedlegg (valgfritt)').setInputFiles({ name: 'innspill-nho.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await section.getByRole('button', { name: 'Send innspill' }).click();
    await expect(section.getByText('Innspillet er sendt.')).toBeAttached();
    await expect(section.getByRole('link', { name: 'innspill-nho.pdf' })).toBeVisible();
    await expect(section.getByText('Ikke tatt med i sakspapirene')).toBeVisible();
    await checkAccessibility(page, 'agenda-input-representative');
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkAccessibility(page, 'agenda-input-representative-375');
  });

  test('the secretariat includes the input in the papers', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'sekretariat@example.org');
    await page.goto(path);
    const section = inputSection(page).filter({ hasText: 'innspill-nho.pdf' });
    await expect(section.getByText('Eirik Haugland, NHO Vestfold og Telemark')).toBeVisible();
    await section.getByRole('button', { name: 'Ta med i sakspapirene' }).click();
    await expect(section.getByText('Tatt med i sakspapirene', { exact: true })).toBeVisible();
    await checkAccessibility(page, 'agenda-input-secretariat');
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkAccessibility(page, 'agenda-input-secretariat-375');
  });
});
