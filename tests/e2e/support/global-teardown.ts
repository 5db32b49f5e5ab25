import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stopProcess } from './dovecot';

/** Stops the app and dovecot and deletes the run's temp folder (the app's data and the mailbox), unless E2E_KEEP is
 * set. Playwright would stop the webServer only after this hook, and a running app could write its folder back
 * (a mail dispatched in that moment), so the app is stopped here first; Playwright then finds it gone. */
export default async function globalTeardown() {
  const run = process.env.E2E_RUN;
  if (!run || !existsSync(run)) return;
  const appPid = join(run, 'app.pid');
  if (existsSync(appPid)) await stopProcess(Number(readFileSync(appPid, 'utf8').trim()), 15_000);
  if (process.env.E2E_DOVECOT_PID) await stopProcess(Number(process.env.E2E_DOVECOT_PID));
  if (process.env.E2E_KEEP) {
    console.log(`E2E_KEEP: the app's data and the mailbox are kept in ${run}`);
    return;
  }
  rmSync(run, { recursive: true, force: true });
}
