import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers as answersTable, invitations, responses } from '@/db/schema';
import { isEditionOpen } from '@/lib/editions/queries';
import { buildAnswersSchema, problemsByQuestion } from '@/lib/questionnaire/answer-schema';
import type { Answers } from '@/lib/questionnaire/visibility';
import { answersToRows } from './answer-rows';
import { getCurrentResponse, type CurrentResponse, type InvitationContext } from './queries';

export type SaveRequest = {
  answers: Record<string, unknown>;
  submit: boolean;
  /** The version the client last saw; omitted means "save regardless". */
  version?: number;
};

export type SaveResult =
  | { ok: true; response: CurrentResponse }
  | { ok: false; reason: 'invalid'; errors: { question: string; message: string }[] }
  | { ok: false; reason: 'closed' }
  | { ok: false; reason: 'stale'; response: CurrentResponse };

/**
 * Validates with the questionnaire's schema and replaces the stored answers in
 * one immediate transaction: a refused or stale request writes nothing, and two
 * saves on one link are serialised so the later one sees the earlier's version.
 */
export function saveResponse({
  db,
  context,
  request,
  now = new Date(),
}: {
  db: Db;
  context: InvitationContext;
  request: SaveRequest;
  now?: Date;
}): SaveResult {
  const { edition, library } = context;
  if (!isEditionOpen(edition, now)) return { ok: false, reason: 'closed' };

  const parsed = buildAnswersSchema(edition.definition, request.submit ? 'submit' : 'draft').safeParse(request.answers);
  if (!parsed.success) return { ok: false, reason: 'invalid', errors: problemsByQuestion(parsed.error.issues) };
  const cleanAnswers: Answers = parsed.data;

  return db.transaction(
    (tx) => {
      const existing = tx
        .select({ id: responses.id, version: responses.version, status: responses.status, submittedAt: responses.submittedAt })
        .from(responses)
        .where(and(eq(responses.editionId, edition.id), eq(responses.libraryId, library.id)))
        .get();

      if (request.version !== undefined && request.version !== (existing?.version ?? 0)) {
        return { ok: false as const, reason: 'stale' as const, response: getCurrentResponse({ db: tx as unknown as Db, edition, libraryId: library.id }) };
      }

      // A change after submitting turns the response back into a draft until it
      // is submitted again, so results never count a half-edited questionnaire.
      const status = request.submit ? 'submitted' : 'draft';
      const submittedAt = request.submit ? now : existing?.submittedAt ?? null;
      let responseId: number;
      if (existing) {
        responseId = existing.id;
        tx.update(responses)
          .set({ status, version: sql`${responses.version} + 1`, updatedAt: now, submittedAt })
          .where(eq(responses.id, existing.id))
          .run();
        tx.delete(answersTable).where(eq(answersTable.responseId, existing.id)).run();
      } else {
        responseId = tx
          .insert(responses)
          .values({ editionId: edition.id, libraryId: library.id, status, version: 1, updatedAt: now, submittedAt })
          .returning({ id: responses.id })
          .get().id;
        tx.update(invitations)
          .set({ firstOpenedAt: sql`coalesce(${invitations.firstOpenedAt}, ${now.getTime()})` })
          .where(eq(invitations.id, context.invitationId))
          .run();
      }
      const rows = answersToRows(edition.definition, cleanAnswers);
      if (rows.length > 0) tx.insert(answersTable).values(rows.map((row) => ({ ...row, responseId }))).run();

      return { ok: true as const, response: getCurrentResponse({ db: tx as unknown as Db, edition, libraryId: library.id }) };
    },
    { behavior: 'immediate' },
  );
}
