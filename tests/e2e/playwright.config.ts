import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { mailbox } from './support/dovecot';

// The real app, built by the test command, on a free port with a fresh SQLite database and the demo data, reading
// calendar answers from its own dovecot (support/global-setup.ts). Settings, all optional:
//   E2E_PORT      the app's port (default: a free one)
//   E2E_BASE_URL  test an app that is already running there instead (no app or dovecot is started; calendar-reply skips)
//   E2E_DATA      the app's data folder (default: data/ in the run's temp folder, deleted after the run; one given is kept)
//   E2E_KEEP      keep the run's temp folder (app data, mailbox, logs) for a look afterwards
//   E2E_RESULTS   where the JSON report goes; CHROMIUM_PATH, NETTVERK_ROOT
// The runner and its workers each load this file; the workers inherit what the runner set in process.env (E2E_RUN,
// the run's temp folder, and E2E_IMAP_PORT are set here, not settings), so ports and folders are picked once.

/** Two free ports on 127.0.0.1, asked of the OS by a child node, because the config must be synchronous. */
function freePorts(): [number, number] {
  const script = `const net = require('net');
Promise.all([0, 0].map(() => new Promise((r) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => r(s)); })))
  .then((servers) => { console.log(servers.map((s) => s.address().port).join(' ')); servers.forEach((s) => s.close()); });`;
  const [a, b] = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ').map(Number);
  return [a!, b!];
}

const root = resolve(process.env.NETTVERK_ROOT ?? join(__dirname, '..', '..'));
const external = process.env.E2E_BASE_URL;
if (!external && !process.env.E2E_RUN) {
  const [appPort, imapPort] = freePorts();
  process.env.E2E_PORT ??= String(appPort);
  process.env.E2E_IMAP_PORT = String(imapPort);
  // 0755: dovecot's unprivileged processes must pass through to the mailbox inside it.
  process.env.E2E_RUN = mkdtempSync(join(tmpdir(), 'nettverk-e2e-'));
  chmodSync(process.env.E2E_RUN, 0o755);
  process.env.E2E_DATA ??= join(process.env.E2E_RUN, 'data');
  mkdirSync(process.env.E2E_DATA, { recursive: true });
}
const baseURL = external ?? `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: './specs',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_RESULTS ?? join(__dirname, 'results', 'results.json') }]],
  outputDir: join(__dirname, 'test-results'),
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: external
    ? undefined
    : {
        // The pid file lets the global teardown stop the app before it deletes the app's folder (exec keeps the pid).
        command: `echo $$ > "${join(process.env.E2E_RUN!, 'app.pid')}" && exec dotnet "${join(root, 'backend/Nettverk.Api/bin/Debug/net10.0/Nettverk.Api.dll')}" --urls ${baseURL}`,
        cwd: join(root, 'backend/Nettverk.Api'),
        url: `${baseURL}/health`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          ASPNETCORE_ENVIRONMENT: 'Development',
          Nettverk__DemoData: 'true',
          Nettverk__DataFolder: process.env.E2E_DATA!,
          Nettverk__SpaRoot: join(root, 'frontend', 'dist'),
          Mail__DispatchIntervalSeconds: '2',
          Mail__PublicBaseUrl: baseURL,
          // The mailbox calendar answers go to (the invitations' ORGANIZER), read every 2 s.
          Mail__Inbound__Address: mailbox.address,
          Mail__Inbound__Host: mailbox.host,
          Mail__Inbound__Port: process.env.E2E_IMAP_PORT!,
          Mail__Inbound__Security: 'None',
          Mail__Inbound__UserName: mailbox.address,
          Mail__Inbound__Password: mailbox.password,
          Mail__Inbound__PollIntervalSeconds: '2',
        },
      },
});
