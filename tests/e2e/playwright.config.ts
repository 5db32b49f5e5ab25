import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// The real app, built by the test command, on its own port with a fresh SQLite database and the demo data.
const root = resolve(process.env.NETTVERK_ROOT ?? join(__dirname, '..', '..'));
const port = Number(process.env.E2E_PORT ?? 5181);
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;
process.env.E2E_DATA ??= mkdtempSync(join(tmpdir(), 'nettverk-e2e-'));

export default defineConfig({
  testDir: './specs',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_RESULTS ?? join(__dirname, 'results', 'results.json') }]],
  outputDir: join(__dirname, 'test-results'),
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
        command: `dotnet "${join(root, 'backend/Nettverk.Api/bin/Debug/net10.0/Nettverk.Api.dll')}" --urls ${baseURL}`,
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
        },
      },
});
