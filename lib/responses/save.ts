import type { Db } from '@/db/client';
import { editionPhase } from '@/lib/editions/phase';
import { buildAnswersSchema, problemsByQuestion, type ValidationMode } from '@/lib/questionnaire/answer-schema';
import type { Definition } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { answersToRows, rowsToAnswers } from './answer-rows';
import { getCurrentResponse, type CurrentResponse, type InvitationContext } from './queries';
import { responseStatements } from './statements';

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
  | { ok: false; reason: 'not_open' }
  | { ok: false; reason: 'stale'; response: CurrentResponse };

// One schema per definition and mode: definitions are parsed once and cached
// (lib/editions/queries.ts), so the same object comes back on every request.
const schemas = new WeakMap<Definition, Record<ValidationMode, ReturnType<typeof buildAnswersSchema>>>();

function answersSchema(definition: Definition, mode: ValidationMode) {
  let pair = schemas.get(definition);
  if (!pair) {
    pair = { draft: buildAnswersSchema(definition, 'draft'), submit: buildAnswersSchema(definition, 'submit') };
    schemas.set(definition, pair);
  }
  return pair[mode];
}

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
  const phase = editionPhase(edition, now);
  if (phase !== 'open') return { ok: false, reason: phase === 'closed' ? 'closed' : 'not_open' };

  const parsed = answersSchema(edition.definition, request.submit ? 'submit' : 'draft').safeParse(request.answers);
  if (!parsed.success) return { ok: false, reason: 'invalid', errors: problemsByQuestion(parsed.error.issues) };
  const cleanAnswers: Answers = parsed.data;
  const rows = answersToRows(edition.definition, cleanAnswers);
  const statements = responseStatements(db);

  // The statements run on the transaction's connection, so inside it.
  return db.transaction(
    () => {
      const existing = statements.response.get({ editionId: edition.id, libraryId: library.id });

      if (request.version !== undefined && request.version !== (existing?.version ?? 0)) {
        return { ok: false as const, reason: 'stale' as const, response: getCurrentResponse({ db, edition, libraryId: library.id }) };
      }

      // A change after submitting turns the response back into a draft until it
      // is submitted again, so results never count a half-edited questionnaire.
      const status = request.submit ? 'submitted' : 'draft';
      const submittedAt = request.submit ? now : existing?.submittedAt ?? null;
      let responseId: number;
      if (existing) {
        responseId = existing.id;
        // Answers first: a status change cascades to the response's answer
        // rows (they carry it for the results), and these are replaced anyway.
        statements.deleteAnswers.run({ responseId });
        statements.updateResponse.run({ id: existing.id, status, nowMs: now.getTime(), submittedAtMs: submittedAt?.getTime() ?? null });
      } else {
        responseId = statements.insertResponse.get({
          editionId: edition.id,
          libraryId: library.id,
          status,
          nowMs: now.getTime(),
          submittedAtMs: submittedAt?.getTime() ?? null,
        })!.id;
        statements.markInvitationOpened.run({ invitationId: context.invitationId, nowMs: now.getTime() });
      }
      // Each row repeats its response's edition and status (the foreign key checks they match).
      for (const row of rows) statements.insertAnswer.run({ ...row, responseId, editionId: edition.id, responseStatus: status });

      // What was just written, without reading it back: the write lock is held
      // since the read of `existing`, so the version is exactly one more, and
      // the answers are the rows inserted (in id order), read the way
      // getCurrentResponse reads them. save.test.ts checks both agree.
      const response: CurrentResponse = {
        status,
        version: (existing?.version ?? 0) + 1,
        answers: rowsToAnswers(edition.definition, rows),
        updatedAt: now.toISOString(),
        submittedAt: submittedAt?.toISOString() ?? null,
      };
      return { ok: true as const, response };
    },
    { behavior: 'immediate' },
  );
}
