import { join } from 'node:path';
import { startDovecot } from './dovecot';

/** Starts the mailbox the app reads calendar answers from. Playwright starts the webServer (the app) before this, so
 * the config picked the port and the app's first polls may find no server: it logs that and tries again.
 * A dovecot that cannot start fails only the spec that needs it (calendar-reply), with this message, not the run. */
export default async function globalSetup() {
  if (process.env.E2E_BASE_URL || !process.env.E2E_RUN) return;
  try {
    process.env.E2E_DOVECOT_PID = String(await startDovecot(join(process.env.E2E_RUN, 'dovecot'), Number(process.env.E2E_IMAP_PORT)));
  } catch (e) {
    // Workers inherit the runner's environment, so the spec reads this.
    process.env.E2E_DOVECOT_ERROR = e instanceof Error ? e.message : String(e);
  }
}
