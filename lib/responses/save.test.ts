import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { editions, invitations, libraries } from '@/db/schema';
import { getEditionByCode } from '@/lib/editions/queries';
import { createInvitation } from '@/lib/invitations/create';
import { loadBundledDefinitions } from '@/lib/questionnaire/files';
import { findInvitationByToken, getCurrentResponse } from './queries';
import { saveResponse } from './save';

// The save path runs on prepared statements cached per connection; these
// tests check it still behaves as the API promises, on a fresh database each.
let db: Db;
let token: string;

beforeEach(() => {
  db = openDatabase(':memory:');
  runMigrations(db);
  const definition = loadBundledDefinitions().find((d) => d.edition === '2022-2023')!;
  const edition = db
    .insert(editions)
    .values({ code: definition.edition, title: definition.title, status: 'open', definition })
    .returning()
    .get();
  const library = db.insert(libraries).values({ name: 'Bibliotheek Test', province: 'Utrecht', email: 'a@b.nl' }).returning().get();
  token = createInvitation({ db, editionId: edition.id, libraryId: library.id }).token;
});

afterEach(() => db.$client.close());

const context = () => findInvitationByToken({ db, token })!;
const full = { VO_SAMENWERKING: 'JA', TEVREDEN: ['SAMENWERKING_SCHOLEN'], KNELPUNTEN: ['FINANCIERING'], FINANCIERING_MINDER_SCHOLEN: 'NEE' };

describe('saveResponse', () => {
  it('finds the library and edition by token, and nothing for an unknown token', () => {
    expect(context().library.name).toBe('Bibliotheek Test');
    expect(context().edition.definition.edition).toBe('2022-2023');
    expect(findInvitationByToken({ db, token: 'x'.repeat(43) })).toBeUndefined();
  });

  it('stores a draft, then a submission that replaces the answers and counts the version up', () => {
    const draft = saveResponse({ db, context: context(), request: { answers: { VO_SAMENWERKING: 'JA', TEVREDEN: ['LEESBEVORDERING'] }, submit: false } });
    expect(draft).toMatchObject({ ok: true, response: { status: 'draft', version: 1, submittedAt: null } });

    const submitted = saveResponse({ db, context: context(), request: { answers: full, submit: true, version: 1 } });
    expect(submitted).toMatchObject({ ok: true, response: { status: 'submitted', version: 2, answers: full } });
    const stored = getCurrentResponse({ db, edition: getEditionByCode({ db, code: '2022-2023' })!, libraryId: context().library.id });
    expect(stored.answers).toEqual(full);
    expect(stored.submittedAt).not.toBeNull();
    expect(db.select().from(invitations).get()!.firstOpenedAt).toBeInstanceOf(Date);
  });

  it('refuses a stale version with the current answers and changes nothing', () => {
    saveResponse({ db, context: context(), request: { answers: full, submit: true } });
    const stale = saveResponse({ db, context: context(), request: { answers: { VO_SAMENWERKING: 'NEE' }, submit: true, version: 0 } });
    expect(stale).toMatchObject({ ok: false, reason: 'stale', response: { version: 1, answers: full } });
    expect(getCurrentResponse({ db, edition: context().edition, libraryId: context().library.id }).answers).toEqual(full);
  });

  it('stores nothing of a refused submission', () => {
    const refused = saveResponse({
      db,
      context: context(),
      request: { answers: { VO_SAMENWERKING: 'JA', TEVREDEN: ['SAMENWERKING_SCHOLEN', 'LEESBEVORDERING', 'MEDIAWIJSHEID', 'FINANCIERING'] }, submit: false },
    });
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', errors: [{ question: 'TEVREDEN' }] });
    expect(getCurrentResponse({ db, edition: context().edition, libraryId: context().library.id }).status).toBe('not_started');
  });

  it('turns a submitted response back into a draft when it is changed without submitting', () => {
    saveResponse({ db, context: context(), request: { answers: full, submit: true } });
    const reopened = saveResponse({ db, context: context(), request: { answers: { VO_SAMENWERKING: 'NEE' }, submit: false } });
    expect(reopened).toMatchObject({ ok: true, response: { status: 'draft', version: 2, answers: { VO_SAMENWERKING: 'NEE' } } });
    expect(reopened.ok && reopened.response.submittedAt).not.toBeNull();
  });
});
