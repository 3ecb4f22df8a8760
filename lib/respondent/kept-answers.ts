import { listQuestions, type Definition, type Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { isEmptyAnswer, pruneAnswers, visibleQuestionCodes, type AnswerValue, type Answers } from '@/lib/questionnaire/visibility';
import { formKeysOf } from './pages';

/*
 * Answers the form holds but does not send: those of questions a choice hid,
 * and "Anders" texts whose option was unticked. The server refuses them, yet
 * the respondent gets them back when the choice is undone.
 */

/** The answers pruning leaves out of what is sent. */
export function keptBackAnswers(def: Definition, answers: Answers): Answers {
  const sent = pruneAnswers(def, answers);
  return Object.fromEntries(Object.entries(answers).filter(([key, value]) => !(key in sent) && !isEmptyAnswer(value)));
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return (
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

function formKeys(def: Definition): Set<string> {
  return new Set(listQuestions(def).flatMap(formKeysOf));
}

/**
 * Adds answers kept back earlier to the answers being shown, where the
 * question has no answer of its own and only those that stay kept back
 * together, so what is sent never changes by it.
 */
export function restoreKeptAnswers(def: Definition, answers: Answers, kept: Record<string, unknown>): Answers {
  const known = formKeys(def);
  const candidates = Object.entries(kept).filter(
    (entry): entry is [string, AnswerValue] => known.has(entry[0]) && isAnswerValue(entry[1]) && isEmptyAnswer(answers[entry[0]]),
  );
  // Conditions only ever show more when answers are added, so what is still
  // held back with every candidate present stays held back with fewer.
  const shown = pruneAnswers(def, { ...answers, ...Object.fromEntries(candidates) });
  return { ...answers, ...Object.fromEntries(candidates.filter(([key]) => !(key in shown))) };
}

export type KeptBackNotice = {
  /** The visible choice question whose answer hides the others. */
  question: string;
  /** How many hidden questions have answers kept back. */
  count: number;
  /** The option chosen there, when its answer is always one option (a single choice) and it was answered. */
  chosen?: string;
  /** The options that would show the hidden questions again. */
  showing: string[];
};

function hasKeptAnswer(question: Question, answers: Answers): boolean {
  return formKeysOf(question).some((key) => !isEmptyAnswer(answers[key]));
}

/**
 * Per visible choice question, the hidden questions with answers kept back
 * because of it. A question behind a hidden question counts for the visible
 * question that hides the whole chain.
 */
export function keptBackNotices(def: Definition, answers: Answers): KeptBackNotice[] {
  const questions = listQuestions(def);
  const visible = visibleQuestionCodes(def, answers);
  const cause = new Map<string, string>();
  const notices = new Map<string, { count: number; showing: Set<string> }>();
  for (const question of questions) {
    if (visible.has(question.code) || !question.condition) continue;
    const target = question.condition.question;
    const root = visible.has(target) ? target : cause.get(target);
    if (!root) continue;
    cause.set(question.code, root);
    const notice = notices.get(root) ?? { count: 0, showing: new Set<string>() };
    if (target === root) question.condition.anyOf.forEach((code) => notice.showing.add(code));
    if (hasKeptAnswer(question, answers)) notice.count += 1;
    notices.set(root, notice);
  }
  return questions.flatMap((question) => {
    const notice = notices.get(question.code);
    const choice = typeOf(question).choice;
    if (!notice || notice.count === 0 || !choice) return [];
    const options = choice.options(question);
    const label = (code: string) => options.find((o) => o.code === code)?.label ?? code;
    const chosen = choice.soleChoice(question, answers[question.code]);
    return [
      {
        question: question.code,
        count: notice.count,
        chosen: chosen === undefined ? undefined : label(chosen),
        showing: options.filter((o) => notice.showing.has(o.code)).map((o) => o.label),
      },
    ];
  });
}
