import { z } from 'zod/mini';
import { findQuestion, listQuestions, type Definition } from './definition';
import { validationMessage as msg } from './messages';
import { quote, quoteList } from './quote';
import { typeOf } from './types';
import { isEmptyAnswer, pruneAnswers, visibleQuestionCodes, type Answers } from './visibility';

export type ValidationMode = 'draft' | 'submit';

type Problem = { question: string; message: string };

const andMore = (list: string, count: string) => msg('andMore', { list, count });

/**
 * Every problem with an answer set, one entry per message, keyed by question
 * code. Bounded by the definition, not by the request: a few messages per
 * question and "Anders" text, and one entry for all unknown keys.
 */
export function findProblems(def: Definition, answers: Record<string, unknown>, mode: ValidationMode): Problem[] {
  const problems: Problem[] = [];
  const questions = listQuestions(def);
  const visible = visibleQuestionCodes(def, answers as Answers);
  const allowedKeys = new Set<string>();

  const context = { answers, question: (code: string) => findQuestion(def, code) };

  for (const question of questions) {
    const type = typeOf(question);
    allowedKeys.add(question.code);
    const value = answers[question.code];
    const empty = isEmptyAnswer(value);
    const add = (message: string) => problems.push({ question: question.code, message });

    if (!visible.has(question.code)) {
      if (!empty) add(msg('hiddenQuestion'));
    } else if (empty) {
      if (mode === 'submit' && question.required) add(type.requiredMessage(question));
    } else {
      type.checkValue(question, value, context).forEach(add);
    }

    // Keys beside the question's own, such as an "Anders" text.
    type.extraKeys(question).forEach((key) => allowedKeys.add(key));
    for (const problem of type.checkExtras(question, answers, { shown: visible.has(question.code), mode })) {
      problems.push({ question: problem.key, message: problem.message });
    }
  }

  const unknownKeys = Object.keys(answers).filter((key) => !allowedKeys.has(key));
  if (unknownKeys.length > 0) problems.push(unknownKeysProblem(unknownKeys));
  return problems;
}

/**
 * All keys that are no question of this questionnaire, as one entry under the
 * first of them: a request can hold tens of thousands, and the reply must
 * stay small.
 */
function unknownKeysProblem(keys: string[]): Problem {
  const message = keys.length === 1 ? msg('unknownQuestion') : msg('unknownQuestions', { questions: quoteList(keys, andMore) });
  return { question: quote(keys[0]), message };
}

/**
 * A JSON object of answers, passed on as it is. Not z.record: that silently
 * drops an own "__proto__" key (which JSON.parse does create), so such a key
 * would be ignored instead of refused as an unknown question.
 */
export const answersObjectSchema = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

/**
 * The one zod schema for a questionnaire's answers, used by react-hook-form in
 * the browser and by the API on the server. `draft` allows open required
 * questions (autosave); `submit` does not. Output: answers without empty values.
 */
export function buildAnswersSchema(def: Definition, mode: ValidationMode) {
  return z.pipe(
    answersObjectSchema.check(
      z.superRefine((answers, ctx) => {
        for (const problem of findProblems(def, answers, mode)) {
          ctx.addIssue({ code: 'custom', path: [problem.question], message: problem.message });
        }
      }),
    ),
    z.transform((answers: Record<string, unknown>) => pruneAnswers(def, answers as Answers)),
  );
}

/** Problems as the API reports them: one entry per question, messages joined. */
export function problemsByQuestion(issues: z.core.$ZodIssue[]): Problem[] {
  const grouped = new Map<string, string[]>();
  for (const issue of issues) {
    const question = String(issue.path[0] ?? '');
    const messages = grouped.get(question);
    if (messages) messages.push(issue.message);
    else grouped.set(question, [issue.message]);
  }
  return [...grouped].map(([question, messages]) => ({ question, message: messages.join(' ') }));
}
