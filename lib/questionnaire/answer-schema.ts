import { z } from 'zod';
import {
  OTHER_TEXT_MAX_LENGTH,
  findQuestion,
  listQuestions,
  otherTextKey,
  type Definition,
  type Question,
} from './definition';
import { validationMessage as msg } from './messages';
import { formatCount, isWellFormedText, quote, quoteList } from './quote';
import { isEmptyAnswer, pruneAnswers, visibleQuestionCodes, type Answers } from './visibility';

export type ValidationMode = 'draft' | 'submit';

type Problem = { question: string; message: string };

const andMore = (list: string, count: string) => msg('andMore', { list, count });

/** Problems of a free text, whose length the caller bounds. */
function checkText(text: string, maxLength: number): string[] {
  if (text.length > maxLength) return [msg('maxLength', { max: maxLength, length: text.length })];
  if (!isWellFormedText(text)) return [msg('malformedText')];
  return [];
}

/**
 * Checks one question's value. Returns Dutch messages; an empty list means the
 * value is acceptable. Emptiness is handled by the caller. The work is linear
 * in the size of the value, and a message quotes at most a short excerpt of it.
 */
function checkValue(def: Definition, question: Question, value: unknown, answers: Record<string, unknown>): string[] {
  switch (question.type) {
    case 'single': {
      if (typeof value !== 'string') return [msg('singleType')];
      if (!question.options.some((o) => o.code === value)) return [msg('unknownOption', { option: quote(value) })];
      return [];
    }
    case 'multiple': {
      if (!Array.isArray(value)) return [msg('multipleType')];
      // Refused on its length alone, before any look at its elements: a list
      // longer than the options cannot be valid, and the rest of the checks
      // then handle at most as many elements as the definition has options.
      if (value.length > question.options.length) {
        return [msg('tooManyOptions', { count: formatCount(value.length), options: question.options.length })];
      }
      if (value.some((v) => typeof v !== 'string')) return [msg('multipleType')];
      const problems: string[] = [];
      const codes = value as string[];
      const known = new Set(question.options.map((o) => o.code));
      const unknown = codes.filter((c) => !known.has(c));
      if (unknown.length > 0) problems.push(msg('unknownOption', { option: quoteList(unknown, andMore) }));
      const chosen = new Set<string>();
      const duplicates = new Set<string>();
      for (const c of codes) (chosen.has(c) ? duplicates : chosen).add(c);
      if (duplicates.size > 0) problems.push(msg('duplicateOption', { option: quoteList([...duplicates], andMore) }));
      if (question.maxChoices !== undefined && codes.length > question.maxChoices) {
        problems.push(msg('maxChoices', { max: question.maxChoices }));
      }
      for (const option of question.options) {
        if (option.exclusive && chosen.has(option.code) && chosen.size > 1) {
          problems.push(msg('exclusive', { label: option.label }));
        }
      }
      return problems;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return [msg('numberType')];
      if (question.integer && !Number.isInteger(value)) return [msg('integer')];
      if (value < question.min) return [msg('min', { min: question.min })];
      if (value > question.max) return [msg('max', { max: question.max })];
      if (question.atMost) {
        const limit = answers[question.atMost];
        if (typeof limit === 'number' && Number.isFinite(limit) && value > limit) {
          // Respondents know the other question by its wording, not by its code.
          return [msg('atMost', { other: findQuestion(def, question.atMost)?.text ?? question.atMost, value: limit })];
        }
      }
      return [];
    }
    case 'text': {
      if (typeof value !== 'string') return [msg('textType')];
      return checkText(value, question.maxLength);
    }
  }
}

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

  for (const question of questions) {
    allowedKeys.add(question.code);
    const value = answers[question.code];
    const empty = isEmptyAnswer(value);
    const add = (message: string, code = question.code) => problems.push({ question: code, message });

    if (!visible.has(question.code)) {
      if (!empty) add(msg('hiddenQuestion'));
    } else if (empty) {
      if (mode === 'submit' && question.required) add(msg('required'));
    } else {
      checkValue(def, question, value, answers).forEach((m) => add(m));
    }

    if (question.type !== 'single' && question.type !== 'multiple') continue;
    const other = question.options.find((o) => o.other);
    if (!other) continue;
    const key = otherTextKey(question.code);
    allowedKeys.add(key);
    const text = answers[key];
    const chosen = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    const otherChosen = visible.has(question.code) && chosen.includes(other.code);
    if (isEmptyAnswer(text)) {
      if (otherChosen && mode === 'submit') add(msg('otherRequired', { label: other.label }), key);
    } else if (typeof text !== 'string') {
      add(msg('textType'), key);
    } else if (!otherChosen) {
      add(msg('otherWithoutOption', { label: other.label }), key);
    } else {
      checkText(text, OTHER_TEXT_MAX_LENGTH).forEach((m) => add(m, key));
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
  return answersObjectSchema
    .superRefine((answers, ctx) => {
      for (const problem of findProblems(def, answers, mode)) {
        ctx.addIssue({ code: 'custom', path: [problem.question], message: problem.message });
      }
    })
    .transform((answers) => pruneAnswers(def, answers as Answers));
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
