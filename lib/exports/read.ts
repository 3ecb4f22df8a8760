import { and, asc, count, eq, gt, inArray, lte, max, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, libraries, responses } from '@/db/schema';
import type { Edition } from '@/lib/editions/queries';
import { libraryConditions, type ResultFilters } from '@/lib/results/filters';
import { rowsToAnswers } from '@/lib/responses/answer-rows';
import type { ExportResponse } from './layout';

/**
 * Responses for an export, read in bounded batches: a batch of responses by
 * id (keyset, so each batch is one index range), then only those responses'
 * answer rows. Memory holds one batch whatever the edition's size; the event
 * loop gets a turn between batches, so other requests are served meanwhile.
 */

export const EXPORT_BATCH_SIZE = 500;

export type ExportSelection = {
  edition: Edition;
  filters: ResultFilters;
  /** Drafts too (their status in the status column); by default submitted responses only. */
  drafts: boolean;
};

function conditions({ edition, filters, drafts }: ExportSelection): SQL[] {
  return [eq(responses.editionId, edition.id), ...(drafts ? [] : [eq(responses.status, 'submitted' as const)]), ...libraryConditions(filters)];
}

/**
 * The selection's size and highest response id at the moment the export
 * starts: the export stops at that id, so responses started meanwhile do not
 * change the row count recorded in the audit log.
 */
export function measureSelection(db: Db, selection: ExportSelection): { rows: number; lastId: number } {
  const row = db
    .select({ rows: count(), lastId: max(responses.id) })
    .from(responses)
    .innerJoin(libraries, eq(libraries.id, responses.libraryId))
    .where(and(...conditions(selection)))
    .get();
  return { rows: row?.rows ?? 0, lastId: row?.lastId ?? 0 };
}

function readBatch(db: Db, selection: ExportSelection, afterId: number, lastId: number, size: number): ExportResponse[] {
  const heads = db
    .select({
      id: responses.id,
      libraryName: libraries.name,
      province: libraries.province,
      sizeClass: libraries.sizeClass,
      status: responses.status,
      startedAt: responses.createdAt,
      submittedAt: responses.submittedAt,
    })
    .from(responses)
    .innerJoin(libraries, eq(libraries.id, responses.libraryId))
    .where(and(...conditions(selection), gt(responses.id, afterId), lte(responses.id, lastId)))
    .orderBy(asc(responses.id))
    .limit(size)
    .all();
  if (heads.length === 0) return [];
  const rows = db
    .select({
      responseId: answers.responseId,
      questionCode: answers.questionCode,
      optionCode: answers.optionCode,
      numberValue: answers.numberValue,
      textValue: answers.textValue,
    })
    .from(answers)
    .where(inArray(answers.responseId, heads.map((h) => h.id)))
    .orderBy(asc(answers.responseId), asc(answers.position))
    .all();
  const byResponse = new Map<number, typeof rows>();
  for (const row of rows) {
    const list = byResponse.get(row.responseId);
    if (list) list.push(row);
    else byResponse.set(row.responseId, [row]);
  }
  return heads.map((head) => ({ ...head, answers: rowsToAnswers(selection.edition.definition, byResponse.get(head.id) ?? []) }));
}

/** The selection's responses up to `lastId`, a batch at a time, in id order. */
export async function* readResponses(
  db: Db,
  selection: ExportSelection,
  { lastId, batchSize = EXPORT_BATCH_SIZE }: { lastId: number; batchSize?: number },
): AsyncGenerator<ExportResponse[]> {
  let afterId = 0;
  for (;;) {
    const batch = readBatch(db, selection, afterId, lastId, batchSize);
    if (batch.length === 0) return;
    yield batch;
    afterId = batch.at(-1)!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
