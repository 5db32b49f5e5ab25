import { type APIRequestContext, type BrowserContext, expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailbox } from '../support/dovecot';
import { appendMessage } from '../support/imap';
import { checkAccessibility, network, signIn } from './helpers';
import { mailFolder, parts, plainText } from './mail';

// Issue 8: a person presses "Godta" in Outlook on the invitation; Outlook e-mails an iTIP REPLY to the ORGANIZER (the
// app's inbound mailbox, a real dovecot started by support/global-setup.ts); the app reads it over IMAP and the
// secretariat sees the answer on the meeting page. The reply is the API tests' Outlook fixture, filled from the
// invitation as Outlook fills it (same UID and SEQUENCE, the attendee's PARTSTAT and note, From the attendee).
const year = new Date().getFullYear() + 1;
const person = 'representant@example.org';
const fixtures = join(__dirname, '..', '..', 'Nettverk.Api.Tests', 'Fixtures', 'imip');

type Invitation = { person: { email: string; name: string }; answer: string; comment?: string | null };

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

/** The VEVENT of the invitation (METHOD:REQUEST) to `to` for the meeting, from the pickup folder, unfolded; its
 * VTIMEZONE, with DTSTARTs of its own, left out. */
async function waitForInvitationEvent(to: string, meetingId: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const file of existsSync(mailFolder()) ? readdirSync(mailFolder()).filter((f) => f.endsWith('.eml')) : []) {
      const raw = readFileSync(join(mailFolder(), file), 'utf8');
      const head = raw.slice(0, raw.search(/\r?\n\r?\n/)).replace(/\r?\n[ \t]+/g, ' ');
      if (!new RegExp(`^To:.*${to.replace(/[.]/g, '\\.')}`, 'im').test(head) || !plainText(raw).includes(`/moter/${meetingId}`)) continue;
      const calendar = parts(raw).find((p) => p.contentType.toLowerCase().startsWith('text/calendar'))?.text;
      if (!calendar || !/^METHOD:REQUEST\r?$/m.test(calendar)) continue;
      const vevent = /^BEGIN:VEVENT\r?$[\s\S]*?^END:VEVENT\r?$/m.exec(calendar.replace(/\r?\n[ \t]/g, ''))?.[0];
      if (!vevent) throw new Error(`No VEVENT in the invitation ${file}:\n${calendar}`);
      return vevent;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No invitation with a calendar to ${to} for meeting ${meetingId} in ${mailFolder()} within ${timeoutMs} ms`);
}

/** A property's value (after its parameters) in an unfolded VEVENT; the whole line with `line: true`. */
function property(ics: string, name: string, line = false): string {
  const match = new RegExp(`^${name}([;:].*?)\\r?$`, 'm').exec(ics);
  if (!match) throw new Error(`No ${name} in the invitation:\n${ics}`);
  return line ? name + match[1] : match[1]!.replace(/^(;("[^"]*"|[^:"])*)?:/, '');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), as Outlook does. */
function fold(ics: string): string {
  return ics.split('\r\n').map((line) => {
    let out = '';
    let octets = 0;
    for (const c of line) {
      const size = Buffer.byteLength(c);
      if (octets + size > 75) { out += '\r\n '; octets = 1; }
      out += c;
      octets += size;
    }
    return out;
  }).join('\r\n');
}

function fill(template: string, values: Record<string, string>): string {
  const text = template.replace(/\r\n/g, '\n').replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`No value for {{${key}}}`);
    return values[key]!;
  });
  if (text.includes('{{')) throw new Error(`A placeholder is left in:\n${text}`);
  return text.replace(/\n/g, '\r\n');
}

const encodedWord = (text: string) => /^[\x20-\x7e]*$/.test(text) ? text : `=?utf-8?B?${Buffer.from(text).toString('base64')}?=`;
const unescapeText = (text: string) => text.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');

/** The REPLY Outlook sends when `attendee` accepts: tests/Nettverk.Api.Tests/Fixtures/imip/outlook.* filled in. */
function outlookAccept(invitation: string, attendee: { email: string; name: string }, comment: string): string {
  const summary = property(invitation, 'SUMMARY');
  const ics = fold(fill(readFileSync(join(fixtures, 'outlook.ics'), 'utf8'), {
    UID: property(invitation, 'UID'), SEQUENCE: property(invitation, 'SEQUENCE'), SUMMARY: summary,
    ATTENDEE: attendee.email.toLowerCase(), ATTENDEE_NAME: attendee.name, PARTSTAT: 'ACCEPTED', COMMENT: comment,
    // The invitation's DTSTART;TZID=Europe/Oslo: local times, which Outlook writes in its own zone of the same offset.
    DTSTART_LOCAL: property(invitation, 'DTSTART'), DTEND_LOCAL: property(invitation, 'DTEND'),
    DTSTAMP: new Date().toISOString().replace(/[-:]|\.\d+/g, ''),
  }));
  return fill(readFileSync(join(fixtures, 'outlook.eml.tmpl'), 'utf8'), {
    FROM: attendee.email, FROM_NAME: attendee.name, TO: mailbox.address,
    SUBJECT: encodedWord(`Godtatt: ${unescapeText(summary)}`),
    MESSAGE_ID: `<AM0PR07MB6114${randomUUID().replace(/-/g, '').toUpperCase()}@AM0PR07MB6114.eurprd07.prod.outlook.com>`,
    DATE: new Date().toUTCString().replace('GMT', '+0000'),
    CALENDAR_BASE64: Buffer.from(ics).toString('base64').replace(/.{76}/g, '$&\n'),
  });
}

test('an Outlook answer to the invitation, e-mailed to the mailbox, shows on the meeting page', async ({ page }) => {
  test.skip(!!process.env.E2E_BASE_URL, 'needs the app this config starts, reading the dovecot it starts');
  if (process.env.E2E_DOVECOT_ERROR) throw new Error(`The calendar-answer mailbox did not start: ${process.env.E2E_DOVECOT_ERROR}`);
  expect(mailbox.port(), 'E2E_IMAP_PORT (set by playwright.config.ts)').toBeGreaterThan(0);
  test.setTimeout(120_000);

  // The SPA asks for its antiforgery cookie without waiting for it, and on a just-started app the sign-in can beat
  // that answer ("Økten din er utløpt"); the context's cookie jar has it first this way.
  await page.request.get('/api/account/antiforgery');
  await signIn(page, 'sekretariat@example.org');
  await page.goto('/organer'); // sign-in lands on «Til meg»; a click on the menu link could race the start page's links
  await page.getByRole('link', { name: network }).click();
  await expect(page).toHaveURL(/\/organer\/[0-9a-f-]{36}$/);
  const bodyId = new URL(page.url()).pathname.split('/').pop()!;
  const api = await secretariatApi(page.context());
  const meeting = await api.post(`/api/bodies/${bodyId}/meetings`, {
    title: 'Kalendersvar', startsAt: `${year}-09-16T13:00:00`, endsAt: `${year}-09-16T15:00:00`, format: 'Physical',
    location: 'Fylkeshuset, Skien',
  });
  await api.post(`/api/meetings/${meeting.id}/call`);
  const invitee = (await api.invitations(meeting.id)).find((i) => i.person.email === person);
  expect(invitee?.answer).toBe('NoAnswer');

  // Replies go to the mailbox the app reads, not to the secretariat.
  const invitation = await waitForInvitationEvent(person, meeting.id);
  expect(property(invitation, 'ORGANIZER')).toMatch(new RegExp(`^mailto:${mailbox.address}$`, 'i'));
  expect(property(invitation, 'ATTENDEE', true)).toMatch(new RegExp(`mailto:${person}$`, 'i'));
  expect([property(invitation, 'DTSTART'), property(invitation, 'DTEND')]).toEqual([`${year}0916T130000`, `${year}0916T150000`]);

  await appendMessage({ host: mailbox.host, port: mailbox.port(), user: mailbox.address, password: mailbox.password },
    outlookAccept(invitation, invitee!.person, 'Gleder meg, tar med tallene'));

  // The mailbox is read every 2 s; the page shows what the API had when it loaded, so reload until the answer is there.
  await page.goto(`/moter/${meeting.id}`);
  const row = page.getByRole('table', { name: 'Innkalte og svarene deres' })
    .getByRole('row').filter({ has: page.getByRole('cell', { name: invitee!.person.name, exact: true }) });
  await expect(async () => {
    await page.reload();
    await expect(row.getByRole('cell').nth(3)).toHaveText('Kommer', { timeout: 2_000 });
  }).toPass({ timeout: 45_000, intervals: [1_000, 2_000] });
  await expect(row).toContainText('Kommentar: Gleder meg, tar med tallene');
  expect((await api.invitations(meeting.id)).find((i) => i.person.email === person)?.answer).toBe('Accepted');
  await checkAccessibility(page, 'meeting-calendar-reply');
});
