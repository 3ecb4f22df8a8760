import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { answers, responses } from '@/db/schema';
import type { Edition } from '@/lib/editions/queries';
import { computeEditionResults, findQuestionResult } from './aggregate';
import { addEdition, addLibrary, addResponse, openTestDb, testDefinition } from '@/tests/support/results-db';

// Cases of 1 to 3 responses, below the minimum group size: `minimumGroupSize: 0` looks at the counts themselves.
let db: Db;
let edition: Edition;
beforeEach(async () => {
  db = await openTestDb();
  edition = addEdition(db, testDefinition('2023-2024'));
});

async function multiBase(): Promise<number> {
  return findQuestionResult(await computeEditionResults({ db, edition, minimumGroupSize: 0 }), 'MULTI')!.base.n;
}

describe('answers carry their response’s edition and status', () => {
  it('stops counting a response the moment it turns back into a draft, whoever changes it', async () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['B'], FOLLOW: 'JA' } });
    expect(await multiBase()).toBe(2);
    // Not through the save path: a plain UPDATE of the response, as any future writer might do.
    const [first] = db.select({ id: responses.id }).from(responses).all();
    db.update(responses).set({ status: 'draft' }).where(eq(responses.id, first.id)).run();
    expect(db.select({ status: answers.responseStatus }).from(answers).where(eq(answers.responseId, first.id)).all()).toEqual([
      { status: 'draft' },
      { status: 'draft' },
    ]);
    const results = await computeEditionResults({ db, edition, minimumGroupSize: 0 });
    expect(results.submitted).toBe(1);
    expect(results.inProgress).toBe(1);
    expect(findQuestionResult(results, 'MULTI')!.base.n).toBe(1);
    expect(findQuestionResult(results, 'MULTI')!.options.find((o) => o.code === 'A')!.count).toBe(0);
  });

  it('refuses an answer row whose edition or status differs from its response', async () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA' }, status: 'draft' });
    const [draft] = db.select({ id: responses.id }).from(responses).all();
    const row = { responseId: draft.id, questionCode: 'MULTI', optionCode: 'A', position: 1 };
    expect(() =>
      db
        .insert(answers)
        .values({ ...row, editionId: edition.id, responseStatus: 'submitted' })
        .run(),
    ).toThrow(/FOREIGN KEY/);
    const other = addEdition(db, testDefinition('2024-2025'));
    expect(() =>
      db
        .insert(answers)
        .values({ ...row, editionId: other.id, responseStatus: 'draft' })
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(await multiBase()).toBe(0);
  });

  it('counts a respondent once per question and the at-least-one share from the rows at position 1', async () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A', 'B', 'C'], FOLLOW: 'JA' } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['NONE'] } });
    // Not valid (the exclusive option stands alone), but stored exclusive-last it still counts as choosing another option.
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['NONE', 'B'], FOLLOW: 'NEE' } });
    const multi = findQuestionResult(await computeEditionResults({ db, edition, minimumGroupSize: 0 }), 'MULTI')!;
    expect(multi.base.n).toBe(3);
    expect(multi.atLeastOne).toMatchObject({ count: 2, percent: 67 });
    expect(multi.options.map((o) => [o.code, o.count])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 1],
      ['NONE', 2],
    ]);
  });

  it('deletes the answers with their response', () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A', 'B'] } });
    const [response] = db.select({ id: responses.id }).from(responses).all();
    db.delete(responses).where(eq(responses.id, response.id)).run();
    expect(db.select().from(answers).all()).toEqual([]);
  });
});

/**
 * The statements the results run, as SQLite will execute them: captured while
 * computing, then explained with the same parameters.
 */
async function explainResultStatements(filters: Record<string, string[]> = {}): Promise<string[][]> {
  const captured: { sql: string; params: unknown[] }[] = [];
  const client = db.$client;
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => {
    const statement = prepare(source);
    if (!/from "answers"|cross join "answers"/.test(source)) return statement;
    for (const method of ['all', 'get'] as const) {
      const run = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      statement[method] = ((...params: unknown[]) => {
        captured.push({ sql: source, params });
        return run(...params);
      }) as never;
    }
    return statement;
  }) as typeof client.prepare;
  try {
    await computeEditionResults({ db, edition, filters, minimumGroupSize: 0 });
  } finally {
    client.prepare = prepare as typeof client.prepare;
  }
  return captured.map(({ sql, params }) =>
    (client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail),
  );
}

describe('result query plans', () => {
  beforeEach(() => {
    for (let i = 0; i < 20; i++)
      addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A', 'B'], FOLLOW: 'JA', TOTAL: i } });
  });

  it('counts everything in one statement from the edition-led covering index, without a sort or a lookup of responses', async () => {
    expect(await explainResultStatements()).toEqual([
      [expect.stringMatching(/^SEARCH answers USING COVERING INDEX answers_edition_counts_idx \(edition_id=\? AND response_status=\?\)$/)],
    ]);
  });

  it('filters by library with a membership test on the same index range: no table lookups, no sort', async () => {
    addResponse(db, { editionId: edition.id, province: 'Drenthe', libraryId: addLibrary(db, 'Drenthe'), answers: { FILTER: 'NEE' } });
    const [counts, ...rest] = await explainResultStatements({ province: ['Drenthe'] });
    expect(rest).toEqual([]);
    expect(counts[0]).toMatch(/^SEARCH answers USING COVERING INDEX answers_edition_counts_idx \(edition_id=\? AND response_status=\?\)/);
    expect(counts).toContain('LIST SUBQUERY 1');
    expect(counts.join('\n')).not.toMatch(/TEMP B-TREE|SCAN answers/);
  });
});
