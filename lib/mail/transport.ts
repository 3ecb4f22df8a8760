import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { env } from '@/lib/env';
import { fileInDataDir } from '@/lib/security/secret-file';
import type { OutgoingMessage } from './compose';

/**
 * Where messages go: an SMTP server, or (without SMTP_URL, the demo) `.eml`
 * files in the outbox folder. The only module that talks to nodemailer.
 */
export type MailTransport = {
  kind: 'smtp' | 'files';
  /** The SMTP host or the outbox folder, for the page. */
  target: string;
  /** Resolves with the Message-ID; rejects with nodemailer's error (`responseCode`, `response`) when refused. */
  send: (message: OutgoingMessage & { from: string; outboxId: number }) => Promise<{ messageId: string }>;
  close: () => void;
};

/** The folder `.eml` files go to: `outbox/` in the data folder (DATA_DIR, by default beside the SQLite file). */
function outboxFolder(databaseUrl?: string): string {
  return fileInDataDir('outbox', databaseUrl);
}

export function senderAddress(): string {
  return env.MAIL_FROM ?? 'Enquête <enquete@localhost>';
}

/**
 * nodemailer writes each SMTP command as a small packet; with Nagle's
 * algorithm on, each one waits for the server's delayed ACK (about 40 ms on
 * Linux), which made a message take about 150 ms on loopback instead of 3
 * (docs/benchmarks.md, "Mailing"). For plain and STARTTLS connections we open
 * the socket ourselves with TCP_NODELAY; `smtps://` (TLS from the start) is
 * left to nodemailer.
 */
export function plainSocketWithoutNagle(
  options: { host?: string; port?: number; secure?: boolean },
  callback: (err: Error | null, socketOptions?: { connection: net.Socket } | false) => void,
): void {
  if (options.secure || !options.host) {
    callback(null, false);
    return;
  }
  const socket = net.connect({ host: options.host, port: options.port ?? 587, noDelay: true });
  const onError = (err: Error) => callback(err);
  socket.once('error', onError);
  // Like nodemailer's own connectionTimeout: a silent host must not hold a claimed message.
  socket.setTimeout(30_000, () => socket.destroy(new Error('Connection timeout')));
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.off('error', onError);
    callback(null, { connection: socket });
  });
}

export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    // Parsed here rather than passed as `url`: with `url`, nodemailer drops `getSocket`.
    ...parseConnectionUrl(url),
    getSocket: plainSocketWithoutNagle,
    pool: true,
    maxConnections: 1,
    // Bounded so a silent server cannot hold a claimed message for nodemailer's default 10 minutes.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as SMTPPool.Options);
  return {
    kind: 'smtp',
    target: new URL(url).host,
    async send({ from, to, subject, text }) {
      const info = await transporter.sendMail({ from, to, subject, text });
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

/** Real RFC 822 messages (nodemailer builds them), written as files instead of sent. */
export function fileTransport(folder = outboxFolder()): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'files',
    target: folder,
    async send({ from, to, subject, text, outboxId }) {
      const info = await transporter.sendMail({ from, to, subject, text });
      fs.mkdirSync(/*turbopackIgnore: true*/ folder, { recursive: true });
      // The moment first: files sort by time, and a reset database's ids never overwrite earlier messages.
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${outboxId}.eml`);
      fs.writeFileSync(/*turbopackIgnore: true*/ file, info.message as Buffer);
      return { messageId: info.messageId };
    },
    close: () => transporter.close(),
  };
}

/** The transport the environment asks for. */
export function configuredTransport(): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL) : fileTransport();
}

/** What the pages say about delivery, without opening a connection. */
export function deliveryDescription(): { kind: 'smtp' | 'files'; target: string; rate: number } {
  if (env.SMTP_URL) return { kind: 'smtp', target: new URL(env.SMTP_URL).host, rate: env.MAIL_RATE_PER_SECOND };
  // Relative to where the server runs: staff need not learn the machine's layout.
  return { kind: 'files', target: path.relative(process.cwd(), outboxFolder()) || outboxFolder(), rate: env.MAIL_RATE_PER_SECOND };
}
