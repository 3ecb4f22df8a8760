import {
  listQuestions,
  otherTextKey,
  type Condition,
  type Definition,
} from './definition';

/** A value as it travels in the API and the form: option code(s), number or text. */
export type AnswerValue = string | string[] | number | null;
export type Answers = Record<string, AnswerValue | undefined>;

export function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'number' && Number.isNaN(value))
  );
}

function chosenCodes(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function conditionHolds(condition: Condition, answers: Answers, visible: Set<string>): boolean {
  if (!visible.has(condition.question)) return false;
  const chosen = chosenCodes(answers[condition.question]);
  return condition.anyOf.some((code) => chosen.includes(code));
}

/**
 * Codes of the questions shown for these answers. One pass in definition order
 * is enough because conditions only refer to earlier questions; a question
 * behind a hidden question is hidden too.
 */
export function visibleQuestionCodes(def: Definition, answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const question of listQuestions(def)) {
    if (!question.condition || conditionHolds(question.condition, answers, visible)) visible.add(question.code);
  }
  return visible;
}

/**
 * Drops answers to questions that the other answers hide, and "Anders" texts
 * whose option is not chosen. The form runs this before every save, so an
 * answer that became hidden is not sent (the form keeps it, in case the
 * choice is undone); the server refuses what is left over.
 */
export function pruneAnswers(def: Definition, answers: Answers): Answers {
  const questions = listQuestions(def);
  const visible = visibleQuestionCodes(def, answers);
  const result: Answers = {};
  for (const question of questions) {
    if (!visible.has(question.code)) continue;
    const value = answers[question.code];
    if (isEmptyAnswer(value)) continue;
    result[question.code] = value;
    if (question.type === 'single' || question.type === 'multiple') {
      const other = question.options.find((o) => o.other);
      const key = otherTextKey(question.code);
      if (other && chosenCodes(value).includes(other.code) && !isEmptyAnswer(answers[key])) {
        result[key] = answers[key];
      }
    }
  }
  return result;
}
