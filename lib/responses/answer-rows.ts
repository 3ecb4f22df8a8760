import { listQuestions, type Definition, type Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import type { AnswerRow, StoredRow } from '@/lib/questionnaire/types/question-type';
import type { Answers } from '@/lib/questionnaire/visibility';

export type { AnswerRow };

/**
 * Long form for storage, so that counting is a plain GROUP BY: each question's
 * type says which rows its answer is (a row per chosen option, or one value).
 */
export function answersToRows(def: Definition, answers: Answers): AnswerRow[] {
  return listQuestions(def).flatMap((question) => typeOf(question).toRows(question, answers));
}

/** The answers stored as these rows; rows of questions the definition does not have are skipped. */
export function rowsToAnswers(def: Definition, rows: StoredRow[]): Answers {
  return answersReader(def)(rows);
}

/**
 * rowsToAnswers with the definition's questions looked up once, for reading
 * many responses of one edition (the exports).
 */
export function answersReader(def: Definition): (rows: StoredRow[]) => Answers {
  const byCode = new Map(listQuestions(def).map((q) => [q.code, q]));
  return (rows) => answersOf(byCode, rows);
}

function answersOf(byCode: ReadonlyMap<string, Question>, rows: StoredRow[]): Answers {
  const perQuestion = new Map<string, StoredRow[]>();
  for (const row of rows) {
    if (!byCode.has(row.questionCode)) continue;
    const list = perQuestion.get(row.questionCode);
    if (list) list.push(row);
    else perQuestion.set(row.questionCode, [row]);
  }
  const answers: Answers = {};
  for (const [code, questionRows] of perQuestion) {
    const question = byCode.get(code)!;
    Object.assign(answers, typeOf(question).fromRows(question, questionRows));
  }
  return answers;
}
