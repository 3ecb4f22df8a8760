import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * The `.eml` files the e2e server wrote (it runs without SMTP_URL) to one
 * address, parsed: the outbox folder sits beside the e2e database.
 */
export async function mailsTo(address: string): Promise<ParsedMail[]> {
  const folder = path.join(path.dirname(path.resolve(process.env.DATABASE_URL ?? 'data/e2e.db')), 'outbox');
  if (!fs.existsSync(folder)) return [];
  const parsed = await Promise.all(
    fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => simpleParser(fs.readFileSync(path.join(folder, f)))),
  );
  return parsed.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.value.some((v) => v.address === address)));
}

/**
 * A response sent in, straight in the e2e database: the fixture of a library
 * that needs no reminder (sending answers through the form is another spec's work).
 */
export function markSubmitted(edition: string, libraryName: string): void {
  const db = new Database(process.env.DATABASE_URL ?? 'data/e2e.db');
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(
      `insert into responses (edition_id, library_id, status, updated_at, submitted_at)
       values ((select id from editions where code = ?), (select id from libraries where name = ?), 'submitted', ?, ?)`,
    ).run(edition, libraryName, Date.now(), Date.now());
  } finally {
    db.close();
  }
}
