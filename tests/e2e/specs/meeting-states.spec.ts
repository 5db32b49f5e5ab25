import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn, signOut } from './helpers';

// The meeting page led by its state: planned, called, held and cancelled, for the secretariat and a representative.
const year = new Date().getFullYear() + 1;
const summary = (page: Page) => page.getByRole('region', { name: 'Sammendrag av møtet' });

/** The secretariat's API calls, with the antiforgery header the SPA would send. */
async function secretariatApi(context: BrowserContext) {
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  return async (url: string, data: object = {}) => {
    const response = await context.request.post(url, { data, headers: { 'X-XSRF-TOKEN': xsrf } });
    expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
}

async function networkId(page: Page) {
  // From «Organer»: sign-in lands on «Til meg», whose own links may name the network's meetings.
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).first().click();
  await expect(page).toHaveURL(/\/organer\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

async function firstMeetingPath(page: Page, bodyId: string) {
  const list = await (await page.request.get(`/api/bodies/${bodyId}/meetings?year=2021`)).json();
  return `/moter/${list.items.find((m: { title: string }) => m.title === 'Oppstartsmøte').id}`;
}

test.describe('meeting states', () => {
  // Each state is set up through the API and checked with axe: slower than the default minute on a busy machine.
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let calledPath = '';
  let bodyId = '';

  test('planned, then called: the secretariat calls from the summary and sees the answers at the top', async ({ page }) => {
    await signIn(page, 'sekretariat@example.org');
    bodyId = await networkId(page);
    const post = await secretariatApi(page.context());
    const meeting = await post(`/api/bodies/${bodyId}/meetings`, {
      title: 'Tilstandsmøte', startsAt: `${year}-09-09T10:00:00`, endsAt: `${year}-09-09T12:00:00`, format: 'Digital',
      videoUrl: 'https://meet.example.org/nvk-tilstand',
    });
    calledPath = `/moter/${meeting.id}`;
    await page.goto(calledPath);
    await expect(summary(page).getByText('Planlagt')).toBeVisible();
    await expect(summary(page).getByRole('heading', { name: 'Neste steg' })).toBeVisible();
    await checkAccessibility(page, 'meeting-state-planned');

    await summary(page).getByRole('button', { name: 'Send innkalling' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sende innkallingen?' });
    await expect(dialog).toContainText('til 10 personer');
    // Focus starts on Avbryt, so a stray Enter sends nothing; Escape gives it back to the button that opened the dialog.
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(summary(page).getByRole('button', { name: 'Send innkalling' })).toBeFocused();
    await summary(page).getByRole('button', { name: 'Send innkalling' }).click();
    await dialog.getByRole('button', { name: 'Ja, send innkallingen' }).click();
    await expect(page.getByText('Innkallingen er sendt.')).toBeFocused();
    await expect(summary(page).getByText('Innkalt')).toBeVisible();
    await expect(summary(page).getByRole('list', { name: 'Svar så langt' })).toContainText('Ikke svart: 10');
    // Nothing to do next until the agenda changes or the meeting begins.
    await expect(summary(page).getByRole('heading', { name: 'Neste steg' })).toHaveCount(0);
    await checkAccessibility(page, 'meeting-state-called');
  });

  test('called: the representative is offered Kommer / Kommer ikke', async ({ page }) => {
    await signIn(page, 'representant@example.org');
    await page.goto(calledPath);
    await expect(summary(page).getByText('Innkalt')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kommer', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kommer ikke', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Endre saksliste' })).toHaveCount(0);
    await checkAccessibility(page, 'meeting-state-called-representative');
  });

  test('held: the representative sees Avholdt and no answer buttons; the secretariat is offered the minutes', async ({ page }) => {
    await signIn(page, 'representant@example.org');
    const path = await firstMeetingPath(page, await networkId(page));
    await page.goto(path);
    await expect(summary(page).getByText('Avholdt')).toBeVisible();
    await expect(page.getByText('Møtet er avholdt, og svaret kan ikke endres lenger.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Kommer/ })).toHaveCount(0);
    await checkAccessibility(page, 'meeting-state-held-representative');
    await signOut(page);

    // A past meeting that was never called is held too, and its minutes are the next step. Dated before the demo's
    // first meeting: a later held meeting would change who approves that meeting's minutes (minutes.spec).
    await signIn(page, 'sekretariat@example.org');
    const post = await secretariatApi(page.context());
    const past = await post(`/api/bodies/${bodyId}/meetings`, {
      title: 'Avholdt arbeidsmøte', startsAt: '2020-11-12T10:00:00', endsAt: '2020-11-12T11:00:00', format: 'Physical',
      location: 'Fylkeshuset, Skien',
    });
    await page.goto(`/moter/${past.id}`);
    await expect(summary(page).getByText('Avholdt')).toBeVisible();
    await expect(summary(page).getByRole('button', { name: 'Skriv referat' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Avlys møtet' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Send innkalling' })).toHaveCount(0);
    await checkAccessibility(page, 'meeting-state-held-secretariat');
  });

  test('the agenda is read-only until "Endre saksliste"; the page is short and the answers on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'sekretariat@example.org');
    await page.goto(await firstMeetingPath(page, bodyId || (await networkId(page))));
    const answers = summary(page).getByRole('list', { name: 'Svar så langt' });
    await expect(answers).toContainText('Kommer: 9');
    await expect(answers).toContainText('Ikke svart: 1');
    expect((await answers.boundingBox())!.y + 40).toBeLessThan(800);
    const edit = page.getByRole('button', { name: 'Endre saksliste' });
    await expect(edit).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: /^Endre «/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Ny sak' })).toHaveCount(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    test.info().annotations.push({ type: 'height at 1280 px, read-only', description: String(height) });
    expect(height).toBeLessThan(3400);

    await edit.click();
    await expect(edit).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Endre «Presentasjonsrunde»' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Flytt «Presentasjonsrunde» opp' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fjern «Presentasjonsrunde»' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Ny sak' })).toBeVisible();
    await checkAccessibility(page, 'meeting-agenda-edit-mode');
  });

  test('cancelled: the secretariat is told how many hear of it; afterwards Avlyst and no actions', async ({ page }) => {
    await signIn(page, 'sekretariat@example.org');
    await page.goto(calledPath);
    await page.getByRole('button', { name: 'Avlys møtet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Avlyse møtet?' });
    await expect(dialog).toContainText('Avlysningen sendes på e-post til 10 personer');
    await dialog.getByLabel('Begrunnelse for avlysning').fill('For få kan komme');
    await checkAccessibility(page, 'meeting-cancel-confirm');
    await dialog.getByRole('button', { name: 'Ja, avlys møtet' }).click();
    await expect(summary(page).getByText('Avlyst', { exact: true })).toBeVisible();
    await expect(summary(page).getByText('Avlyst: For få kan komme')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    for (const name of ['Avlys møtet', 'Send innkalling', 'Send oppdatert saksliste', 'Endre saksliste', 'Kall inn vara', 'Registrer svaret'])
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    await checkAccessibility(page, 'meeting-state-cancelled');
  });
});
