import type { Definition, Page } from '@/lib/questionnaire/definition';

/** The definition's pages that show at least one question for these answers, in order. */
export function visiblePages(def: Definition, visible: Set<string>): Page[] {
  return def.pages.filter((page) => page.questions.some((q) => visible.has(q.code)));
}

/** Questions numbered 1..n in definition order, as the printed questionnaire shows them. */
export function questionNumbers(def: Definition): Map<string, number> {
  return new Map(def.pages.flatMap((page) => page.questions).map((q, i) => [q.code, i + 1]));
}
