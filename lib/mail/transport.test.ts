import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { fileTransport } from './transport';

describe('without SMTP_URL', () => {
  it('writes each message as a real RFC 822 .eml file in the outbox folder', async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-outbox-')), 'outbox');
    const transport = fileTransport(folder);
    const { messageId } = await transport.send({
      from: 'Enquête <enquete@test.nl>',
      to: 'bibliotheek-aa@example.org',
      subject: 'Uitnodiging: vul de enquête in voor Bibliotheek Aa',
      text: 'Uw link: http://localhost/r/abc',
      outboxId: 7,
    });
    transport.close();
    const files = fs.readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-7\.eml$/);
    const mail = await simpleParser(fs.readFileSync(path.join(folder, files[0])));
    expect(mail.messageId).toBe(messageId);
    expect(mail.subject).toBe('Uitnodiging: vul de enquête in voor Bibliotheek Aa');
    expect(mail.from?.value).toEqual([{ name: 'Enquête', address: 'enquete@test.nl' }]);
    expect(mail.text?.trim()).toBe('Uw link: http://localhost/r/abc');
  });
});
