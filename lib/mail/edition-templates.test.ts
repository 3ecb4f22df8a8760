import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, responses } from '@/db/schema';
import { createEditionFrom } from '@/lib/editions/create-from';
import { getEditionByCode } from '@/lib/editions/queries';
import nl from '@/messages/nl/mail.json';
import { createTestDb } from '@/tests/support/db';
import { addTestLibrary, inviteTestLibraries } from '@/tests/support/libraries';
import { startSmtpServer } from '@/tests/support/smtp';
import { editionTemplates, saveEditionTemplate } from './edition-templates';
import { startMailing } from './mailings';
import { runSender } from './sender';
import { previewTemplateMessage, sendTestMessage } from './template-preview';
import { templateSchema } from './template-schema';
import { fileTransport, smtpTransport } from './transport';

const actor = { label: 'admin@test.nl' };
const valid = {
  edition: '2022-2023',
  name: 'invitation',
  subject: 'Uitnodiging {bibliotheek}',
  body: 'Beste {bibliotheek}, vul in via {link} vóór {sluitdatum}. Vragen: {contact}',
};

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setUp(names = ['Bibliotheek Aa', 'Bibliotheek Bee']) {
  const db = await createTestDb();
  const edition = getEditionByCode({ db, code: '2022-2023' })!;
  const invited = inviteTestLibraries(db, edition.id, names);
  return { db, edition, invited };
}

describe('a template as the form sends it', () => {
  it('accepts the four placeholders and stores CRLF line ends as LF', () => {
    const parsed = templateSchema.parse({ ...valid, body: 'Regel {bibliotheek}\r\n{link}\r\n' });
    expect(parsed.body).toBe('Regel {bibliotheek}\n{link}');
  });

  it('refuses unknown placeholders in the subject and the body, naming them and the allowed set', () => {
    const result = templateSchema.safeParse({ ...valid, subject: 'Voor {naam}', body: 'Hallo {bibliotheek} {Link} {link} {datum}{datum}' });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toContainEqual([
      'subject',
      'Onbekende plaatshouder: {naam}. Toegestaan zijn: {bibliotheek}, {link}, {sluitdatum}, {contact}.',
    ]);
    expect(issues).toContainEqual([
      'body',
      'Onbekende plaatshouder: {Link}, {datum}. Toegestaan zijn: {bibliotheek}, {link}, {sluitdatum}, {contact}.',
    ]);
  });

  it('refuses a body without {link}, an empty or multi-line subject and texts over their bounds', () => {
    const paths = (input: object) =>
      templateSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths({ body: 'Beste {bibliotheek}' })).toEqual([
      'body: De tekst moet {link} bevatten: zonder de persoonlijke link kan de bibliotheek de enquête niet openen.',
    ]);
    expect(paths({ subject: '  ' })).toEqual(['subject: Vul dit in.']);
    expect(paths({ subject: 'Een\nonderwerp' })).toEqual(['subject: Het onderwerp moet op één regel staan.']);
    expect(paths({ subject: 'x'.repeat(201) })).toEqual(['subject: Het onderwerp mag hoogstens 200 tekens hebben.']);
    expect(paths({ body: `{link}${'x'.repeat(5000)}` })).toEqual(['body: De tekst mag hoogstens 5000 tekens hebben.']);
    expect(paths({ name: 'anders' })?.[0]).toMatch(/^name/);
  });
});

