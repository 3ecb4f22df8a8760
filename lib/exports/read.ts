import { and, asc, count, eq, gt, gte, lte, max, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { answers, libraries, responses } from '@/db/schema';
import type { Edition } from '@/lib/editions/queries';
import { libraryConditions, type ResultFilters } from '@/lib/results/filters';
import { answersReader } from '@/lib/responses/answer-rows';
import type { StoredRow } from '@/lib/questionnaire/types/question-type';
import type { ExportResponse } from './layout';

/**
 * Responses for an export, read in bounded batches: a batch of responses by
 * id (keyset, so each batch is one index range), then only those responses'
 * answer rows. Memory holds one batch whatever the edition's size; the event
 * loop gets a turn between batches, so other requests are served meanwhile.
 */

const EXPORT_BATCH_SIZE = 500;

export type ExportSelection = {
  edition: Edition;
  filters: ResultFilters;
  /** Drafts too (their status in the status column); by default submitted responses only. */
  drafts: boolean;
};

function conditions({ edition, filters, drafts }: ExportSelection): SQL[] {
  return [
    eq(responses.editionId, edition.id),
    ...(drafts ? [] : [eq(responses.status, 'submitted' as const)]),
    ...libraryConditions(filters),
  ];
}

/**
 * The selection's size and highest response id at the moment the export
 * starts: the export stops at that id, so responses started meanwhile do not
 * change the row count recorded in the audit log.
 */
export async function measureSelection(db: Db, selection: ExportSelection): Promise<{ rows: number; lastId: number }> {
  const [row] = await db
    .select({ rows: count(), lastId: max(responses.id) })
    .from(responses)
    .innerJoin(libraries, eq(libraries.id, responses.libraryId))
    .where(and(...conditions(selection)));
  return { rows: row?.rows ?? 0, lastId: row?.lastId ?? 0 };
}

/** An answer row as `values()` reads it, without drizzle making an object of each of the million. */
type RowValues = [
  responseId: number,
  questionCode: string,
  optionCode: string | null,
  numberValue: number | null,
  textValue: string | null,
];

/**
 * The two statements of a batch, prepared once per export: the batch's
 * responses, then the answer rows of the responses between the first and
 * the last of them that the selection holds (the same responses: the same
 * conditions over the same range of ids).
 */
function prepareBatchReads(db: Db, selection: ExportSelection) {
  const where = conditions(selection);
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
    .where(and(...where, gt(responses.id, sql.placeholder('afterId')), lte(responses.id, sql.placeholder('lastId'))))
    .orderBy(asc(responses.id))
    .limit(sql.placeholder('size'))
    .prepare();
  const rows = db
    .select({
      responseId: answers.responseId,
      questionCode: answers.questionCode,
      optionCode: answers.optionCode,
      numberValue: answers.numberValue,
      textValue: answers.textValue,
    })
    .from(answers)
    .innerJoin(responses, eq(responses.id, answers.responseId))
    .innerJoin(libraries, eq(libraries.id, responses.libraryId))
    .where(and(...where, gte(responses.id, sql.placeholder('firstId')), lte(responses.id, sql.placeholder('lastId'))))
    // A response's rows in the order they were written, as getCurrentResponse reads them: the index's order, so SQLite need not sort.
    .orderBy(asc(responses.id), asc(answers.id))
    .prepare();
  const toAnswers = answersReader(selection.edition.definition);

  // One read transaction, so both statements see the same responses even if another connection writes in between.
  // It stays synchronous (a snapshot, no awaits inside); the batch as a whole is awaited once.
  const read = db.$client.transaction((afterId: number, lastId: number, size: number) => {
    const batch = heads.all({ afterId, lastId, size });
    const values = batch.length === 0 ? [] : (rows.values({ firstId: batch[0].id, lastId: batch.at(-1)!.id }) as RowValues[]);
    return { batch, values };
  });

  return async (afterId: number, lastId: number, size: number): Promise<ExportResponse[]> => {
    const { batch, values } = read(afterId, lastId, size);
    // Both in id order: each response's rows are the next run of rows.
    let next = 0;
    return batch.map((head) => {
      const own: StoredRow[] = [];
      while (next < values.length && values[next][0] < head.id) next++;
      for (; next < values.length && values[next][0] === head.id; next++) {
        const [, questionCode, optionCode, numberValue, textValue] = values[next];
        own.push({ questionCode, optionCode, numberValue, textValue });
      }
      return { ...head, answers: toAnswers(own) };
    });
  };
}

/** The selection's responses up to `lastId`, a batch at a time, in id order. */
export async function* readResponses(
  db: Db,
  selection: ExportSelection,
  { lastId, batchSize = EXPORT_BATCH_SIZE }: { lastId: number; batchSize?: number },
): AsyncGenerator<ExportResponse[]> {
  const readBatch = prepareBatchReads(db, selection);
  let afterId = 0;
  for (;;) {
    const batch = await readBatch(afterId, lastId, batchSize);
    if (batch.length === 0) return;
    yield batch;
    afterId = batch.at(-1)!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
