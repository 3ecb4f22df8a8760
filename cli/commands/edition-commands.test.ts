import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { seedEditions } from '@/cli/seed/seed';
import { auditLog } from '@/db/schema';
import { editionPhase } from '@/lib/editions/phase';
import { getEditionByCode } from '@/lib/editions/queries';
import type { CliIo } from '../command';
import { closeEditionCommand } from './close-edition';
import { createEditionCommand } from './create-edition';
import { editionDatesCommand } from './edition-dates';
import { openEditionCommand } from './open-edition';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enquete-cli-editions-'));

beforeAll(() => {
  process.env.DATABASE_URL = path.join(dir, 'app.db');
  runMigrations(getDb());
  seedEditions(getDb());
});
afterAll(() => closeDb());

function io() {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), readStdin: async () => '' };
  return { io: value, out };
}

const edition = () => getEditionByCode({ db: getDb(), code: '2023-2024' })!;

describe('edition commands', () => {
  it('create-edition copies an edition and prints the school-year replacements to review', async () => {
    const { io: cli, out } = io();
    expect(await createEditionCommand.run(['--code', '2023-2024', '--from', '2022-2023'], cli)).toBe(0);
    expect(edition()).toMatchObject({ status: 'draft', title: 'Samenwerking met het voortgezet onderwijs 2023-2024' });
    expect(out.stdout).toContain('Editie 2023-2024 aangemaakt als concept, een kopie van 2022-2023.');
    expect(out.stdout).toContain(
      'title: "Samenwerking met het voortgezet onderwijs 2022-2023" → "Samenwerking met het voortgezet onderwijs 2023-2024"',
    );
  });

  it('create-edition refuses an existing code in Dutch', async () => {
    const { io: cli, out } = io();
    expect(await createEditionCommand.run(['--code', '2023-2024', '--from', '2022-2023'], cli)).toBe(1);
    expect(out.stderr).toContain('Er bestaat al een editie 2023-2024.');
  });

  it('open-edition needs a closing moment, then opens; close-edition closes it early; all recorded as cli', async () => {
    const refused = io();
    expect(await openEditionCommand.run(['--code', '2023-2024'], refused.io)).toBe(1);
    expect(refused.out.stderr).toContain('Stel een sluitmoment in');
    const bad = io();
    expect(await openEditionCommand.run(['--code', '2023-2024', '--closes', '31-12-2099'], bad.io)).toBe(2);
    expect(bad.out.stderr).toContain('Vul een datum en tijd in');

    const opened = io();
    expect(await openEditionCommand.run(['--code', '2023-2024', '--closes', '2099-06-30T17:00'], opened.io)).toBe(0);
    expect(edition().closesAt?.toISOString()).toBe('2099-06-30T15:00:00.000Z');
    expect(editionPhase(edition())).toBe('open');
    expect(opened.out.stdout).toContain('Editie 2023-2024 is open tot 30 juni 2099 om 17:00.');

    const extended = io();
    expect(await editionDatesCommand.run(['--code', '2023-2024', '--closes', '2099-07-31T17:00'], extended.io)).toBe(0);
    expect(edition().closesAt?.toISOString()).toBe('2099-07-31T15:00:00.000Z');

    const closed = io();
    expect(await closeEditionCommand.run(['--code', '2023-2024'], closed.io)).toBe(0);
    expect(editionPhase(edition())).toBe('closed');
    const actions = getDb()
      .select()
      .from(auditLog)
      .all()
      .map((e) => [e.action, e.actorLabel]);
    expect(actions).toEqual([
      ['edition.created', 'cli'],
      ['edition.opened', 'cli'],
      ['edition.dates_changed', 'cli'],
      ['edition.closed', 'cli'],
    ]);
  });

  it('answers an unknown edition and missing options with usage', async () => {
    const unknown = io();
    expect(await closeEditionCommand.run(['--code', '1999-2000'], unknown.io)).toBe(1);
    expect(unknown.out.stderr).toContain('Editie 1999-2000 bestaat niet.');
    const usage = io();
    expect(await openEditionCommand.run([], usage.io)).toBe(2);
    expect(usage.out.stderr).toContain('Gebruik: npm run cli -- open-edition');
  });
});
