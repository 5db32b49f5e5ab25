import { expect, type Locator, type Page, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAccessibility, network, password, signIn, signOut } from './helpers';

// Flow 4 "Hold it" on the demo network's first meeting (seed 004): the secretariat writes the minutes, circulates them,
// a representative comments, the secretariat approves and publishes, and the public reads them without what is not public.
test.describe.configure({ mode: 'serial' });

const items: { title: string; notes: string; decision: string }[] = [
  { title: 'Velkommen. Innledning', notes: 'Silje Kvamme ønsket velkommen til nettverkets første møte.', decision: 'Orienteringen tas til etterretning.' },
  { title: 'Presentasjonsrunde', notes: 'Deltakerne presenterte seg selv og organisasjonene sine.', decision: 'Tatt til orientering.' },
  {
    title: 'Erfaringer fra kompetanseforum Østfold',
    notes: 'Hilde Aamodt, Viken fylkeskommune, delte erfaringer fra kompetanseforum Østfold: et felles kunnskapsgrunnlag og tett samarbeid med NAV og næringslivet.',
    decision: 'Nettverket tar erfaringene med seg i arbeidet med arbeidsformen.',
  },
  {
    title: 'Gjennomgang av mandatet',
    notes: 'Mandatet ble vedtatt av fylkestinget 9. mars 2021. Yrkesopplæringsnemnda ba om at overordnet mål og delmål justeres når de regionale strategiene er på plass.',
    decision: 'Nettverket slutter seg til mandatet slik fylkestinget vedtok det.',
  },
  {
    title: 'Orientering om 4 strategier som berører nettverkets fagpolitiske område',
    notes: 'Orientering om strategi for forskning, innovasjon og næring, regional strategi for reiseliv og opplevelser, strategiplan for videregående opplæring (høring 28. mars – 20. april) og regional kompetansestrategi.',
    decision: 'Nettverket gir innspill i høringsrundene.',
  },
  { title: 'Forventningsrunde', notes: 'Gruppevis forventningsrunde. Svarene samles inn etter møtet.', decision: 'Sekretariatet sammenstiller svarene til neste møte.' },
  {
    title: 'Møteplan og arbeidsform',
    notes: 'Det etableres et Teams-rom for samhandling mellom møtene. Medlemmene sender navn, e-post og navn på vara til sekretariatet.',
    decision: 'Møteplan for 2021: 6. mai (digitalt), 19. august (åpent møte, fysisk) og 11. november (fysisk).',
  },
  { title: 'Eventuelt', notes: 'Ingen saker under eventuelt.', decision: 'Ingen vedtak.' },
];
const secret = 'Foreløpige tall for utenforskap i Grenland ble lagt fram; de er ikke kvalitetssikret ennå.';
const actionItem = 'Sende ut møteplanen for 2021 og opprette Teams-rom for samhandling';
let meetingId = '';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const entry = (page: Page, title: string): Locator => page.getByRole('region', { name: new RegExp(`^Sak \\d+/21 ${escape(title)}$`) });

/** The text of the e-mails to one address in the pickup folder, bodies decoded (quoted-printable or base64). */
function mailTo(address: string): string[] {
  const folder = join(process.env.E2E_DATA!, 'mail');
  const decode = (raw: string) => {
    const qp = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    const b64 = (raw.match(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{40,})/g) ?? []).map((b) => Buffer.from(b.replace(/\s/g, ''), 'base64').toString('utf8'));
    return [Buffer.from(qp, 'latin1').toString('utf8'), ...b64].join('\n');
  };
  let files: string[] = [];
  try {
    files = readdirSync(folder).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.map((f) => readFileSync(join(folder, f), 'utf8')).filter((m) => new RegExp(`^To:.*${escape(address)}`, 'mi').test(m)).map(decode);
}

