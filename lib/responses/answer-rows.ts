import { listQuestions, otherTextKey, type Definition } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';

export type AnswerRow = {
  questionCode: string;
  optionCode: string | null;
  numberValue: number | null;
  textValue: string | null;
  /**
   * 1 for the first row of the question, then 2, 3… for further choices, so a
   * respondent is counted by counting rows at position 1. Exclusive options
   * come last: a respondent chose a non-exclusive option exactly when the row
   * at position 1 is not exclusive.
   */
  position: number;
};

/**
 * Long form for storage: a row per chosen option, so that counting is a plain
 * GROUP BY. The "Anders" text rides on the row of the option it explains.
 */
export function answersToRows(def: Definition, answers: Answers): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const question of listQuestions(def)) {
    const value = answers[question.code];
    if (value === undefined || value === null) continue;
    if (question.type === 'single' || question.type === 'multiple') {
      const otherOption = question.options.find((o) => o.other)?.code;
      const otherText = answers[otherTextKey(question.code)];
      const chosen = Array.isArray(value) ? (value as string[]) : [value as string];
      const isExclusive = (code: string) => question.options.some((o) => o.code === code && o.exclusive);
      const ordered = [...chosen.filter((c) => !isExclusive(c)), ...chosen.filter(isExclusive)];
      ordered.forEach((optionCode, index) => {
        const text = optionCode === otherOption && typeof otherText === 'string' ? otherText : null;
        rows.push({ questionCode: question.code, optionCode, numberValue: null, textValue: text, position: index + 1 });
      });
    } else if (question.type === 'number') {
      rows.push({ questionCode: question.code, optionCode: null, numberValue: value as number, textValue: null, position: 1 });
    } else {
      rows.push({ questionCode: question.code, optionCode: null, numberValue: null, textValue: value as string, position: 1 });
    }
  }
  return rows;
}

export function rowsToAnswers(def: Definition, rows: Omit<AnswerRow, 'position'>[]): Answers {
  const answers: Answers = {};
  const byCode = new Map(listQuestions(def).map((q) => [q.code, q]));
  for (const row of rows) {
    const question = byCode.get(row.questionCode);
    if (!question) continue;
    if (question.type === 'multiple') {
      const list = (answers[question.code] as string[] | undefined) ?? [];
      // Keep the definition's option order, whatever order the rows come in.
      answers[question.code] = [...list, row.optionCode!].sort(
        (a, b) => question.options.findIndex((o) => o.code === a) - question.options.findIndex((o) => o.code === b),
      );
    } else if (question.type === 'single') {
      answers[question.code] = row.optionCode;
    } else if (question.type === 'number') {
      answers[question.code] = row.numberValue;
    } else {
      answers[question.code] = row.textValue;
    }
    if (row.optionCode && row.textValue !== null && question.type !== 'text') {
      answers[otherTextKey(question.code)] = row.textValue;
    }
  }
  return answers;
}
