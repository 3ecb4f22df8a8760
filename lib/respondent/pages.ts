import { otherTextKey, type Definition, type Page } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';

/** The definition's pages that show at least one question for these answers, in order. */
export function visiblePages(def: Definition, visible: Set<string>): Page[] {
  return def.pages.filter((page) => page.questions.some((q) => visible.has(q.code)));
}

/** Questions numbered 1..n in definition order, as the printed questionnaire shows them. */
export function questionNumbers(def: Definition): Map<string, number> {
  return new Map(def.pages.flatMap((page) => page.questions).map((q, i) => [q.code, i + 1]));
}

/** Form keys a page asks for now: its visible questions, plus "Anders" texts whose option is chosen. */
export function fieldsOf(page: Page, visible: Set<string>, answers: Answers): string[] {
  return page.questions
    .filter((q) => visible.has(q.code))
    .flatMap((q) => {
      if (q.type !== 'single' && q.type !== 'multiple') return [q.code];
      const other = q.options.find((o) => o.other);
      const value = answers[q.code];
      const chosen = Array.isArray(value) ? value : [value];
      return other && chosen.includes(other.code) ? [q.code, otherTextKey(q.code)] : [q.code];
    });
}
