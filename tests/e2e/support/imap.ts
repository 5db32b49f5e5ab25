import { connect, type Socket } from 'node:net';

/** Just enough IMAP (RFC 9051) to deliver a message the way a mail server's delivery would: LOGIN, APPEND, LOGOUT,
 * over plain TCP to the test's dovecot. Every command waits for its tagged answer; anything but OK throws. */
export async function appendMessage(options: { host: string; port: number; user: string; password: string; folder?: string },
  message: string): Promise<void> {
  const socket = connect(options.port, options.host);
  socket.setTimeout(10_000, () => socket.destroy(new Error(`IMAP ${options.host}:${options.port} timed out`)));
  const session = new Session(socket);
  try {
    await session.line(/^\* OK/);
    await session.command(`LOGIN ${quote(options.user)} ${quote(options.password)}`);
    // IMAP wants CRLF line ends and the literal's length in octets; the server asks for it with a "+" continuation.
    const bytes = Buffer.from(message.replace(/\r?\n/g, '\r\n'), 'utf8');
    await session.command(`APPEND ${quote(options.folder ?? 'INBOX')} {${bytes.length}}`, bytes);
    await session.command('LOGOUT');
  } finally {
    socket.destroy();
  }
}

function quote(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error('IMAP quoted strings cannot hold line breaks');
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

class Session {
  private buffer = '';
  private waiters: Array<() => void> = [];
  private failure: Error | undefined;
  private tag = 0;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => { this.buffer += chunk.toString('utf8'); this.wake(); });
    socket.on('error', (e) => { this.failure = e; this.wake(); });
    socket.on('close', () => { this.failure ??= new Error('IMAP connection closed'); this.wake(); });
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  /** The next whole line from the server, which must match `wanted`. */
  async line(wanted?: RegExp): Promise<string> {
    for (;;) {
      const end = this.buffer.indexOf('\r\n');
      if (end >= 0) {
        const line = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        if (wanted && !wanted.test(line)) throw new Error(`IMAP: expected ${wanted}, got: ${line}`);
        return line;
      }
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Sends a command (and its literal, after the server's go-ahead) and reads up to its tagged status. */
  async command(text: string, literal?: Buffer): Promise<void> {
    const tag = `a${++this.tag}`;
    this.socket.write(`${tag} ${text}\r\n`);
    if (literal) {
      const goAhead = await this.line();
      if (!goAhead.startsWith('+')) throw new Error(`IMAP ${text.split(' ')[0]} refused: ${goAhead}`);
      this.socket.write(Buffer.concat([literal, Buffer.from('\r\n')]));
    }
    for (;;) {
      const line = await this.line();
      if (!line.startsWith(`${tag} `)) continue; // untagged data (* BYE before a LOGOUT's OK, * n EXISTS …)
      if (!line.startsWith(`${tag} OK`)) throw new Error(`IMAP ${text.split(' ')[0]} failed: ${line}`);
      return;
    }
  }
}
