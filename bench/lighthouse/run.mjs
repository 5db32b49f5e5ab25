// Lighthouse (mobile profile, simulated throttling) on a running Nettverk with the demo data; started by run.sh.
// node run.mjs --base http://127.0.0.1:PORT [--runs 3] [--out DIR]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = args.base ?? 'http://127.0.0.1:5080';
const runs = Number(args.runs ?? 3);
const out = args.out;
const password = 'Nettverk-2026!';

/** A cookie jar by name, enough for this app's cookies (one path, one host). */
function jar() {
  const cookies = new Map();
  return {
    take(response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at);
        const value = pair.slice(at + 1);
        if (value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
    },
    get: (name) => cookies.get(name),
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    all: () => [...cookies].map(([name, value]) => ({ name, value })),
  };
}

/** Signs in as the SPA does: antiforgery cookie first, then the login with the token echoed. */
async function signIn(email) {
  const cookies = jar();
  cookies.take(await fetch(`${base}/api/account/antiforgery`));
  const api = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Cookie: cookies.header(), 'X-XSRF-TOKEN': cookies.get('XSRF-TOKEN') ?? '', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    cookies.take(response);
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  };
  await api('POST', '/api/account/login', { email, password });
  return { api, cookies: () => cookies.all() };
}

/** The demo network's first meeting ("Oppstartsmøte"), with its minutes published and public if they are not yet. */
async function prepare(secretariat) {
  const bodies = await secretariat.api('GET', '/api/bodies');
  const network = (bodies.items ?? bodies).find((b) => b.name === 'Nettverk for verdiskaping og kompetanse');
  const meetings = await secretariat.api('GET', `/api/bodies/${network.id}/meetings?year=2021`);
  const meeting = (meetings.items ?? meetings).find((m) => m.title === 'Oppstartsmøte');
  let minutes = await secretariat.api('POST', `/api/meetings/${meeting.id}/minutes`);
  minutes = await secretariat.api('PUT', `/api/meetings/${meeting.id}/minutes`, {
    version: minutes.version,
    isPublic: true,
    entries: minutes.entries.map((e, i) => ({
      id: e.id,
      isPublic: true,
      notes: `Saken ble lagt fram og drøftet. Medlemmene delte erfaringer fra egne virksomheter, og flere pekte på behovet for ` +
        `et felles kunnskapsgrunnlag om kompetansebehovene i regionen (sak ${i + 1}).`,
      decision: 'Nettverket tar orienteringen til etterretning og ber sekretariatet følge opp til neste møte.',
    })),
  });
  minutes = await secretariat.api('POST', `/api/meetings/${meeting.id}/minutes/approve`, { version: minutes.version });
  await secretariat.api('POST', `/api/meetings/${meeting.id}/minutes/publish`, { version: minutes.version });
  const hearings = await secretariat.api('GET', `/api/bodies/${network.id}/hearings`);
  return { meetingId: meeting.id, hearingSlug: hearings.items[0].slug };
}

/** What a script weighs gzipped (level 9, as the build's .gz copies), whatever encoding the browser was sent. */
const gzipCache = new Map();
async function gzipBytes(url) {
  if (!gzipCache.has(url)) {
    const response = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
    gzipCache.set(url, gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length);
  }
  return gzipCache.get(url);
}

/** Puts a signed-in session's cookies in the browser, where the page's own requests send them. (Lighthouse's
 * extraHeaders Cookie is dropped by Chromium once the page has cookies of its own, as the antiforgery request gives it.)
 * Lighthouse clears caches and storage between runs, not cookies. */
async function setCookies(chrome, cookies) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCookies', { cookies: cookies.map((c) => ({ ...c, url: base })) });
  await page.close();
  await browser.disconnect();
}

