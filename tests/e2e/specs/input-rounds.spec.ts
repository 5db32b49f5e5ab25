import { type BrowserContext, expect, test } from '@playwright/test';
import { checkAccessibility, network, signIn, signOut } from './helpers';

// Input rounds on the demo data: the first meeting's forventningsrunde, answered by three breakout groups and closed; and
// an open round that the secretariat makes here. The secretariat reads the results as charts, each with its table of the same figures
// (the chart's alternative for screen readers); the NHO representative, invited by name, answers an open round.
test.describe.configure({ mode: 'serial' });

test('the secretariat reads a round\'s results: each chart has its table, the figures are the answers, axe clean', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await page.getByRole('link', { name: 'Innspillsrunder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Innspillsrunder – ${network}` })).toBeVisible();
  await page.getByRole('link', { name: 'Forventningsrunde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forventningsrunde' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Oppsummering' })).toBeVisible();
  await page.getByRole('link', { name: 'Se resultatene' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultater: Forventningsrunde' })).toBeVisible();
  await expect(page.getByText('3 av 3 har svart')).toBeVisible();

  // Question 2 (one choice): the chart, described by its table; the table says two groups chose the first option.
  const chart = page.getByRole('img', { name: 'Tall for spørsmål 2' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg').first()).toBeVisible();
  const table = page.getByRole('table', { name: 'Tall for spørsmål 2' });
  await expect(chart).toHaveAttribute('aria-describedby', (await table.getAttribute('id'))!);
  await expect(table.getByRole('row', { name: /Kompetanse i arbeidslivet\s*2/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Rekruttering til fagutdanning\s*1/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Innovasjon\s*0/ })).toBeVisible();
  // The ranking: average places, Nettverksmøter first.
  await expect(page.getByRole('table', { name: 'Tall for spørsmål 4' }).getByRole('row', { name: /Nettverksmøter\s*3\s*1\.67/ })).toBeVisible();
  // The free-text answers side by side, with who gave them.
  await expect(page.getByRole('table', { name: 'Svarene på spørsmål 1' }).getByRole('row')).toHaveCount(4);
  await checkAccessibility(page, 'input-round-results');

  await page.setViewportSize({ width: 375, height: 740 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(wide, 'nothing scrolls sideways at 375 px').toBe(false);
  await checkAccessibility(page, 'input-round-results-phone');
});

/** "YYYY-MM-DDTHH:mm:00", an Oslo wall-clock time `days` from now (close enough: the round is open for days either side). */
function daysFromNow(days: number): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16)}:00`;
}

async function post(context: BrowserContext, url: string, data: object) {
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await context.request.post(url, { data, headers: { 'X-XSRF-TOKEN': xsrf } });
  expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

test('the NHO representative answers an open round from «Til meg» on a phone; the last save shows who and when', async ({ page, context }) => {
  test.setTimeout(180_000);
  await signIn(page, 'sekretariat@example.org');
  const bodies = await (await context.request.get('/api/bodies?pageSize=200')).json();
  const networkId = bodies.items.find((b: { name: string }) => b.name === network).id;
  const people = await (await context.request.get('/api/people?search=Eirik%20Haugland')).json();
  // Invited by name, so the round waits for nobody else once he has answered: later specs see «Til meg» as before.
  const round = await post(context, `/api/bodies/${networkId}/input-rounds`, {
    title: 'Innspill til arbeidsplanen', introduction: 'Ett omforent svar per organisasjon.', opensAt: daysFromNow(-1), closesAt: daysFromNow(14),
    mode: 'PerPerson', answersShared: false, reminderDaysBefore: 2, meetingId: null, agendaItemId: null, groups: null,
    inviteeIds: [people.items[0].id],
    questions: [
      { id: null, kind: 'FreeText', text: 'Hva bør nettverket prioritere?', options: [] },
      { id: null, kind: 'MultipleChoice', text: 'Hvilke tema vil dere bidra til?', options: ['Lærlingplasser', 'Etter- og videreutdanning', 'Inkludering'] },
      { id: null, kind: 'Scale', text: 'Hvor fornøyd er dere med nettverket så langt (1–5)?', options: [] },
      { id: null, kind: 'Ranking', text: 'Ranger temaene', options: ['Rekruttering', 'Kompetanse', 'Innovasjon'] },
    ],
  });
  await post(context, `/api/input-rounds/${round.id}/open`, {});
  await signOut(page);

  await signIn(page, 'representant@example.org');
  // On a phone from here: the answer page is made for one.
  await page.setViewportSize({ width: 375, height: 740 });
  await page.getByRole('link', { name: 'Innspill til arbeidsplanen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Innspill til arbeidsplanen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ditt svar' })).toBeVisible();
  await page.getByLabel('1. Hva bør nettverket prioritere?').fill('Flere lærlingplasser i små bedrifter.');
  await page.getByRole('checkbox', { name: 'Lærlingplasser' }).check();
  await page.getByRole('group', { name: /3\. Hvor fornøyd/ }).getByRole('radio', { name: '4' }).check();
  // The ranking by keyboard: «Innovasjon» up to the top, with the buttons.
  await page.getByRole('button', { name: 'Flytt «Innovasjon» opp' }).click();
  await page.getByRole('button', { name: 'Flytt «Innovasjon» opp' }).press('Enter');
  await expect(page.getByText('«Innovasjon» er nå nummer 1 av 3.')).toBeAttached();
  await page.getByRole('button', { name: 'Lagre svaret' }).click();
  await expect(page.getByText('Svaret er lagret.')).toBeVisible();
  await expect(page.getByText(/Sist lagret av Eirik Haugland/)).toBeVisible();
  await checkAccessibility(page, 'input-round-answer-phone');
  await page.reload();
  await expect(page.getByRole('list').filter({ hasText: 'Rekruttering' }).getByRole('listitem').first()).toContainText('Innovasjon');
});
