import { listQuestions, type Condition, type Definition } from './definition';
import { isEmptyAnswer, type Answers } from './answer-value';
import { typeOf } from './types';
import { chosenCodes } from './types/choice';

export { isEmptyAnswer, type AnswerValue, type Answers } from './answer-value';

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
    for (const key of typeOf(question).askedExtraKeys(question, value)) {
      if (!isEmptyAnswer(answers[key])) result[key] = answers[key];
    }
  }
  return result;
}