test('the secretariat starts the minutes of the first meeting, records attendance, writes every item and sends them for review', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await page.getByRole('link', { name: network }).click();
  await page.getByRole('link', { name: 'Møteplan og møter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Møteplan');
  await page.goto(`${new URL(page.url()).pathname}?ar=2021`);
  await page.getByRole('link', { name: 'Oppstartsmøte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oppstartsmøte' })).toBeVisible();
  await page.getByRole('button', { name: 'Skriv referat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referat: Oppstartsmøte' })).toBeVisible();
  meetingId = /\/moter\/([0-9a-f-]+)\/referat/.exec(page.url())![1]!;

  // Attendance comes from the answers: two seats sent their deputies; the seat that did not answer is absent, and its deputy came.
  await expect(page.getByRole('group', { name: /^LO Vestfold og Telemark:/ }).getByRole('radio', { name: 'Vara møtte' })).toBeChecked();
  const unanswered = page.getByRole('group', { name: /^De private fagskolene:/ });
  await expect(unanswered.getByRole('radio', { name: 'Forfall' })).toBeChecked();
  await unanswered.getByRole('radio', { name: 'Vara møtte' }).check();
  await expect(unanswered.getByLabel('Vara som møtte')).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Legg til deltaker' }).click();
  const guest = page.getByRole('group', { name: 'Deltaker 1' });
  await guest.getByLabel('Navn').fill('Hilde Aamodt');
  await guest.getByLabel('Organisasjon').fill('Viken fylkeskommune');
  await guest.getByLabel('Merknad').fill('Innledet sak 3/21');

  for (const item of items) {
    const region = entry(page, item.title);
    await region.getByLabel('Referat fra saken').fill(item.notes);
    await region.getByLabel('Vedtak').fill(item.decision);
  }
  // One paragraph of item 3 is not public: written on, selected, and fenced with the button.
  const notes = entry(page, items[2]!.title).getByLabel('Referat fra saken');
  await notes.press('End');
  await notes.press('Enter');
  await notes.press('Enter');
  await notes.pressSequentially(secret);
  await notes.evaluate((el: HTMLTextAreaElement, text) => {
    const at = el.value.indexOf(text);
    el.setSelectionRange(at, at + text.length);
  }, secret);
  await entry(page, items[2]!.title).getByRole('button', { name: 'Merk som ikke offentlig, Sak 3/21' }).click();
  await expect(notes).toHaveValue(`${items[2]!.notes}\n\n::: ikke-offentlig\n${secret}\n:::`);

  // One action item on "Møteplan og arbeidsform", NHO's representative responsible, due long ago (so it is overdue).
  const plan = entry(page, 'Møteplan og arbeidsform');
  await plan.getByRole('button', { name: 'Legg til oppfølgingspunkt, Sak 7/21' }).click();
  const ai = plan.getByRole('group', { name: 'Oppfølgingspunkt 1' });
  await ai.getByLabel('Hva skal gjøres').fill(actionItem);
  await ai.getByLabel('Ansvarlig organisasjon').selectOption({ label: 'NHO Vestfold og Telemark' });
  await ai.getByLabel('Ansvarlig person').selectOption({ label: 'Eirik Haugland' });
  await ai.getByLabel('Frist').fill('2021-04-15');

  await expect(page.getByText('Du har endringer som ikke er lagret.')).toBeVisible();
  // Leaving with unsaved changes asks first.
  await page.getByRole('link', { name: 'Til møtet' }).click();
  const leave = page.getByRole('dialog', { name: 'Endringene er ikke lagret' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Bli på siden' }).click();
  await expect(page).toHaveURL(/\/referat$/);

  await page.getByRole('button', { name: 'Lagre referatet' }).click();
  await expect(page.getByText(/Lagret kl\./)).toBeVisible();
  await checkAccessibility(page, 'minutes-editor');

  // Saved for real: after a reload the text, the fence and the deputy are all there.
  await page.reload();
  await expect(entry(page, items[2]!.title).getByLabel('Referat fra saken')).toHaveValue(new RegExp(escape(secret)));
  await expect(page.getByRole('group', { name: /^De private fagskolene:/ }).getByRole('radio', { name: 'Vara møtte' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Deltaker 1' }).getByLabel('Navn')).toHaveValue('Hilde Aamodt');

  await page.getByLabel('Melding til medlemmene (valgfritt)').fill('Kommenter gjerne innen fristen. Hilsen sekretariatet');
  await page.getByRole('button', { name: 'Send på høring' }).click();
  await expect(page.getByText('På høring', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ta tilbake til utkast' })).toBeVisible();

  // The action item is live now, and overdue, said in words.
  await page.goto('/organer');
  await page.getByRole('link', { name: network }).click();
  await page.getByRole('link', { name: 'Oppfølgingspunkter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Oppfølgingspunkter: ${network}` })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(escape(actionItem)) });
  await expect(row).toContainText('Forfalt');
  await expect(row).toContainText('NHO Vestfold og Telemark, Eirik Haugland');
  await page.getByLabel('Bare forfalte').check();
  await expect(page).toHaveURL(/forfalt=ja/);
  await expect(page.getByRole('link', { name: 'Last ned som CSV (for Excel)' })).toHaveAttribute('href', /action-items\.csv\?overdue=true/);
  await expect(row).toBeVisible();
  await checkAccessibility(page, 'action-items');
  await signOut(page);
});

test('a representative follows the e-mail, comments on an item and on the whole, and closes his action item', async ({ page }) => {
  test.setTimeout(120_000);
  let link = '';
  await expect.poll(() => {
    const mail = mailTo('representant@example.org').find((m) => m.includes(`/moter/${meetingId}/referat`) && m.includes('gjennomsyn'));
    link = /https?:\/\/[^\s"<]+\/moter\/[0-9a-f-]+\/referat/.exec(mail ?? '')?.[0] ?? '';
    return link;
  }, { timeout: 30_000 }).not.toBe('');

  await page.goto(link);
  await page.getByLabel('E-post').fill('representant@example.org');
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referat: Oppstartsmøte' })).toBeVisible();

  // Members read the non-public paragraph, marked as such; they cannot edit.
  const item3 = entry(page, items[2]!.title);
  await expect(item3.getByText(secret)).toBeVisible();
  await expect(item3.getByText('Ikke offentlig:')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lagre referatet' })).toHaveCount(0);

  const mandate = entry(page, 'Gjennomgang av mandatet');
  await mandate.getByLabel('Kommentar til Sak 4/21').fill('NHO støtter mandatet, men ønsker at næringslivets behov løftes tydeligere fram.');
  await mandate.getByRole('button', { name: 'Send kommentar' }).click();
  await expect(mandate.getByRole('list', { name: 'Kommentarer til Sak 4/21' })).toContainText('Eirik Haugland');
  await page.getByLabel('Kommentar til hele referatet').fill('Takk for et godt referat.');
  await page.getByRole('button', { name: 'Send kommentar' }).last().click();
  await expect(page.getByRole('list', { name: 'Kommentarer til hele referatet' })).toContainText('Takk for et godt referat.');
  await checkAccessibility(page, 'minutes-review');

  await page.getByRole('link', { name: 'Mine oppfølgingspunkter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine oppfølgingspunkter' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(escape(actionItem)) })).toContainText('Forfalt');
  await checkAccessibility(page, 'my-action-items');
  await page.getByRole('button', { name: `Endre status: ${actionItem}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Endre status' });
  await dialog.getByRole('radio', { name: 'Utført' }).check();
  await dialog.getByLabel('Merknad (valgfritt)').fill('Teams-rommet er opprettet og møteplanen sendt ut.');
  await dialog.getByRole('button', { name: 'Lagre status' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(escape(actionItem)) });
  await expect(row).toContainText('Utført');
  await expect(row).not.toContainText('Forfalt');
  await signOut(page);
});

test('the secretariat reads the comments, approves and publishes', async ({ page }) => {
  await signIn(page, 'sekretariat@example.org');
  await page.goto(`/moter/${meetingId}`);
  await page.getByRole('link', { name: 'Referat (På høring)' }).click();
  await expect(entry(page, 'Gjennomgang av mandatet').getByRole('list', { name: 'Kommentarer til Sak 4/21' })).toContainText('næringslivets behov');

  // The demo network has held no later meeting, so the secretariat approves them itself.
  await expect(page.getByText('Organet har ikke hatt noe senere møte, så referatet godkjennes av sekretariatet.')).toBeVisible();
  await page.getByLabel('Merknad (valgfritt)').fill('Godkjent etter høringsrunden; kommentaren fra NHO er tatt med videre.');
  // Approving asks first, in a dialog that takes focus; Escape cancels and gives focus back.
  const approve = page.getByRole('button', { name: 'Godkjenn referatet' });
  await approve.click();
  const approving = page.getByRole('dialog', { name: 'Godkjenne referatet?' });
  await expect(approving).toContainText('Ingen får e-post før du publiserer referatet.');
  await expect(approving.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await checkAccessibility(page, 'minutes-approve-dialog');
  await page.keyboard.press('Escape');
  await expect(approving).toBeHidden();
  await expect(approve).toBeFocused();
  await approve.click();
  await approving.getByRole('button', { name: 'Godkjenn referatet' }).click();
  await expect(page.getByText('Godkjent', { exact: true }).first()).toBeVisible();
  // Who approved them, by name, not by address.
  await expect(page.getByText(/ av Silje Kvamme$/)).toBeVisible();
  await expect(page.getByText('sekretariat@example.org')).toHaveCount(0);

  // Publishing asks first and says how many people are e-mailed: exactly as many as the notices then sent.
  const mailFolder = join(process.env.E2E_DATA!, 'mail');
  const mailCount = () => readdirSync(mailFolder).filter((f) => f.endsWith('.eml')).length;
  const before = mailCount();
  await page.getByRole('button', { name: 'Publiser referatet' }).click();
  const publishing = page.getByRole('dialog', { name: 'Publisere referatet?' });
  const told = (await publishing.getByText(/^Referatet publiseres og sendes på e-post til \d+ personer\.$/).textContent())!;
  const recipients = Number(/(\d+) personer/.exec(told)![1]);
  expect(recipients).toBeGreaterThan(1);
  await expect(publishing).toContainText('Den offentlige versjonen blir tilgjengelig for alle.');
  await checkAccessibility(page, 'minutes-publish-dialog');
  expect(mailCount()).toBe(before);
  await publishing.getByRole('button', { name: 'Publiser referatet' }).click();
  await expect(page.getByText('Publisert', { exact: true }).first()).toBeVisible();
  await expect.poll(mailCount, { timeout: 30_000 }).toBe(before + recipients);
  await expect(page.getByRole('link', { name: 'Versjon 1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Last ned referatet (PDF)' })).toHaveAttribute('href', `/api/meetings/${meetingId}/minutes.pdf`);
  await expect(page.getByRole('button', { name: 'Start retting' })).toBeVisible();
  await checkAccessibility(page, 'minutes-published');

  // The public version is the server's page: its link is a full page load, not a route of the SPA.
  await page.getByRole('link', { name: 'Se den offentlige versjonen' }).click();
  await expect(page).toHaveURL(`/offentlig/referat/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Referat: Oppstartsmøte' })).toBeVisible();
  await expect(page.locator('script')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Start retting' })).toBeVisible();

  // The published revision stays readable as it was, with its own documents.
  await page.getByRole('link', { name: 'Versjon 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referat: Oppstartsmøte, versjon 1' })).toBeVisible();
  await expect(entry(page, items[2]!.title)).toContainText(secret);
  await expect(page.getByRole('link', { name: 'Last ned referatet (Word)' })).toHaveAttribute('href', `/api/meetings/${meetingId}/minutes.docx?revision=1`);
  await checkAccessibility(page, 'minutes-revision');
  await signOut(page);
});

test('the public reads the published minutes without signing in, and without what is not public', async ({ page }) => {
  await page.goto(`/offentlig/referat/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Referat: Oppstartsmøte' })).toBeVisible();
  // Rendered by the server: the whole page arrives as HTML, with no script to run.
  await expect(page).toHaveTitle(`Referat – Oppstartsmøte – ${network} – Nettverk`);
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.getByRole('link', { name: network })).toHaveAttribute('href', /^\/offentlig\/organer\/[a-z0-9-]+\?lang=nb$/);
  await expect(page.getByRole('button', { name: 'Logg ut' })).toHaveCount(0);
  const item3 = entry(page, items[2]!.title);
  await expect(item3).toContainText('kompetanseforum Østfold: et felles kunnskapsgrunnlag');
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByText('ikke-offentlig')).toHaveCount(0);
  await expect(entry(page, 'Møteplan og arbeidsform')).toContainText('19. august (åpent møte, fysisk)');
  await expect(page.getByRole('table', { name: 'Oppmøte per plass' })).toContainText('De private fagskolene');
  await expect(page.getByRole('link', { name: 'Last ned referatet (PDF)' })).toHaveAttribute('href', `/api/public/meetings/${meetingId}/minutes.pdf`);
  await checkAccessibility(page, 'public-minutes');
});

test('a secretariat officer who opens Sendt e-post by its address reads, in Norwegian, that it is not for them', async ({ page }) => {
  await signIn(page, 'sekretariat@example.org');
  await expect(page.getByRole('link', { name: 'Sendt e-post' })).toHaveCount(0);
  await page.goto('/sendt-epost');
  await expect(page.getByRole('heading', { level: 1, name: 'Du har ikke tilgang' })).toBeVisible();
  await expect(page.getByText('Forbidden')).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await checkAccessibility(page, 'mail-no-access');
});
