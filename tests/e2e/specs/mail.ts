import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .eml files the app's pickup-folder transport writes for this run (MimeKit: quoted-printable text, base64 calendar). */
export const mailFolder = () => join(process.env.E2E_DATA!, 'mail');

type Part = { contentType: string; text: string };

function splitHead(raw: string): [Record<string, string>, string] {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return [headers, body];
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decode(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

/** Every leaf part of a MIME message, decoded. */
export function parts(raw: string): Part[] {
  const [headers, body] = splitHead(raw);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [{ contentType: type, text: decode(body, headers['content-transfer-encoding']) }];
  return body.split(`--${boundary}`).slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => parts(chunk.replace(/^\r?\n/, '')));
}

/** The text/plain part with LF line ends: decoded quoted-printable gives MIME's canonical CRLF, which `$` in a
 * multiline RegExp does not match before. */
export function plainText(raw: string): string {
  return (parts(raw).find((p) => p.contentType.toLowerCase().startsWith('text/plain'))?.text ?? '').replace(/\r\n/g, '\n');
}

/** Waits for a message to `to` whose plain text satisfies `wanted`; the outbox dispatcher runs every 2 s. */
export async function waitForMail(to: string, wanted: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (existsSync(mailFolder())) {
      for (const file of readdirSync(mailFolder()).filter((f) => f.endsWith('.eml'))) {
        const raw = readFileSync(join(mailFolder(), file), 'utf8');
        const [headers] = splitHead(raw);
        if (!(headers.to ?? '').toLowerCase().includes(to.toLowerCase())) continue;
        const text = plainText(raw);
        if (wanted(text)) return text;
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No mail to ${to} in ${mailFolder()} within ${timeoutMs} ms`);
}

/** The one-click answer link after its label ("Kommer: https://…/svar?svar=ja&token=…"). */
export function answerLink(text: string, label: string): string {
  const link = new RegExp(`^${label}: (\\S+)$`, 'm').exec(text)?.[1];
  if (!link) throw new Error(`No "${label}" link in:\n${text}`);
  return link;
}
