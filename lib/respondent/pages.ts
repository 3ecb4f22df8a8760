import { listQuestions, type Definition, type Page, type Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import type { Answers } from '@/lib/questionnaire/visibility';

/** The definition's pages that show at least one question for these answers, in order. */
export function visiblePages(def: Definition, visible: Set<string>): Page[] {
  return def.pages.filter((page) => page.questions.some((q) => visible.has(q.code)));
}

/** Questions numbered 1..n in definition order, as the printed questionnaire shows them. */
export function questionNumbers(def: Definition): Map<string, number> {
  return new Map(def.pages.flatMap((page) => page.questions).map((q, i) => [q.code, i + 1]));
}

/** Form keys a page asks for now: its visible questions, plus keys beside them in use ("Anders" texts whose option is chosen). */
export function fieldsOf(page: Page, visible: Set<string>, answers: Answers): string[] {
  return page.questions.filter((q) => visible.has(q.code)).flatMap((q) => [q.code, ...typeOf(q).askedExtraKeys(q, answers[q.code])]);
}

/** A question's keys in the form: its own and those beside it ("Anders" text). */
export function formKeysOf(question: Question): string[] {
  return [question.code, ...typeOf(question).extraKeys(question)];
}

/** The question a form key belongs to: its own code, or a key beside it ("Anders" text). */
export function questionOfKey(def: Definition, key: string): Question | undefined {
  return listQuestions(def).find((q) => formKeysOf(q).includes(key));
}
