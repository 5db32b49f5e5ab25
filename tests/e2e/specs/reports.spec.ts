import { expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn, signOut } from './helpers';

// A report from the demo network to its political committees (DESIGN.md flow 7): the secretariat writes it, picks the
// period's content and sends it; the committee's secretariat records the statement of «Hovedutvalg for utdanning og
// kompetanse», which asks the network to act (an action item of the network); the committee member Kari Lunde finds it
// on her start page. Axe at 1280 and 375 px on each screen, and nothing scrolls sideways on a phone.
test.describe.configure({ mode: 'serial' });

// Its own title, so the demo's reports and another run's never stand in for this one.
const title = `Rapport om arbeidet i nettverket ${Date.now() % 100000}`;
const committee = 'Hovedutvalg for utdanning og kompetanse';
const asked = 'Legge fram en plan for flere lærlingplasser';
// Records statements: the committee's secretariat, or an administrator (the demo committees' secretaries have no login).
const statementRecorder = 'admin@example.org';
const phone = { width: 375, height: 740 };
const desktop = { width: 1280, height: 800 };
let reportPath = '';

/** Axe at 1280 px, then at 375 px with a check that nothing sticks out sideways. */
async function checkBothWidths(page: Page, name: string) {
  await expect(page.getByLabel('Laster …')).toHaveCount(0);
  await page.setViewportSize(desktop);
  await checkAccessibility(page, name);
  await page.setViewportSize(phone);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('.table-scroll *'))
      .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, wide };
  });
  expect(overflow.scroll, `${name} scrolls sideways at 375 px: ${overflow.wide.join('; ')}`).toBeLessThanOrEqual(overflow.client);
  await checkAccessibility(page, `${name}-phone`);
  await page.setViewportSize(desktop);
}

/** Today in Oslo as yyyy-mm-dd, the end of the report's period. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());

test('the secretariat writes a report, picks the period\'s content, saves and sends it to the committees', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await page.getByRole('link', { name: 'Rapporter til politiske utvalg' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapporter – ${network}` })).toBeVisible();
  await checkBothWidths(page, 'reports-list');

  await page.getByRole('link', { name: 'Ny rapport' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny rapport til politisk behandling' })).toBeVisible();
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Fra og med').fill('2021-01-01');
  await page.getByLabel('Til og med').fill(today());
  // The committees the network reports to under its mandate are ticked already.
  await expect(page.getByRole('checkbox', { name: committee })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Yrkesopplæringsnemnda' })).toBeChecked();
  await page.getByLabel('Bakgrunn').fill('Nettverket ble opprettet av fylkestinget 9. mars 2021.');
  await page.getByLabel('Vurdering').fill('Nettverket har kommet godt i gang.');
  await page.getByLabel('Forslag til vedtak').fill('Rapporten tas til orientering.');

  // The content of the period: all the published minutes in one click, and attendance per organisation.
  const minutes = page.getByRole('group', { name: 'Publiserte referater' });
  await expect(minutes).toBeVisible();
  const all = minutes.getByRole('checkbox', { name: /^Velg alle/ });
  if (await all.count()) {
    await all.check();
    for (const box of await minutes.getByRole('checkbox').all()) await expect(box).toBeChecked();
  }
  await page.getByRole('checkbox', { name: 'Ta med oppmøte per organisasjon' }).check();
  await checkBothWidths(page, 'report-new');
  await page.getByRole('button', { name: 'Lagre som utkast' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Alt er lagret.')).toBeVisible();
  await expect(page.getByText('Utkast', { exact: true })).toBeVisible();
  reportPath = new URL(page.url()).pathname;
  await expect(page.getByRole('link', { name: 'Last ned saksframlegget (PDF)' })).toBeVisible();

  // Sending asks first, naming the committees and how many are e-mailed.
  await page.getByRole('button', { name: 'Send til utvalgene' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listitem').filter({ hasText: committee })).toBeVisible();
  await expect(dialog.getByText(/får e-post/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Send til utvalgene' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Behandling i utvalgene' })).toBeVisible();
  await expect(page.getByText('Sendt', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('article', { name: committee }).getByText('Sendt', { exact: true })).toBeVisible();
  await checkBothWidths(page, 'report-sent');

  // The body's timeline has it, newest first, one click from the body page.
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await page.getByRole('link', { name: 'Tidslinje' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Tidslinje – ${network}` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Hendelser, nyeste først' }).getByRole('link', { name: title })).toBeVisible();
  await checkBothWidths(page, 'body-timeline');
  await signOut(page);
});

test('the committee\'s secretariat records the statement, which asks the network to act', async ({ page }) => {
  test.setTimeout(180_000);
  expect(reportPath, 'the report of the first test').not.toBe('');
  await signIn(page, statementRecorder);
  await page.goto(reportPath);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: `Registrer uttalelse fra ${committee}` }).click();
  const form = page.getByRole('form', { name: `Uttalelse fra ${committee}` });
  await form.getByLabel('Møtedato i utvalget').fill(today());
  await form.getByLabel('Saksnummer i utvalget').fill('12/21');
  await form.getByRole('textbox', { name: 'Uttalelse' }).fill('Hovedutvalget støtter arbeidet og ber om en plan for lærlingplasser.');
  await form.getByLabel('Vedtak').fill('Rapporten tas til orientering.');
  await form.getByRole('checkbox', { name: 'Utvalget ber organet om å gjøre noe' }).check();
  await form.getByLabel('Hva organet blir bedt om').fill(asked);
  await checkBothWidths(page, 'report-statement-form');
  await form.getByRole('button', { name: 'Registrer uttalelsen' }).click();

  await expect(page.getByText('Uttalelsen er lagret.')).toBeVisible();
  const recorded = page.getByRole('article', { name: committee });
  await expect(recorded.getByText('Uttalelse mottatt')).toBeVisible();
  // The statement as read is checked with axe on the member's screen below.
  await expect(recorded.getByText(/Behandlet i møte .*, sak 12\/21\./)).toBeVisible();
  // The request became an action item of the network.
  await recorded.getByRole('link', { name: 'Se oppfølgingspunktet utvalget ba om' }).click();
  await expect(page.getByText(asked).first()).toBeVisible();
  await signOut(page);
});

test('the committee member sees the report and the statement from her start page', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'utvalg@example.org');
  const cases = page.getByRole('list', { name: /^Saker til utvalget/ });
  await expect(cases.getByRole('link', { name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: `Tidligere rapporter og uttalelser fra ${network}` })).toBeVisible();
  await checkBothWidths(page, 'committee-start');
  await cases.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('article', { name: committee }).getByText('Hovedutvalget støtter arbeidet', { exact: false })).toBeVisible();
  // A member reads; only the secretariat of the committee records.
  await expect(page.getByRole('button', { name: /^Rett uttalelsen|^Registrer uttalelse/ })).toHaveCount(0);
  await checkBothWidths(page, 'committee-report');
  await signOut(page);
});
