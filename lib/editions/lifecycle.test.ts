import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { CLI_ACTOR } from '@/lib/audit/record';
import { createTestDb } from '@/tests/support/db';
import { createEditionFrom } from './create-from';
import { closeEdition, openEdition, setEditionDates } from './lifecycle';
import { editionPhase } from './phase';
import { getEditionByCode } from './queries';

const HOUR = 3_600_000;
const now = new Date('2030-03-01T12:00:00Z');
const later = (hours: number) => new Date(now.getTime() + hours * HOUR);

async function withConcept() {
  const db = await createTestDb();
  const created = await createEditionFrom({ db, code: '2023-2024', from: '2022-2023', actor: CLI_ACTOR, now });
  if (!created.ok) throw new Error(created.message);
  const phase = (at = now) => editionPhase(getEditionByCode({ db, code: '2023-2024' })!, at);
  const actions = () =>
    db
      .select()
      .from(auditLog)
      .all()
      .map((e) => e.action);
  return { db, phase, actions, code: '2023-2024', actor: CLI_ACTOR, now };
}

describe('opening and closing an edition', () => {
  it('opens a concept with its moments; it closes by itself at the closing moment', async () => {
    const s = await withConcept();
    expect(await openEdition({ ...s, opensAt: null, closesAt: later(48) })).toMatchObject({ ok: true });
    expect(s.phase()).toBe('open');
    expect(s.phase(later(47.9))).toBe('open');
    expect(s.phase(later(48))).toBe('closed');
    expect(s.actions()).toEqual(['edition.created', 'edition.opened']);
  });

  it('with an opening moment ahead it is scheduled until then', async () => {
    const s = await withConcept();
    expect(await openEdition({ ...s, opensAt: later(24), closesAt: later(48) })).toMatchObject({ ok: true });
    expect(s.phase()).toBe('scheduled');
    expect(s.phase(later(24))).toBe('open');
  });

  it.each([
    [
      'without a closing moment',
      { closesAt: undefined },
      { path: 'closesAt', message: 'Stel een sluitmoment in: een geopende editie sluit op dat moment vanzelf.' },
    ],
    [
      'with a closing moment in the past',
      { closesAt: later(-1) },
      { path: 'closesAt', message: 'Het sluitmoment ligt in het verleden; kies een later moment.' },
    ],
    [
      'closing before it opens',
      { opensAt: later(10), closesAt: later(5) },
      { path: 'closesAt', message: 'Het sluitmoment moet na het openingsmoment liggen.' },
    ],
  ])('refuses to open %s', async (_, moments, error) => {
    const s = await withConcept();
    expect(await openEdition({ ...s, ...moments })).toMatchObject({ ok: false, reason: 'invalid', errors: [error] });
    expect(s.phase()).toBe('draft');
    expect(s.actions()).toEqual(['edition.created']);
  });

  it('refuses to open an open edition again', async () => {
    const s = await withConcept();
    await openEdition({ ...s, closesAt: later(48) });
    expect(await openEdition({ ...s, closesAt: later(96) })).toMatchObject({ ok: false, reason: 'already_open' });
  });

  it('closes early: the closing moment becomes now, and a concept cannot be closed', async () => {
    const s = await withConcept();
    expect(await closeEdition(s)).toMatchObject({
      ok: false,
      reason: 'not_open',
      message: 'Editie 2023-2024 is nog een concept en kan dus niet worden gesloten.',
    });
    await openEdition({ ...s, closesAt: later(48) });
    expect(await closeEdition({ ...s, now: later(1) })).toMatchObject({ ok: true });
    expect(getEditionByCode({ db: s.db, code: s.code })).toMatchObject({ status: 'closed', closesAt: later(1) });
    expect(s.phase(later(2))).toBe('closed');
    expect(await closeEdition({ ...s, now: later(2) })).toMatchObject({
      ok: false,
      reason: 'not_open',
      message: 'Editie 2023-2024 is al gesloten.',
    });
    const entry = s.db.select().from(auditLog).where(eq(auditLog.action, 'edition.closed')).get();
    expect(entry?.details).toEqual({ closesAt: { from: later(48).toISOString(), to: later(1).toISOString() } });
  });

  it('extends: a later closing moment keeps it open, also after it closed by itself', async () => {
    const s = await withConcept();
    await openEdition({ ...s, closesAt: later(48) });
    expect(s.phase(later(50))).toBe('closed');
    expect(await setEditionDates({ ...s, now: later(50), closesAt: later(72) })).toMatchObject({ ok: true });
    expect(s.phase(later(50))).toBe('open');
    const entry = s.db.select().from(auditLog).where(eq(auditLog.action, 'edition.dates_changed')).get();
    expect(entry?.details).toMatchObject({ from: { closesAt: later(48).toISOString() }, to: { closesAt: later(72).toISOString() } });
  });

  it('keeps the opening moment of an edition that has opened, and needs a reopening after closing early', async () => {
    const s = await withConcept();
    await openEdition({ ...s, closesAt: later(48) });
    expect(await setEditionDates({ ...s, opensAt: later(5) })).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [{ path: 'opensAt' }],
    });
    expect(await setEditionDates({ ...s, closesAt: null })).toMatchObject({ ok: false, reason: 'invalid', errors: [{ path: 'closesAt' }] });
    await closeEdition(s);
    expect(await setEditionDates({ ...s, closesAt: later(96) })).toMatchObject({ ok: false, reason: 'closed' });
    expect(await openEdition({ ...s, now: later(1), closesAt: later(96) })).toMatchObject({ ok: true });
    expect(s.phase(later(1))).toBe('open');
  });

  it('sets and clears the moments of a concept freely, and records only real changes', async () => {
    const s = await withConcept();
    expect(await setEditionDates({ ...s, opensAt: later(24), closesAt: later(48) })).toMatchObject({ ok: true });
    expect(await setEditionDates({ ...s, opensAt: later(24), closesAt: later(48) })).toMatchObject({ ok: true });
    expect(await setEditionDates({ ...s, opensAt: later(50) })).toMatchObject({
      ok: false,
      errors: [{ path: 'closesAt', message: 'Het sluitmoment moet na het openingsmoment liggen.' }],
    });
    expect(s.phase()).toBe('draft');
    expect(s.actions()).toEqual(['edition.created', 'edition.dates_changed']);
    // Opening then keeps the moments set before.
    expect(await openEdition(s)).toMatchObject({ ok: true, edition: { opensAt: later(24), closesAt: later(48) } });
  });

  it('answers an unknown edition with unknown_edition', async () => {
    const s = await withConcept();
    expect(await openEdition({ ...s, code: '1999-2000', closesAt: later(1) })).toMatchObject({ ok: false, reason: 'unknown_edition' });
  });
});
