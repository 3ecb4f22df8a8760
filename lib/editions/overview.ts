import { count, desc } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { editions, invitations, responses } from '@/db/schema';
import { editionPhase, type EditionPhase } from './phase';

export type EditionSummary = {
  code: string;
  title: string;
  phase: EditionPhase;
  opensAt: Date | null;
  closesAt: Date | null;
  previousEdition: string | null;
  invited: number;
  submitted: number;
  inProgress: number;
};

/**
 * Every edition, newest school year first, with its phase and how many
 * libraries were invited and answered: three grouped counts, whatever the
 * number of editions.
 */
export async function listEditionSummaries({ db, now = new Date() }: { db: Db; now?: Date }): Promise<EditionSummary[]> {
  const rows = await db
    .select({
      id: editions.id,
      code: editions.code,
      title: editions.title,
      status: editions.status,
      opensAt: editions.opensAt,
      closesAt: editions.closesAt,
      previousEditionId: editions.previousEditionId,
    })
    .from(editions)
    .orderBy(desc(editions.code));
  const invited = new Map(
    (await db.select({ editionId: invitations.editionId, n: count() }).from(invitations).groupBy(invitations.editionId)).map((r) => [
      r.editionId,
      r.n,
    ]),
  );
  const answered = new Map<string, number>(
    (
      await db
        .select({ editionId: responses.editionId, status: responses.status, n: count() })
        .from(responses)
        .groupBy(responses.editionId, responses.status)
    ).map((r) => [`${r.editionId}:${r.status}`, r.n]),
  );
  const codeOf = new Map(rows.map((r) => [r.id, r.code]));
  return rows.map((row) => ({
    code: row.code,
    title: row.title,
    phase: editionPhase(row, now),
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    previousEdition: row.previousEditionId ? (codeOf.get(row.previousEditionId) ?? null) : null,
    invited: invited.get(row.id) ?? 0,
    submitted: answered.get(`${row.id}:submitted`) ?? 0,
    inProgress: answered.get(`${row.id}:draft`) ?? 0,
  }));
}

export async function findEditionSummary({ db, code, now }: { db: Db; code: string; now?: Date }): Promise<EditionSummary | undefined> {
  return (await listEditionSummaries({ db, now })).find((e) => e.code === code);
}

/** The API's shape of an edition (GET /api/v1/editions and the answers of changes). */
export function editionDocument(summary: EditionSummary) {
  return {
    code: summary.code,
    title: summary.title,
    status: summary.phase,
    opensAt: summary.opensAt?.toISOString() ?? null,
    closesAt: summary.closesAt?.toISOString() ?? null,
    previousEdition: summary.previousEdition,
    invited: summary.invited,
    responses: { submitted: summary.submitted, inProgress: summary.inProgress },
  };
}
