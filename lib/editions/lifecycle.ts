import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { editions } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { editionFailure, type EditionFailure } from './messages';
import { editionPhase } from './phase';
import { getEditionByCode, type Edition } from './queries';

/**
 * Opening, closing early, and the moments. The stored status is what an
 * admin decided; editionPhase() derives from it and the moments whether
 * libraries can answer now. Each change is one immediate transaction that
 * re-reads the edition, with its audit entry.
 */
export type LifecycleResult = { ok: true; edition: Edition } | EditionFailure;

type Common = { db: Db; code: string; actor: AuditActor; now?: Date };

const iso = (date: Date | null) => date?.toISOString() ?? null;
const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Opens a concept, or reopens an edition that was closed early. Moments not
 * given keep their stored value. A first opening with no opening moment, or
 * one already past, opens now; one ahead makes the edition `scheduled`.
 */
export async function openEdition({
  db,
  code,
  actor,
  now = new Date(),
  opensAt: givenOpensAt,
  closesAt: givenClosesAt,
}: Common & { opensAt?: Date | null; closesAt?: Date | null }): Promise<LifecycleResult> {
  return transaction(db, async (tx) => {
    const edition = getEditionByCode({ db: tx, code });
    if (!edition) return editionFailure('unknown_edition', 'unknownEdition', { code });
    const phase = editionPhase(edition, now);
    if (phase === 'open' || phase === 'scheduled') return editionFailure('already_open', 'alreadyOpen', { code });

    const closesAt = givenClosesAt === undefined ? edition.closesAt : givenClosesAt;
    let opensAt = givenOpensAt === undefined ? edition.opensAt : givenOpensAt;
    if (edition.status === 'draft' && (!opensAt || opensAt.getTime() < now.getTime())) opensAt = now;
    if (!closesAt) return editionFailure('invalid', 'closesRequired', {}, 'closesAt');
    if (closesAt.getTime() <= now.getTime()) return editionFailure('invalid', 'closesInPast', {}, 'closesAt');
    if (opensAt && opensAt.getTime() >= closesAt.getTime()) return editionFailure('invalid', 'closesBeforeOpens', {}, 'closesAt');

    await tx.update(editions).set({ status: 'open', opensAt, closesAt }).where(eq(editions.id, edition.id));
    recordAudit(tx, {
      actor,
      action: 'edition.opened',
      target: `edition:${code}`,
      details: { opensAt: iso(opensAt), closesAt: iso(closesAt), reopened: edition.status === 'closed' },
      at: now,
    });
    return { ok: true as const, edition: getEditionByCode({ db: tx, code })! };
  });
}

/** Closes an open (or scheduled) edition now: its closing moment becomes now if it was later. */
export async function closeEdition({ db, code, actor, now = new Date() }: Common): Promise<LifecycleResult> {
  return transaction(db, async (tx) => {
    const edition = getEditionByCode({ db: tx, code });
    if (!edition) return editionFailure('unknown_edition', 'unknownEdition', { code });
    const phase = editionPhase(edition, now);
    if (phase === 'draft') return editionFailure('not_open', 'draftNotClosable', { code });
    if (phase === 'closed') return editionFailure('not_open', 'alreadyClosed', { code });

    const closesAt = edition.closesAt && edition.closesAt.getTime() < now.getTime() ? edition.closesAt : now;
    await tx.update(editions).set({ status: 'closed', closesAt }).where(eq(editions.id, edition.id));
    recordAudit(tx, {
      actor,
      action: 'edition.closed',
      target: `edition:${code}`,
      details: { closesAt: { from: iso(edition.closesAt), to: iso(closesAt) } },
      at: now,
    });
    return { ok: true as const, edition: getEditionByCode({ db: tx, code })! };
  });
}

/**
 * Sets the moments; a moment not given keeps its value. On an opened
 * edition this extends (a later closing moment, which also reopens one that
 * closed by itself) or shortens it; its opening moment is then history and
 * stays. An edition an admin closed is reopened with openEdition instead, so
 * that reopening is a deliberate, recorded step.
 */
export async function setEditionDates({
  db,
  code,
  actor,
  now = new Date(),
  opensAt: givenOpensAt,
  closesAt: givenClosesAt,
}: Common & { opensAt?: Date | null; closesAt?: Date | null }): Promise<LifecycleResult> {
  return transaction(db, async (tx) => {
    const edition = getEditionByCode({ db: tx, code });
    if (!edition) return editionFailure('unknown_edition', 'unknownEdition', { code });
    if (edition.status === 'closed') return editionFailure('closed', 'closedUseOpen', { code });
    const opensAt = givenOpensAt === undefined ? edition.opensAt : givenOpensAt;
    const closesAt = givenClosesAt === undefined ? edition.closesAt : givenClosesAt;
    const hasOpened = edition.status === 'open' && editionPhase(edition, now) !== 'scheduled';
    if (hasOpened && !same(opensAt, edition.opensAt)) return editionFailure('invalid', 'alreadyOpened', { code }, 'opensAt');
    if (edition.status === 'open' && !closesAt) return editionFailure('invalid', 'closesRequired', {}, 'closesAt');
    if (opensAt && closesAt && opensAt.getTime() >= closesAt.getTime())
      return editionFailure('invalid', 'closesBeforeOpens', {}, 'closesAt');
    if (same(opensAt, edition.opensAt) && same(closesAt, edition.closesAt)) return { ok: true as const, edition };

    await tx.update(editions).set({ opensAt, closesAt }).where(eq(editions.id, edition.id));
    recordAudit(tx, {
      actor,
      action: 'edition.dates_changed',
      target: `edition:${code}`,
      details: {
        from: { opensAt: iso(edition.opensAt), closesAt: iso(edition.closesAt) },
        to: { opensAt: iso(opensAt), closesAt: iso(closesAt) },
      },
      at: now,
    });
    return { ok: true as const, edition: getEditionByCode({ db: tx, code })! };
  });
}
