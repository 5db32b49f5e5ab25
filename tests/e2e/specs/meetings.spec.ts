import { expect, type Page, test } from '@playwright/test';
import { checkAccessibility, network, signIn, signOut } from './helpers';
import { answerLink, waitForMail } from './mail';

// Next year's plan: the seed network meets in February, May, August and November, on the second Thursday.
const year = new Date().getFullYear() + 1;
const yy = String(year % 100).padStart(2, '0');
let meetingPath = '';

const agenda = (page: Page) => page.getByRole('list', { name: 'Saksliste' });
const agendaItem = (page: Page, title: string) => agenda(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(title) }) });
const invitees = (page: Page) => page.getByRole('table', { name: 'Innkalte og svarene deres' });

/** A mouse drag by the item's handle. The drag starts before the page scrolls to the target: dragTo scrolls first, and
 * Chromium then starts the drag from whatever handle is under the pointer's old position. */
async function dragByHandle(page: Page, title: string, onto: string) {
  const handle = agendaItem(page, title).getByTitle('Dra for å flytte');
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  await agendaItem(page, onto).getByRole('heading', { level: 3 }).hover();
  await page.mouse.up();
}

async function addItem(page: Page, title: string, kind: string, minutes: string, presenter?: string) {
  const form = page.getByRole('region', { name: 'Ny sak' });
  await form.getByLabel('Tittel').fill(title);
  await form.getByLabel('Type sak').selectOption({ label: kind });
  await form.getByLabel('Varighet i minutter').fill(minutes);
  if (presenter) {
    await form.getByRole('radio', { name: 'Skriv inn' }).check();
    await form.getByLabel('Innleder (fritekst)').fill(presenter);
  }
  await form.getByRole('button', { name: 'Legg til sak' }).click();
  await expect(agendaItem(page, title)).toBeVisible();
}

