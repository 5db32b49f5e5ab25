import { type APIRequestContext, type BrowserContext, expect, test } from '@playwright/test';
import { checkAccessibility, network, signIn } from './helpers';
import { answerLink, waitForMail } from './mail';

// County mail systems open every link in a message, some running the page's scripts. Opening the three answer links
// of an invitation in turn must leave the answer as it was (and call in no deputy); only the confirm press records.
const year = new Date().getFullYear() + 1;
const person = 'representant@example.org';
const labels = ['Kommer', 'Kommer kanskje', 'Kommer ikke'];

type Invitation = { person: { email: string; name: string }; role: string; answer: string; active: boolean };

/** The secretariat's API calls, with the antiforgery header the SPA would send. */
async function secretariatApi(context: BrowserContext) {
  const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const request: APIRequestContext = context.request;
  return {
    post: async (url: string, data: object = {}) => {
      const response = await request.post(url, { data, headers: { 'X-XSRF-TOKEN': xsrf } });
      expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    },
    invitations: async (meetingId: string): Promise<Invitation[]> =>
      (await (await request.get(`/api/meetings/${meetingId}`)).json()).invitations,
  };
}

test('opening every answer link of an invitation, scripts running, records nothing; the confirm press does', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await page.getByRole('link', { name: network }).click();
  await expect(page).toHaveURL(/\/organer\/[0-9a-f-]{36}$/);
  const bodyId = new URL(page.url()).pathname.split('/').pop()!;
  const api = await secretariatApi(page.context());
  const meeting = await api.post(`/api/bodies/${bodyId}/meetings`, {
    title: 'Lenketest', startsAt: `${year}-10-07T10:00:00`, endsAt: `${year}-10-07T12:00:00`, format: 'Digital',
    videoUrl: 'https://meet.example.org/nvk-lenketest',
  });
  await api.post(`/api/meetings/${meeting.id}/call`);
  const before = await api.invitations(meeting.id);
  expect(before.find((i) => i.person.email === person)?.answer).toBe('NoAnswer');
  const name = before.find((i) => i.person.email === person)!.person.name;

  const mail = await waitForMail(person, (text) => text.includes(`/moter/${meeting.id}`) && text.includes('svar=nei'));
  const links = labels.map((label) => answerLink(mail, label));

  // The scanner: signed out, on a phone-sized screen, every link in turn until the network has gone quiet.
  const scanner = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const visitor = await scanner.newPage();
  const posts: string[] = [];
  visitor.on('request', (r) => r.method() !== 'GET' && r.url().includes('/api/rsvp') && posts.push(r.url()));
  for (const [n, link] of links.entries()) {
    await visitor.goto(link, { waitUntil: 'networkidle' });
    await expect(visitor.getByRole('button', { name: `Bekreft: ${labels[n]}` })).toBeVisible();
  }
  await visitor.waitForTimeout(1000);
  expect(posts).toEqual([]);

  const after = await api.invitations(meeting.id);
  expect(after.find((i) => i.person.email === person)?.answer).toBe('NoAnswer');
  expect(after.filter((i) => i.role === 'Deputy')).toEqual([]);
  expect(after).toHaveLength(before.length);
  await page.goto(`/moter/${meeting.id}`);
  const invitees = page.getByRole('table', { name: 'Innkalte og svarene deres' });
  await expect(invitees.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText('Ikke svart');
  await expect(page.getByRole('list', { name: 'Svar så langt' })).toContainText(`Ikke svart: ${before.length}`);

  // The person: the last link opened ("Kommer ikke") shows its one focused confirm button, the others beside it.
  const confirm = visitor.getByRole('button', { name: 'Bekreft: Kommer ikke' });
  await expect(confirm).toBeFocused();
  await expect(visitor.getByRole('group', { name: 'Eller svar' }).getByRole('button')).toHaveText(['Kommer', 'Kommer kanskje']);
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await checkAccessibility(visitor, 'rsvp-confirm-375');
  await visitor.getByLabel('Kommentar (valgfritt)').fill('Kolliderer med fylkestinget');
  await confirm.click();
  await expect(visitor.getByRole('status')).toHaveText(`Takk, ${name}! Svaret ditt er registrert: Kommer ikke.`);
  await expect(visitor.getByRole('button', { name: 'Kommer ikke', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await checkAccessibility(visitor, 'rsvp-recorded-375');
  expect(posts).toHaveLength(1);
  await scanner.close();

  // Recorded, and the decline called in the seat's first deputy.
  const recorded = await api.invitations(meeting.id);
  expect(recorded.find((i) => i.person.email === person)?.answer).toBe('Declined');
  expect(recorded.filter((i) => i.role === 'Deputy' && i.active)).toHaveLength(1);
  await page.reload();
  await expect(invitees.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText('Kommer ikke');
});