describe("an edition's templates", () => {
  it('are the default texts until saved; a save stores the text with its difference in the audit log, and the same text again records nothing', async () => {
    const { db, edition } = await setUp([]);
    expect(await editionTemplates(db, edition.id)).toEqual([
      { name: 'invitation', ...nl.mail.templates.invitation, custom: false },
      { name: 'reminder', ...nl.mail.templates.reminder, custom: false },
      { name: 'reminderStarted', ...nl.mail.templates.reminderStarted, custom: false },
    ]);
    const input = templateSchema.parse(valid);
    expect(await saveEditionTemplate({ db, edition, input, actor })).toEqual({ ok: true, changed: true });
    expect((await editionTemplates(db, edition.id))[0]).toEqual({
      name: 'invitation',
      subject: valid.subject,
      body: valid.body,
      custom: true,
    });
    expect(await saveEditionTemplate({ db, edition, input, actor })).toEqual({ ok: true, changed: false });
    const entries = db.select().from(auditLog).where(eq(auditLog.action, 'mail_template.changed')).all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorLabel: 'admin@test.nl',
      target: 'edition:2022-2023',
      details: {
        template: 'invitation',
        subject: { from: nl.mail.templates.invitation.subject, to: valid.subject },
        body: { from: nl.mail.templates.invitation.body, to: valid.body },
      },
    });
  });

  it('render for a chosen library in each kind, with an example link instead of its own', async () => {
    const { db, edition, invited } = await setUp(['Bibliotheek Aa']);
    await saveEditionTemplate({
      db,
      edition,
      input: { name: 'reminder', subject: 'Nog niet begonnen, {bibliotheek}?', body: 'Start via {link}' },
      actor,
    });
    await saveEditionTemplate({
      db,
      edition,
      input: { name: 'reminderStarted', subject: 'Bijna klaar, {bibliotheek}?', body: 'Verder via {link}' },
      actor,
    });
    const preview = async (name: 'invitation' | 'reminder' | 'reminderStarted') =>
      await previewTemplateMessage({ db, edition, libraryId: invited[0].libraryId, name });
    expect((await preview('invitation'))?.subject).toBe('Uitnodiging: vul de enquête in voor Bibliotheek Aa');
    expect(await preview('reminder')).toMatchObject({
      subject: 'Nog niet begonnen, Bibliotheek Aa?',
      text: expect.stringMatching(/^Start via http\S+\/r\/voorbeeldlink$/),
    });
    expect((await preview('reminderStarted'))?.subject).toBe('Bijna klaar, Bibliotheek Aa?');
    expect((await preview('invitation'))?.text).not.toContain(invited[0].token);
    const stranger = addTestLibrary(db, 'Niet uitgenodigd');
    expect(await previewTemplateMessage({ db, edition, libraryId: stranger, name: 'invitation' })).toBeUndefined();
  });

  it('are what the sender sends: the invitation and the reminders to libraries that did and did not start', async () => {
    const { db, edition, invited } = await setUp();
    await saveEditionTemplate({
      db,
      edition,
      input: { name: 'invitation', subject: 'Eigen uitnodiging {bibliotheek}', body: 'Hier: {link}' },
      actor,
    });
    await saveEditionTemplate({
      db,
      edition,
      input: { name: 'reminder', subject: 'Nog niet begonnen {bibliotheek}', body: 'Hier: {link}' },
      actor,
    });
    await saveEditionTemplate({
      db,
      edition,
      input: { name: 'reminderStarted', subject: 'Al begonnen {bibliotheek}', body: 'Hier: {link}' },
      actor,
    });
    const smtp = await startSmtpServer();
    const transport = smtpTransport(smtp.url);
    cleanups.push(
      () => transport.close(),
      () => smtp.close(),
    );
    const send = () => runSender({ db, transport, from: 'Enquête <enquete@test.nl>', ratePerSecond: 0 });

    await startMailing({ db, edition, rule: { kind: 'invitation' }, actor });
    await send();
    db.insert(responses).values({ editionId: edition.id, libraryId: invited[1].libraryId, status: 'draft', updatedAt: new Date() }).run();
    await startMailing({
      db,
      edition,
      rule: { kind: 'reminder', audience: 'all', minDays: 0, maxReminders: null, includeNotMailed: false },
      actor,
    });
    await send();

    const subjects = smtp.received.map((m) => m.subject).sort();
    expect(subjects).toEqual([
      'Al begonnen Bibliotheek Bee',
      'Eigen uitnodiging Bibliotheek Aa',
      'Eigen uitnodiging Bibliotheek Bee',
      'Nog niet begonnen Bibliotheek Aa',
    ]);
    expect(smtp.received.find((m) => m.rcpt.includes(invited[0].email) && m.subject?.startsWith('Eigen'))?.text?.trim()).toMatch(
      new RegExp(`^Hier: http\\S+/r/${invited[0].token}$`),
    );
  });

  it('come along when an edition is made from this one, with the school year replaced', async () => {
    const { db, edition } = await setUp([]);
    await saveEditionTemplate({
      db,
      edition,
      input: { name: 'reminder', subject: 'Enquête 2022-2023 voor {bibliotheek}', body: 'De enquête 2022/2023: {link} (sinds 2015-2016)' },
      actor,
    });
    const created = await createEditionFrom({ db, code: '2023-2024', from: '2022-2023', actor });
    if (!created.ok) throw new Error('not created');
    const copied = await editionTemplates(db, created.edition.id);
    expect(copied[1]).toEqual({
      name: 'reminder',
      subject: 'Enquête 2023-2024 voor {bibliotheek}',
      body: 'De enquête 2023/2024: {link} (sinds 2015-2016)',
      custom: true,
    });
    // Untouched texts stay defaults, so a later change of the default reaches them.
    expect(copied[0].custom).toBe(false);
    // The source keeps its own.
    expect((await editionTemplates(db, edition.id))[1].subject).toBe('Enquête 2022-2023 voor {bibliotheek}');
  });
});

describe('a test message', () => {
  it("goes to the staff member's own address with the stored subject and is recorded in the audit log", async () => {
    const { db, edition, invited } = await setUp(['Bibliotheek Aa']);
    await saveEditionTemplate({ db, edition, input: { name: 'invitation', subject: 'Test {bibliotheek}', body: 'Link: {link}' }, actor });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-test-mail-'));
    const transport = fileTransport(folder);
    cleanups.push(
      () => transport.close(),
      () => fs.rmSync(folder, { recursive: true, force: true }),
    );

    const result = await sendTestMessage({
      db,
      edition,
      libraryId: invited[0].libraryId,
      name: 'invitation',
      to: 'admin@test.nl',
      actor,
      transport,
    });
    expect(result).toEqual({ ok: true, to: 'admin@test.nl' });
    const files = fs.readdirSync(folder);
    expect(files).toHaveLength(1);
    const mail = await simpleParser(fs.readFileSync(path.join(folder, files[0])));
    expect(mail.subject).toBe('Test Bibliotheek Aa');
    expect(mail.to).toMatchObject({ value: [{ address: 'admin@test.nl' }] });
    expect(mail.text).not.toContain(invited[0].token);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'mail_template.test_sent')).get()).toMatchObject({
      details: { template: 'invitation', libraryId: invited[0].libraryId, to: 'admin@test.nl' },
    });
  });
});
