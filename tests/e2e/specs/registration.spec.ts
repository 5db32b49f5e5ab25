import { expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn, signOut } from './helpers';
import { waitForMail } from './mail';

// Registration for the demo network's open meeting: signed out, a member of the public registers, follows the link in the
// e-mail, sees the seat and cancels; the secretariat sees the list. Axe at 1280 and 375 px, nothing scrolls sideways.
test.describe.configure({ mode: 'serial' });

const phone = { width: 375, height: 740 };
const desktop = { width: 1280, height: 800 };
const email = `pamelding.${Date.now() % 100000}@example.org`;
let meetingId = '';

async function checkBothWidths(page: Page, name: string) {
  await expect(page.getByLabel('Laster …')).toHaveCount(0);
  await page.setViewportSize(desktop);
  await checkAccessibility(page, name);
  await page.setViewportSize(phone);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect(overflow.scroll, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(overflow.client);
  await checkAccessibility(page, `${name}-phone`);
  await page.setViewportSize(desktop);
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, 'sekretariat@example.org');
  const bodies = await (await page.request.get('/api/bodies?pageSize=200')).json();
  const networkId = bodies.items.find((b: { name: string }) => b.name === network).id;
  for (const year of [new Date().getFullYear(), new Date().getFullYear() + 1]) {
    const meetings = await (await page.request.get(`/api/bodies/${networkId}/meetings?year=${year}`)).json();
    const open = meetings.items.find((m: { title: string }) => m.title === 'Åpent nettverksmøte');
    if (open) meetingId = open.id;
  }
  expect(meetingId, 'the demo network has its open meeting').not.toBe('');
  await signOut(page);
  await page.close();
});

test('signed out, a member of the public registers, confirms from the e-mail and cancels', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/offentlig/moter/${meetingId}/pamelding`);
  await expect(page.getByRole('heading', { level: 1, name: 'Påmelding: Åpent nettverksmøte' })).toBeVisible();
  await expect(page.getByText(/av 80 plasser ledige/)).toBeVisible();
  await checkBothWidths(page, 'registration-form');

  await page.getByRole('button', { name: 'Meld meg på' }).click();
  await expect(page.getByText('Noen felt må rettes.')).toBeVisible();
  await page.getByLabel('Navn', { exact: true }).fill('Eva Eksempel');
  await page.getByLabel('E-post', { exact: true }).fill(email);
  await page.getByLabel('Organisasjon (valgfritt)').fill('Eksempel AS');
  await page.getByLabel(/Allergier eller behov/).fill('Vegetar');
  await page.getByRole('button', { name: 'Meld meg på' }).click();
  await expect(page.getByRole('heading', { name: 'Sjekk e-posten din' })).toBeVisible();

  const mail = await waitForMail(email, (text) => text.includes('/pamelding/bekreft/'));
  const confirm = /\/pamelding\/bekreft\/[A-Za-z0-9_-]+/.exec(mail)![0];
  await page.goto(confirm);
  await expect(page.getByText('Du har plass på møtet.', { exact: false })).toBeVisible();
  await checkBothWidths(page, 'registration-confirmed');

  await page.getByRole('link', { name: 'Se eller avmeld påmeldingen' }).click();
  await expect(page.getByText('Påmeldt som Eva Eksempel, Eksempel AS.')).toBeVisible();
  await checkBothWidths(page, 'registration-mine');
  await page.getByRole('button', { name: 'Meld meg av' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Meld meg av' }).click();
  await expect(page.getByText('Du er avmeldt.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meld meg av' })).toHaveCount(0);
});

test('the secretariat sees who has registered, from the meeting page', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'sekretariat@example.org');
  await page.goto(`/moter/${meetingId}`);
  await page.getByRole('link', { name: 'Påmeldinger', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Påmeldinger: Åpent nettverksmøte' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Marte Lien' })).toBeVisible();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await expect(page.getByLabel('Antall plasser')).toHaveValue('80');
  await checkBothWidths(page, 'registration-list');
  await page.getByLabel('Status').selectOption('Cancelled');
  await expect(page.getByRole('cell', { name: 'Marte Lien' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
});