test.describe.serial('meetings', () => {
  test('the secretariat plans the year, edits a proposal, adopts, builds the agenda with a paper and calls the meeting', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'sekretariat@example.org');
    await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
    await page.getByRole('link', { name: network }).click();
    await page.getByRole('link', { name: 'Møteplan og møter' }).click();
    await page.goto(`${new URL(page.url()).pathname}?ar=${year}`);
    await expect(page.getByRole('heading', { level: 1, name: `Møteplan ${year}: ${network}` })).toBeVisible();

    await page.getByRole('button', { name: `Lag forslag til møteplan for ${year}` }).click();
    const first = page.getByRole('group', { name: 'Møte 1' });
    await expect(first.getByLabel('Dato')).toHaveValue(new RegExp(`^${year}-02-`));
    await expect(page.getByRole('group', { name: /^Møte \d$/ })).toHaveCount(4);
    await checkAccessibility(page, 'meeting-plan-draft');

    // A week later, an hour later, and in the county hall as well as online.
    await first.getByLabel('Dato').fill(`${year}-02-18`);
    await first.getByLabel('Starter').fill('13:00');
    await first.getByLabel('Slutter').fill('15:00');
    await first.getByLabel('Form').selectOption({ label: 'Hybrid' });
    await first.getByLabel('Sted').fill('Fylkeshuset, Skien');
    await page.getByRole('button', { name: 'Lagre møteplanen' }).click();
    await expect(page.getByText('Lagret.')).toBeVisible();
    await page.getByRole('button', { name: 'Vedta møteplanen' }).click();
    await expect(page.getByText('Møteplanen er vedtatt, og 4 møter er opprettet.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Møter i ${year}` })).toBeFocused();
    const feb = page.getByRole('region', { name: `Møter i ${year}` }).getByRole('row').filter({ hasText: '18. februar' });
    await expect(feb).toContainText('13.00–15.00');
    await expect(feb).toContainText('Hybrid');
    const publicFeed = await page.request.get(await page.getByLabel('Adressen til den offentlige kalenderen').inputValue());
    expect(publicFeed.headers()['content-type']).toContain('text/calendar');
    await checkAccessibility(page, 'meeting-plan-adopted');

    await feb.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Møte' })).toBeVisible();
    meetingPath = new URL(page.url()).pathname;
    // A new meeting's agenda is empty, so the page opens in the "Endre saksliste" mode; time and place are one press away.
    await expect(page.getByRole('button', { name: 'Endre saksliste' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByText('Endre tid og sted').click();
    await page.getByLabel('Videolenke').fill('https://meet.example.org/nvk-februar');
    await page.getByRole('button', { name: 'Lagre tid og sted' }).click();
    await expect(page.getByRole('link', { name: 'Videolenke' })).toHaveAttribute('href', 'https://meet.example.org/nvk-februar');

    // The first item brings the standing item for the previous meeting's minutes (the demo's 2021 meeting has none
    // approved); these were approved by e-mail, so the secretariat takes it off. Case numbers are never reused.
    await addItem(page, 'Velkommen og presentasjonsrunde', 'Orientering', '15');
    await expect(agenda(page).getByRole('heading', { level: 3 }).first()).toHaveText(`Sak 1/${yy} Godkjenning av referat fra forrige møte`);
    await agendaItem(page, 'Godkjenning av referat').getByRole('button', { name: 'Fjern «Godkjenning av referat fra forrige møte»' }).click();
    await page.getByRole('button', { name: 'Ja, fjern saken' }).click();
    await expect(page.getByText('«Godkjenning av referat fra forrige møte» er fjernet fra sakslisten.')).toBeAttached();
    await expect(agendaItem(page, 'Godkjenning av referat')).toHaveCount(0);
    await addItem(page, 'Kompetansebehov i regionen', 'Drøfting', '45', 'v/ Hilde Aamodt, Viken fylkeskommune');
    await addItem(page, 'Eventuelt', 'Orientering', '10');
    await expect(agenda(page).getByRole('heading', { level: 3 })).toHaveText([
      `Sak 2/${yy} Velkommen og presentasjonsrunde`, `Sak 3/${yy} Kompetansebehov i regionen`, `Sak 4/${yy} Eventuelt`]);
    await expect(agendaItem(page, 'Eventuelt')).toContainText('14.00–14.10');

    // Reorder from the keyboard: the move is announced and focus stays with the item, here moved down past another.
    await page.getByRole('button', { name: 'Flytt «Velkommen og presentasjonsrunde» ned' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Sak 2/${yy} er flyttet til plass 2 av 3.`)).toBeAttached();
    await expect(page.getByRole('button', { name: 'Flytt «Velkommen og presentasjonsrunde» ned' })).toBeFocused();
    await expect(agenda(page).getByRole('heading', { level: 3 })).toHaveText([
      `Sak 3/${yy} Kompetansebehov i regionen`, `Sak 2/${yy} Velkommen og presentasjonsrunde`, `Sak 4/${yy} Eventuelt`]);
    await expect(agendaItem(page, 'Kompetansebehov')).toContainText('13.00–13.45');

    // And with the mouse, by the handle: "Eventuelt" to the top and back to the bottom.
    await dragByHandle(page, 'Eventuelt', 'Kompetansebehov');
    await expect(page.getByText(`Sak 4/${yy} er flyttet til plass 1 av 3.`)).toBeAttached();
    await expect(agenda(page).getByRole('heading', { level: 3 }).first()).toHaveText(`Sak 4/${yy} Eventuelt`);
    await dragByHandle(page, 'Eventuelt', 'Velkommen');
    await expect(agenda(page).getByRole('heading', { level: 3 })).toHaveText([
      `Sak 3/${yy} Kompetansebehov i regionen`, `Sak 2/${yy} Velkommen og presentasjonsrunde`, `Sak 4/${yy} Eventuelt`]);

    // Edit an item: a decision item, 40 minutes.
    await agendaItem(page, 'Kompetansebehov').getByRole('button', { name: 'Endre «Kompetansebehov i regionen»' }).click();
    await agendaItem(page, 'Kompetansebehov').getByLabel('Type sak').selectOption({ label: 'Vedtak' });
    await agendaItem(page, 'Kompetansebehov').getByLabel('Varighet i minutter').fill('40');
    await agendaItem(page, 'Kompetansebehov').getByRole('button', { name: 'Lagre saken' }).click();
    await expect(agendaItem(page, 'Kompetansebehov')).toContainText('Vedtak');
    await expect(agendaItem(page, 'Kompetansebehov')).toContainText('13.00–13.40');
    await expect(page.getByRole('button', { name: 'Endre «Kompetansebehov i regionen»' })).toBeFocused();

    // A paper the server refuses (not a PDF inside), then a real one.
    // The papers and the file picker are under a disclosure per item.
    const item = agendaItem(page, 'Kompetansebehov');
    await item.getByText('Saksdokumenter').click();
    const file = item.getByLabel(`Legg ved dokument til sak 3/${yy}`);
    await file.setInputFiles({ name: 'program.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is no PDF') });
    await item.getByRole('button', { name: 'Last opp' }).click();
    // The refusal in the user's language, from the problem's field code, not the server's English message.
    await expect(item.getByText(/Tillatt: PDF/)).toBeVisible();
    await expect(item.getByText(/Allowed: PDF/)).toHaveCount(0);
    await expect(file).toHaveAttribute('aria-invalid', 'true');
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    await file.setInputFiles({ name: 'saksframlegg.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await item.getByRole('button', { name: 'Last opp' }).click();
    await expect(item.getByText('«saksframlegg.pdf» er lastet opp.')).toBeAttached();
    const paper = item.getByRole('link', { name: 'saksframlegg.pdf' });
    await expect(paper).toBeVisible();
    const download = await page.request.get((await paper.getAttribute('href'))!);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(await download.text()).toBe(pdf);
    await checkAccessibility(page, 'meeting-secretariat-planned');

    // Calling asks first, saying to how many the invitation goes; "Avbryt" sends nothing and gives focus back.
    const summary = page.getByRole('region', { name: 'Sammendrag av møtet' });
    await expect(summary.getByText('Planlagt')).toBeVisible();
    await summary.getByRole('button', { name: 'Send innkalling' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sende innkallingen?' });
    await expect(dialog).toContainText('Innkallingen sendes på e-post med kalenderinvitasjon til 10 personer.');
    await checkAccessibility(page, 'meeting-call-confirm');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toBeHidden();
    await expect(summary.getByRole('button', { name: 'Send innkalling' })).toBeFocused();
    await summary.getByRole('button', { name: 'Send innkalling' }).click();
    await dialog.getByRole('button', { name: 'Ja, send innkallingen' }).click();
    await expect(page.getByText('Innkallingen er sendt.')).toBeVisible();
    await expect(summary.getByText('Innkalt')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Svar så langt' })).toContainText('Ikke svart: 10');
  });

  test('the representative answers "Kommer" with the one-click link in the e-mail, signed out', async ({ page }) => {
    const meetingId = meetingPath.split('/').pop()!;
    const mail = await waitForMail('representant@example.org', (text) => text.includes(`/moter/${meetingId}`));
    expect(mail).toContain(`Sak 3/${yy} Kompetansebehov i regionen`);
    await page.goto(answerLink(mail, 'Kommer'));
    await expect(page.getByRole('heading', { level: 1, name: 'Svar på innkalling' })).toBeVisible();
    // Opening the link records nothing (mail scanners open them all): the answer waits for this press.
    await page.getByRole('button', { name: 'Bekreft: Kommer' }).click();
    await expect(page.getByRole('status')).toHaveText('Takk, Eirik Haugland! Svaret ditt er registrert: Kommer.');
    await expect(page.getByRole('button', { name: 'Kommer', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Logg ut' })).toHaveCount(0);
    await checkAccessibility(page, 'rsvp');
  });

  test('the secretariat sees the answer, records one taken by phone and calls in a deputy', async ({ page }) => {
    await signIn(page, 'sekretariat@example.org');
    await page.goto(meetingPath);
    await expect(invitees(page).getByRole('row', { name: /^Eirik Haugland/ })).toContainText('Kommer');
    const summary = page.getByRole('list', { name: 'Svar så langt' });
    await expect(summary).toContainText('Kommer: 1');
    await expect(summary).toContainText('Ikke svart: 9');

    // The KS representative phones in apologies: the first deputy is invited in their place.
    const who = page.getByLabel('Hvem svarte');
    const ks = (await who.locator('option', { hasText: 'KS Vestfold og Telemark' }).textContent())!;
    await who.selectOption({ label: ks });
    await page.getByRole('radio', { name: 'Kommer ikke' }).check();
    await page.getByLabel('Kommentar (valgfritt)').fill('Ringte: sykdom');
    await page.getByRole('button', { name: 'Registrer svaret' }).click();
    const ksName = ks.split(',')[0]!;
    await expect(page.getByText(`Registrert for ${ksName}: Kommer ikke.`)).toBeVisible();
    const ksRow = invitees(page).getByRole('row', { name: new RegExp(`^${ksName}`) });
    await expect(ksRow).toContainText('Svar registrert av sekretariatet');
    await expect(ksRow).toContainText(/Representert ved .+ \(1\. vara\)/);

    // NAV's deputy is called in by hand.
    const seat = page.getByLabel('Plass');
    await seat.selectOption({ label: (await seat.locator('option', { hasText: 'NAV Vestfold og Telemark' }).textContent())! });
    await page.getByRole('button', { name: 'Kall inn vara' }).click();
    await expect(page.getByText(/Vara er kalt inn for NAV Vestfold og Telemark/)).toBeVisible();
    await expect(invitees(page).getByRole('row').filter({ hasText: 'NAV Vestfold og Telemark' }).filter({ hasText: '1. vara' })).toHaveCount(1);
    await expect(summary).toContainText('Kommer ikke: 1');
    await expect(summary).toContainText('Ikke svart: 10');
    await checkAccessibility(page, 'meeting-secretariat-called');
  });

  test('the seat holder sees the meeting, their answer and the papers, and makes and revokes a calendar address', async ({ page }) => {
    await signIn(page, 'representant@example.org');
    await page.getByRole('link', { name: 'Mine møter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine møter' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: '18. februar' });
    await expect(row).toContainText('Kommer');

    await page.getByRole('button', { name: 'Lag kalenderadresse' }).click();
    const address = page.getByLabel('Din kalenderadresse');
    await expect(address).toHaveValue(/\/api\/calendar\/feeds\/[0-9a-f]{48}\.ics$/);
    await expect(page.getByRole('link', { name: 'Abonner i kalenderprogrammet ditt' })).toHaveAttribute('href', /^webcal:\/\//);
    const feedUrl = await address.inputValue();
    const feed = await page.request.get(feedUrl);
    expect(await feed.text()).toContain(`Sak 3/${yy}`);
    await checkAccessibility(page, 'my-meetings');

    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Mitt svar' })).toBeVisible();
    await expect(page.getByText('Du har svart: Kommer.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kommer', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await agendaItem(page, 'Kompetansebehov').getByText('Saksdokumenter (1)').click();
    await expect(agendaItem(page, 'Kompetansebehov').getByRole('link', { name: 'saksframlegg.pdf' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send oppdatert saksliste' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Endre/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Innkalte' })).toHaveCount(0);
    await checkAccessibility(page, 'meeting-seat-holder');
    // Chromium has no nynorsk date names: the dates fall back to bokmål, not to English.
    await page.getByLabel('Språk').selectOption('nn');
    await expect(page.getByRole('heading', { level: 2, name: 'Svaret mitt' })).toBeVisible();
    await expect(page.getByText('torsdag 18. februar', { exact: false })).toBeVisible();
    await page.getByLabel('Språk').selectOption('nb');

    await page.getByRole('link', { name: 'Mine møter' }).click();
    await page.getByRole('button', { name: 'Slå av kalenderadressen' }).click();
    await expect(page.getByText(/Kalenderadressen er slått av/)).toBeVisible();
    expect((await page.request.get(feedUrl)).status()).toBe(404);
    await signOut(page);
  });
});
