import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { transaction } from '@/db/transaction';
import { editions, plannedMailings } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { toAmsterdamLocal } from '@/lib/editions/moments';
import { editionPhase } from '@/lib/editions/phase';
import { toEdition, type Edition, type Reader } from '@/lib/editions/queries';
import type { MailRule } from './eligibility';
import { queueMailing, ruleOf } from './mailings';

export type PlannedMailing = typeof plannedMailings.$inferSelect;
export type PlanResult = { ok: true; id: number } | { ok: false; reason: 'past' | 'after-closing' | 'closed' };

/** Who starts a planned mailing: the server, on behalf of the coordinator who planned it. */
function schedulerActor(plannedBy: string) {
  return { label: `planning:${plannedBy}` };
}

/**
 * Plans a reminder mailing for a moment. Only the rule is stored: who gets
 * it is decided at that moment, so a library that submits meanwhile is left out.
 */
export async function planReminder({
  db,
  edition,
  rule,
  at,
  actor,
  now = new Date(),
}: {
  db: Db;
  edition: Pick<Edition, 'id' | 'code' | 'status' | 'opensAt' | 'closesAt'>;
  rule: Extract<MailRule, { kind: 'reminder' }>;
  at: Date;
  actor: AuditActor;
  now?: Date;
}): Promise<PlanResult> {
  if (editionPhase(edition, now) === 'closed') return { ok: false, reason: 'closed' };
  if (at.getTime() <= now.getTime()) return { ok: false, reason: 'past' };
  if (edition.closesAt && at.getTime() >= edition.closesAt.getTime()) return { ok: false, reason: 'after-closing' };
  return transaction(db, async (tx) => {
    const [row] = await tx
      .insert(plannedMailings)
      .values({
        editionId: edition.id,
        kind: 'reminder',
        audience: rule.audience,
        minDays: rule.minDays,
        maxReminders: rule.maxReminders,
        includeNotMailed: rule.includeNotMailed,
        plannedFor: at,
        createdBy: actor.label,
        createdAt: now,
      })
      .returning({ id: plannedMailings.id });
    recordAudit(tx, {
      actor,
      action: 'mailing.planned',
      target: `edition:${edition.code}`,
      at: now,
      details: {
        plannedMailingId: row.id,
        kind: 'reminder',
        plannedFor: at.toISOString(),
        audience: rule.audience,
        minDays: rule.minDays,
        maxReminders: rule.maxReminders,
        includeNotMailed: rule.includeNotMailed,
      },
    });
    return { ok: true as const, id: row.id };
  });
}

/** Cancels a plan that has not started yet; a started or cancelled one is left as it is. */
export async function cancelPlanned({
  db,
  edition,
  id,
  actor,
  now = new Date(),
}: {
  db: Db;
  edition: Pick<Edition, 'id' | 'code'>;
  id: number;
  actor: AuditActor;
  now?: Date;
}): Promise<boolean> {
  return transaction(db, async (tx) => {
    const [cancelled] = await tx
      .update(plannedMailings)
      .set({ state: 'cancelled', settledAt: now, cancelledBy: actor.label })
      .where(and(eq(plannedMailings.id, id), eq(plannedMailings.editionId, edition.id), eq(plannedMailings.state, 'planned')))
      .returning({ plannedFor: plannedMailings.plannedFor });
    if (!cancelled) return false;
    recordAudit(tx, {
      actor,
      action: 'mailing.plan_cancelled',
      target: `edition:${edition.code}`,
      at: now,
      details: { plannedMailingId: id, plannedFor: cancelled.plannedFor.toISOString() },
    });
    return true;
  });
}

/**
 * Starts every planned mailing whose moment has come, each in one immediate
 * transaction that moves it out of `planned` and queues its messages with
 * the eligibility of now. A second tick, or a second process, finds it
 * started already and does nothing. Returns the mailings it started.
 */
export async function startDuePlanned({ db, now = new Date() }: { db: Db; now?: Date }): Promise<number[]> {
  const due = await db
    .select({ id: plannedMailings.id })
    .from(plannedMailings)
    .where(and(eq(plannedMailings.state, 'planned'), lte(plannedMailings.plannedFor, now)))
    .orderBy(asc(plannedMailings.plannedFor));
  const started: number[] = [];
  for (const { id } of due) {
    const mailingId = await transaction(db, async (tx) => {
      // The plan leaves `planned` first, in one conditional update: of two ticks or two
      // processes that found it due, one gets the row back and starts it; the other, none.
      const [plan] = await tx
        .update(plannedMailings)
        .set({ state: 'started', settledAt: now })
        .where(and(eq(plannedMailings.id, id), eq(plannedMailings.state, 'planned')))
        .returning();
      if (!plan) return undefined;
      const [found] = await tx.select().from(editions).where(eq(editions.id, plan.editionId)).limit(1);
      const result = await queueMailing(tx, {
        edition: toEdition(found),
        rule: ruleOf({ ...plan, kind: 'reminder' }),
        actor: schedulerActor(plan.createdBy),
        now,
        details: { plannedMailingId: plan.id },
      });
      await tx
        .update(plannedMailings)
        .set({ mailingId: result.ok ? result.mailingId : null, outcome: result.ok ? null : result.reason })
        .where(eq(plannedMailings.id, plan.id));
      return result.ok ? result.mailingId : undefined;
    });
    if (mailingId !== undefined) started.push(mailingId);
  }
  return started;
}

/** An edition's planned mailings: the ones still to come first (soonest first), then the latest settled ones. */
export async function listPlanned({
  db,
  editionId,
  limit = 20,
}: {
  db: Reader;
  editionId: number;
  limit?: number;
}): Promise<PlannedMailing[]> {
  const rows = await db
    .select()
    .from(plannedMailings)
    .where(eq(plannedMailings.editionId, editionId))
    .orderBy(desc(plannedMailings.plannedFor))
    .limit(limit);
  const waiting = rows.filter((r) => r.state === 'planned').reverse();
  return [...waiting, ...rows.filter((r) => r.state !== 'planned')];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment the plan form suggests: a week before closing, else tomorrow at nine (Dutch time); as a datetime-local value. */
export function suggestedPlanMoment(closesAt: Date | null, now = new Date()): string {
  const weekBefore = closesAt && new Date(closesAt.getTime() - 7 * DAY_MS);
  return weekBefore && weekBefore.getTime() > now.getTime()
    ? toAmsterdamLocal(weekBefore)
    : `${toAmsterdamLocal(new Date(now.getTime() + DAY_MS)).slice(0, 10)}T09:00`;
}

/** Whether a plan starts within the next minutes: the page then follows it without a reload. */
export function planDueSoon(planned: PlannedMailing[], now = new Date(), withinMs = 10 * 60 * 1000): boolean {
  return planned.some((p) => p.state === 'planned' && p.plannedFor.getTime() - now.getTime() < withinMs);
}
