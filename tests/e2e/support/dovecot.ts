import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/** The app's calendar-answer mailbox (Mail:Inbound) for the browser suite: Debian's dovecot-imapd (tests/run.sh
 * installs it), run without systemd from a throwaway config in the run's temp folder with one passwd-file user, as
 * tests/Nettverk.Api.Tests/Infrastructure/Dovecot.cs does for the API tests. */
export const mailbox = {
  address: 'moter@example.org',
  password: 'imap-e2e-passord',
  host: '127.0.0.1',
  port: () => Number(process.env.E2E_IMAP_PORT),
};

export const dovecotBinary = '/usr/sbin/dovecot';
const logFile = (folder: string) => join(folder, 'dovecot.log');

function writeConfig(folder: string, port: number) {
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(folder, sub), { recursive: true });
  // Dovecot refuses uid 0 as a mail user; as root the mail belongs to nobody and the services run as the users the
  // package created. Not as root, everything runs as the caller. The folders must be passable for those users.
  const root = process.getuid?.() === 0;
  const [uid, gid] = root ? [65534, 65534] : [process.getuid!(), process.getgid!()];
  const mailHome = join(folder, 'mail', 'moter');
  mkdirSync(mailHome, { recursive: true });
  chmodSync(folder, 0o755);
  if (root) execFileSync('chown', ['-R', `${uid}:${gid}`, mailHome]);
  writeFileSync(join(folder, 'passwd'), `${mailbox.address}:{PLAIN}${mailbox.password}:${uid}:${gid}::${mailHome}\n`);
  const user = userInfo().username;
  // The same throwaway configuration as the API tests' (tests/tools/dovecot.conf.template).
  const template = readFileSync(join(__dirname, '..', '..', 'tools', 'dovecot.conf.template'), 'utf8');
  const values: Record<string, string> = {
    FOLDER: folder, LOG: logFile(folder), PORT: String(port), CAPABILITY: '',
    INTERNAL_USER: root ? 'dovecot' : user, LOGIN_USER: root ? 'dovenull' : user,
  };
  writeFileSync(join(folder, 'dovecot.conf'), template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key]));
}

/** Whether something on the port answers with an IMAP greeting. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(2000, () => done(false));
    socket.once('data', (data) => done(data.toString('ascii').startsWith('* OK')));
    socket.once('error', () => done(false));
  });
}

const readLog = (folder: string) => existsSync(logFile(folder)) ? readFileSync(logFile(folder), 'utf8') : '(no log)';

/** Writes the config, starts dovecot in the foreground (a child of the test runner, so it dies with it on Ctrl-C) and
 * waits for its greeting. Returns the master's pid. */
export async function startDovecot(folder: string, port: number): Promise<number> {
  if (!existsSync(dovecotBinary)) throw new Error(`dovecot is not installed (${dovecotBinary}): apt-get install -y dovecot-imapd (tests/run.sh does)`);
  writeConfig(folder, port);
  const child = spawn(dovecotBinary, ['-F', '-c', join(folder, 'dovecot.conf')], { stdio: 'ignore' });
  let exit: string | undefined;
  child.once('exit', (code, signal) => { exit = `${code ?? signal}`; });
  child.once('error', (e) => { exit = e.message; });
  const deadline = Date.now() + 30_000;
  while (!(await greets(port))) {
    if (exit !== undefined || Date.now() > deadline)
      throw new Error(`dovecot did not start on 127.0.0.1:${port} (exit: ${exit ?? 'running'}): ${readLog(folder)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child.pid!;
}

/** Asks a process to stop (SIGTERM; dovecot's master then stops its children) and waits for it, SIGKILL after `ms`. */
export async function stopProcess(pid: number, ms = 10_000): Promise<void> {
  const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + ms;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(pid, 'SIGKILL');
}
