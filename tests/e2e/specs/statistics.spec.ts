import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkAccessibility, network, signIn } from './helpers';

type MeetingAnswers = { title: string; invited: number; accepted: number; tentative: number; declined: number; noAnswer: number };

// The secretariat's statistics of the demo network: every chart is an image with a name, described by its table of the same
// figures; the tables show what the API counted (the first meeting's answers: most come, two send deputies, one has not
// answered); the CSV downloads; axe is clean and nothing scrolls sideways at 1280 and 375 px.
test('the secretariat reads the statistics as tables beside the charts, downloads the CSV, axe clean at 1280 and 375 px', async ({ page, context }) => {
  test.setTimeout(180_000);
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await page.getByRole('link', { name: 'Statistikk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Statistikk for ${network}` })).toBeVisible();
  const networkId = new URL(page.url()).pathname.split('/')[2];

  const answers = page.getByRole('table', { name: 'Svar på innkallinger' });
  // The charts' first drawing (recharts' chunk, four charts) can take many seconds on a loaded test machine.
  await expect(answers).toBeVisible({ timeout: 45_000 });
  const chart = page.getByRole('img', { name: /Diagram: Svar på innkallinger/ });
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart).toHaveAttribute('aria-describedby', (await answers.getAttribute('id'))!);

  // The per-meeting table holds the API's figures for the first meeting.
  const figures = await (await context.request.get(`/api/bodies/${networkId}/statistics/answers`)).json();
  const first = (figures.perMeeting as MeetingAnswers[]).find((m) => m.title === 'Oppstartsmøte')!;
  expect(first.invited).toBeGreaterThan(first.accepted);
  expect(first.declined).toBe(2);
  expect(first.noAnswer).toBe(1);
  const row = page.getByRole('table', { name: 'Svar per møte' }).getByRole('row', { name: /Oppstartsmøte/ });
  await expect(row.getByRole('cell')).toHaveText([first.invited, first.accepted, first.tentative, first.declined, first.noAnswer].map(String));

  // Hearings: the demo hearing's answering organisations, as a table too.
  await expect(page.getByRole('table', { name: /^Høringer/ }).getByRole('row', { name: /NHO Vestfold og Telemark\s*\d+\s*[1-9]/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Oppmøte' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Oppfølgingspunkter over tid' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Last ned Svar på innkallinger som CSV' }).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('Organisasjon;Møte;Dato;Innkalt;Kommer;Kommer kanskje;Kommer ikke;Ikke svart');
  await checkAccessibility(page, 'statistics');

  // A period with nothing in it: the empty states, and still axe clean.
  await page.getByLabel('Fra og med').fill('2020-01-01');
  await page.getByLabel('Til og med').fill('2020-12-31');
  await expect(page.getByText('Ingen innkalte møter ennå.')).toBeVisible();
  await page.getByLabel('Fra og med').fill('');
  await page.getByLabel('Til og med').fill('');
  await expect(answers).toBeVisible({ timeout: 45_000 });

  await page.setViewportSize({ width: 375, height: 740 });
  await chart.hover();
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  expect(wide, 'nothing scrolls sideways at 375 px').toBe(false);
  await checkAccessibility(page, 'statistics-phone');
});
