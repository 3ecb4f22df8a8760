import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

export type ReceivedMail = ParsedMail & { rcpt: string[] };

/**
 * A real SMTP server on 127.0.0.1 (random port) for tests: every message it
 * accepts is parsed with mailparser. `refuse` decides per recipient whether
 * to answer with an error (e.g. 451 or 550) instead.
 */
export async function startSmtpServer({
  refuse,
  onMessage,
  answerAfterMs = 0,
}: {
  refuse?: (recipient: string) => { code: number; message: string } | undefined;
  /** Called with the count so far when a message has arrived, before the server answers it. */
  onMessage?: (count: number) => void;
  /** How long the server takes to answer a message: a slow server keeps a message in flight. */
  answerAfterMs?: number;
} = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Closing waits for clients to leave; the tests' pooled connections need not be waited for.
    closeTimeout: 100,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (error?: Error | null) => void) {
      const refusal = refuse?.(address.address);
      if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(Object.assign(mail, { rcpt: session.envelope.rcptTo.map((r) => r.address) }));
          onMessage?.(received.length);
          if (answerAfterMs > 0) setTimeout(callback, answerAfterMs);
          else callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client killed mid-conversation (the crash tests) resets its connection: its end, not the server's failure.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
