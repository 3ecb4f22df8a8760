import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { answers, responses } from '@/db/schema';
import type { Edition } from '@/lib/editions/queries';
import { computeEditionResults, findQuestionResult } from './aggregate';
import { addEdition, addLibrary, addResponse, createTestDb, testDefinition } from './test-db';

let db: Db;
let edition: Edition;
beforeEach(() => {
  db = createTestDb();
  edition = addEdition(db, testDefinition('2023-2024'));
});

function multiBase(): number {
  return findQuestionResult(computeEditionResults({ db, edition }), 'MULTI')!.base.n;
}

describe('answers carry their response’s edition and status', () => {
  it('stops counting a response the moment it turns back into a draft, whoever changes it', () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A'] } });
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['B'], FOLLOW: 'JA' } });
    expect(multiBase()).toBe(2);
    // Not through the save path: a plain UPDATE of the response, as any future writer might do.
    const [first] = db.select({ id: responses.id }).from(responses).all();
    db.update(responses).set({ status: 'draft' }).where(eq(responses.id, first.id)).run();
    expect(db.select({ status: answers.responseStatus }).from(answers).where(eq(answers.responseId, first.id)).all()).toEqual([
      { status: 'draft' },
      { status: 'draft' },
    ]);
    const results = computeEditionResults({ db, edition });
    expect(results.submitted).toBe(1);
    expect(results.inProgress).toBe(1);
    expect(findQuestionResult(results, 'MULTI')!.base.n).toBe(1);
    expect(findQuestionResult(results, 'MULTI')!.options.find((o) => o.code === 'A')!.count).toBe(0);
  });

  it('refuses an answer row whose edition or status differs from its response', () => {
    addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA' }, status: 'draft' });
    const [draft] = db.select({ id: responses.id }).from(responses).all();
    const row = { responseId: draft.id, questionCode: 'MULTI', optionCode: 'A' };
    expect(() => db.insert(answers).values({ ...row, editionId: edition.id, responseStatus: 'submitted' }).run()).toThrow(/FOREIGN KEY/);
    const other = addEdition(db, testDefinition('2024-2025'));
    expect(() => db.insert(answers).values({ ...row, editionId: other.id, responseStatus: 'draft' }).run()).toThrow(/FOREIGN KEY/);
    expect(multiBase()).toBe(0);
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
function explainResultStatements(filters: Record<string, string[]> = {}): string[][] {
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
    computeEditionResults({ db, edition, filters });
  } finally {
    client.prepare = prepare as typeof client.prepare;
  }
  return captured.map(({ sql, params }) =>
    (client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail),
  );
}

describe('result query plans', () => {
  beforeEach(() => {
    for (let i = 0; i < 20; i++) addResponse(db, { editionId: edition.id, answers: { FILTER: 'JA', MULTI: ['A', 'B'], FOLLOW: 'JA', TOTAL: i } });
  });

  it('counts from the edition-led covering indexes without a sort or a lookup of responses', () => {
    const [counts, respondents, ...rest] = explainResultStatements();
    expect(rest).toEqual([]);
    expect(counts).toEqual([expect.stringMatching(/^SEARCH answers USING COVERING INDEX answers_edition_counts_idx \(edition_id=\? AND response_status=\?\)/)]);
    // The GROUP BY per response streams in index order, and the count over it needs no grouping.
    expect(respondents).toEqual([
      expect.stringMatching(/^CO-ROUTINE per_response/),
      expect.stringMatching(/^SEARCH answers USING COVERING INDEX answers_edition_respondents_idx \(edition_id=\? AND response_status=\? AND question_code=\?\)/),
      expect.stringMatching(/^SCAN per_response/),
    ]);
  });

  it('filters by library with a membership test on the same index range: no table lookups, no sort', () => {
    addResponse(db, { editionId: edition.id, province: 'Drenthe', libraryId: addLibrary(db, 'Drenthe'), answers: { FILTER: 'NEE' } });
    const [counts, respondents, ...rest] = explainResultStatements({ province: ['Drenthe'] });
    expect(rest).toEqual([]);
    expect(counts[0]).toMatch(/^SEARCH answers USING COVERING INDEX answers_edition_counts_idx \(edition_id=\? AND response_status=\?\)/);
    expect(counts).toContain('LIST SUBQUERY 1');
    expect(respondents[1]).toMatch(/^SEARCH answers USING COVERING INDEX answers_edition_respondents_idx \(edition_id=\? AND response_status=\? AND question_code=\?\)/);
    expect([...counts, ...respondents].join('\n')).not.toMatch(/TEMP B-TREE|SCAN answers/);
  });
});
