import { isDeepStrictEqual } from 'node:util';
import type { Db } from '@/db/client';
import { immediateTransaction } from '@/db/immediate';
import { editionPhase } from '@/lib/editions/phase';
import { buildAnswersSchema, problemsByQuestion, type ValidationMode } from '@/lib/questionnaire/answer-schema';
import type { Definition } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { queueReceipt } from '@/lib/mail/receipt';
import { answersToRows, rowsToAnswers, type AnswerRow } from './answer-rows';
import { getCurrentResponse, toCurrentResponse, type CurrentResponse, type InvitationContext } from './queries';
import { responseStatements, type ExistingResponse, type ResponseStatements } from './statements';

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
 * Validates with the questionnaire's schema and stores the answers in one
 * immediate transaction: a refused or stale request writes nothing, and two
 * saves on one link are serialised so the later one sees the earlier's version.
 *
 * A submission replaces the answer rows, which the results count. A draft
 * save replaces them too while the response was never submitted; once it
 * was, the rows stay the submitted version and the draft is kept apart as
 * pending changes (db/schema/survey.ts), so a library that starts changing
 * its answers keeps counting with the ones it sent until it sends the new.
 * With `receipt`, a submission queues the library's receipt in the same
 * transaction (the caller wakes the sender once it is committed).
 */
export function saveResponse({
  db,
  context,
  request,
  now = new Date(),
  receipt = false,
}: {
  db: Db;
  context: InvitationContext;
  request: SaveRequest;
  now?: Date;
  /** Queue a receipt by mail with a submission: the respondent's own sending (not the demo seed's). */
  receipt?: boolean;
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
  return immediateTransaction(db, (): SaveResult => {
    const existing = statements.existingResponse(edition.id, library.id);

    if (request.version !== undefined && request.version !== (existing?.version ?? 0)) {
      return { ok: false as const, reason: 'stale' as const, response: getCurrentResponse({ db, edition, libraryId: library.id }) };
    }

    if (existing?.status === 'submitted' && !request.submit) {
      return { ok: true as const, response: saveChanges({ statements, definition: edition.definition, existing, rows, now }) };
    }

    const status = request.submit ? 'submitted' : 'draft';
    const nowMs = now.getTime();
    const submittedAtMs = request.submit ? nowMs : (existing?.submittedAt ?? null);
    let responseId: number;
    if (existing) {
      responseId = existing.id;
      // Answers first: a status change cascades to the response's answer
      // rows (they carry it for the results), and these are replaced anyway.
      statements.deleteAnswers.run(responseId);
      statements.updateResponse.run(status, nowMs, submittedAtMs, responseId);
    } else {
      responseId = Number(statements.insertResponse.run(edition.id, library.id, status, nowMs, submittedAtMs).lastInsertRowid);
      statements.markInvitationOpened.run(nowMs, context.invitationId);
    }
    // Each row repeats its response's edition and status (the foreign key checks they match).
    for (const row of rows) {
      statements.insertAnswer.run(
        responseId,
        edition.id,
        status,
        row.questionCode,
        row.optionCode,
        row.numberValue,
        row.textValue,
        row.position,
      );
    }
    // Written at the call on SQLite (lib/mail/receipt.ts), so inside this transaction; to be awaited once its body is async.
    if (request.submit && receipt) void queueReceipt(db, { editionId: edition.id, libraryId: library.id, submittedAt: now });

    // What was just written, without reading it back: the write lock is held
    // since the read of `existing`, so the version is exactly one more, and
    // the answers are the rows inserted (in id order), read the way
    // getCurrentResponse reads them. The tests check both agree.
    const response = toCurrentResponse({
      id: responseId,
      status,
      version: (existing?.version ?? 0) + 1,
      storedAnswers: rowsToAnswers(edition.definition, rows),
      pendingAnswers: null,
      updatedAt: now,
      submittedAt: submittedAtMs === null ? null : new Date(submittedAtMs),
    });
    return { ok: true as const, response };
  });
}

/**
 * A draft save on a submitted response: the answer rows stay as sent and the
 * draft becomes its pending changes. The draft is stored in the form the rows
 * would read back in, so a draft equal to the submitted answers is recognised
 * and clears the changes: that is how a library discards them.
 */
function saveChanges({
  statements,
  definition,
  existing,
  rows,
  now,
}: {
  statements: ResponseStatements;
  definition: Definition;
  existing: ExistingResponse;
  rows: AnswerRow[];
  now: Date;
}): CurrentResponse {
  const submittedAnswers = rowsToAnswers(definition, statements.answerRows.all({ responseId: existing.id }));
  const changes = rowsToAnswers(definition, rows);
  const pendingAnswers = isDeepStrictEqual(changes, submittedAnswers) ? null : changes;
  statements.updatePendingAnswers.run({
    id: existing.id,
    nowMs: now.getTime(),
    pendingAnswersJson: pendingAnswers === null ? null : JSON.stringify(pendingAnswers),
  });
  return toCurrentResponse({
    id: existing.id,
    status: 'submitted',
    version: existing.version + 1,
    storedAnswers: submittedAnswers,
    pendingAnswers,
    updatedAt: now,
    submittedAt: existing.submittedAt === null ? null : new Date(existing.submittedAt),
  });
}