async function audit(chrome, url, categories = ['performance'], attempt = 1) {
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: categories,
  });
  if (lhr.runtimeError) {
    // On a busy machine DevTools sometimes answers too late (PROTOCOL_TIMEOUT): that run is taken again.
    if (attempt < 3) return audit(chrome, url, categories, attempt + 1);
    throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  }
  const requests = lhr.audits['network-requests'].details.items;
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const gz = await Promise.all(scripts.map((s) => gzipBytes(s.url)));
  const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
  return {
    lhr,
    score: Math.round(lhr.categories.performance.score * 100),
    a11y: lhr.categories.accessibility ? Math.round(lhr.categories.accessibility.score * 100) : null,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    wire: scripts.reduce((sum, s) => sum + s.transferSize, 0),
    gzip: gz.reduce((sum, g) => sum + g, 0),
    files: scripts.length,
    longest: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
    // Lighthouse names a task by the script, style sheet or document it ran for; "Unattributable" is the browser's
    // own, chiefly committing the navigation and creating the page's JavaScript context (seen in the trace as
    // DocumentLoader::CommitNavigation and LocalWindowProxy::Initialize): every page has it, the server-rendered ones
    // without any script too, and it grows with the machine's load, not with the page.
    longestOwn: tasks.filter((t) => t.url !== 'Unattributable').reduce((max, t) => Math.max(max, t.duration), 0),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const secretariat = await signIn('sekretariat@example.org');
const { meetingId, hearingSlug } = await prepare(secretariat);
const pages = [
  { name: 'sign-in', url: `${base}/logg-inn`, public: true },
  // Issue 10: the public minutes, rendered by the server like the body page (it was an SPA page at 88).
  { name: 'public minutes', url: `${base}/offentlig/referat/${meetingId}`, public: true, serverRendered: true,
    categories: ['performance', 'accessibility'] },
  // A public page the SPA draws: the demo network's strategy hearing, with its documents and (closed) its answers.
  { name: 'public hearing', url: `${base}/offentlig/horinger/${hearingSlug}`, public: true },
  { name: 'meeting (secretariat)', url: `${base}/moter/${meetingId}`, cookies: secretariat.cookies() },
  // Issue 12: the server-rendered public page of a body (HTML, no script), with the minutes published above on it.
  { name: 'public body page', url: `${base}/offentlig/organer/nettverk-for-verdiskaping-og-kompetanse`, public: true, serverRendered: true,
    categories: ['performance', 'accessibility'] },
];

// --only 'sign-in,meeting': just those pages (by the start of their names), for a quick look at one change.
const only = args.only?.split(',').map((s) => s.trim().toLowerCase());
const chosen = only ? pages.filter((p) => only.some((o) => p.name.startsWith(o))) : pages;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const results = [];
try {
  for (const page of chosen) {
    if (page.cookies) await setCookies(chrome, page.cookies);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const sample = await audit(chrome, page.url, page.categories);
      if (new URL(sample.lhr.finalDisplayedUrl).pathname !== new URL(page.url).pathname)
        throw new Error(`${page.url} ended at ${sample.lhr.finalDisplayedUrl}`);
      if (out) writeFileSync(join(out, `${page.name.replace(/\W+/g, '-')}-${i + 1}.json`), JSON.stringify(sample.lhr));
      samples.push(sample);
    }
    results.push({
      ...page,
      score: median(samples.map((s) => s.score)),
      a11y: page.categories?.includes('accessibility') ? median(samples.map((s) => s.a11y)) : null,
      lcp: median(samples.map((s) => s.lcp)),
      tbt: median(samples.map((s) => s.tbt)),
      wire: median(samples.map((s) => s.wire)),
      gzip: median(samples.map((s) => s.gzip)),
      files: median(samples.map((s) => s.files)),
      longest: median(samples.map((s) => s.longest)),
      longestOwn: median(samples.map((s) => s.longestOwn)),
    });
  }
} finally {
  await chrome.kill();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
console.log(`\nLighthouse ${lighthouse.version ?? '12.2.3'}, mobile profile (simulated slow 4G, 4x CPU), median of ${runs} run(s) per page, ${base}\n`);
console.log(['page'.padEnd(24), 'perf', 'a11y', 'LCP'.padStart(8), 'TBT'.padStart(8), 'JS files', 'JS on wire'.padStart(11), 'JS gzipped'.padStart(11), 'longest task'.padStart(13), 'page\'s own'.padStart(11)].join('  '));
for (const r of results)
  console.log([r.name.padEnd(24), String(r.score).padStart(4), String(r.a11y ?? '–').padStart(4), ms(r.lcp).padStart(8), ms(r.tbt).padStart(8), String(r.files).padStart(8),
    kb(r.wire).padStart(11), kb(r.gzip).padStart(11), ms(r.longest).padStart(13), ms(r.longestOwn).padStart(11)].join('  '));

const targets = [];
for (const r of results.filter((p) => p.public)) {
  // The server-rendered public pages (a body's, a meeting's minutes) have the stricter targets of issue 12.
  const perf = r.serverRendered ? 95 : 90;
  targets.push([`${r.name}: performance ≥ ${perf}`, r.score >= perf, String(r.score)]);
  if (r.a11y !== null) targets.push([`${r.name}: accessibility 100`, r.a11y === 100, String(r.a11y)]);
  targets.push([`${r.name}: JavaScript ≤ 150 KB gzipped`, r.gzip <= 150 * 1024, kb(r.gzip)]);
}
const meeting = results.find((p) => !p.public);
if (meeting) targets.push([`${meeting.name}: no long task of the page's own over 200 ms`, meeting.longestOwn <= 200,
  `${ms(meeting.longestOwn)}; with the browser's own navigation task ${ms(meeting.longest)}`]);
console.log('\ntargets');
for (const [what, ok, seen] of targets) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${what} (seen ${seen})`);
process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
