import { listQuestions, type Condition, type Definition } from './definition';
import { isEmptyAnswer, type Answers } from './answer-value';
import { typeOf } from './types';
import { chosenCodes } from './types/choice/type';

export { isEmptyAnswer, type AnswerValue, type Answers } from './answer-value';

export function conditionHolds(condition: Condition, answers: Answers, visible: Set<string>): boolean {
  if (!visible.has(condition.question)) return false;
  const chosen = chosenCodes(answers[condition.question]);
  return condition.anyOf.some((code) => chosen.includes(code));
}

/** Codes of the questions shown for these answers (visibilityOf). */
export function visibleQuestionCodes(def: Definition, answers: Answers): Set<string> {
  const shown = visibilityOf(def)(answers);
  return new Set(listQuestions(def).flatMap((question, i) => (shown[i] ? [question.code] : [])));
}

/**
 * Whether each question is shown for given answers, in the order of
 * listQuestions. One pass in definition order is enough because conditions
 * only refer to earlier questions; a question behind a hidden question is
 * hidden too. The questions are listed, and each condition's question found,
 * once: the exports ask this for every response of an edition.
 */
export function visibilityOf(def: Definition): (answers: Answers) => boolean[] {
  const questions = listQuestions(def);
  const plan = questions.map(({ condition }) => {
    if (!condition) return null;
    // One that names no earlier question (which the loader refuses) hides its question.
    const source = questions.findIndex((q) => q.code === condition.question);
    return { source, anyOf: condition.anyOf };
  });
  return (answers) => {
    const shown: boolean[] = new Array(plan.length);
    for (let i = 0; i < plan.length; i++) {
      const condition = plan[i];
      if (!condition) shown[i] = true;
      else if (condition.source < 0 || condition.source >= i || !shown[condition.source]) shown[i] = false;
      else {
        const chosen = chosenCodes(answers[questions[condition.source].code]);
        shown[i] = condition.anyOf.some((code) => chosen.includes(code));
      }
    }
    return shown;
  };
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
