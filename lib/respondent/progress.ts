import type { Definition } from '@/lib/questionnaire/definition';
import { conditionHolds, isEmptyAnswer, type Answers } from '@/lib/questionnaire/visibility';

type Shown = 'shown' | 'hidden' | 'open';

/**
 * "Stap x van y" for the page with code `currentPage`, counted over the
 * pages the respondent will see as the answers so far determine them.
 *
 * Counting only the pages shown now made the total jump: before the filter
 * question is answered its follow-up pages are hidden, so choosing "Ja" took
 * "Stap 1 van 2" to "Stap 1 van 4" and the bar shrank. Here a question whose
 * condition rests on an answer still to be given (on this page or later,
 * empty) counts as likely shown; an empty answer on a page already passed is
 * settled. So filling in answers going forward only ever lowers the total,
 * and the step is the number of pages shown so far. When nothing shown
 * follows this page, the form offers sending here, and so this is the last step.
 */
export function progressOf(def: Definition, answers: Answers, currentPage: string): { step: number; total: number } {
  const currentIndex = def.pages.findIndex((page) => page.code === currentPage);
  const pageOf = new Map(def.pages.flatMap((page, p) => page.questions.map((q) => [q.code, p] as const)));
  const state = new Map<string, Shown>();
  for (const question of def.pages.flatMap((page) => page.questions)) {
    const condition = question.condition;
    if (!condition) {
      state.set(question.code, 'shown');
      continue;
    }
    const source = state.get(condition.question) ?? 'hidden';
    const settled = (pageOf.get(condition.question) ?? 0) < currentIndex || !isEmptyAnswer(answers[condition.question]);
    if (source !== 'shown') state.set(question.code, source);
    else if (!settled) state.set(question.code, 'open');
    else state.set(question.code, conditionHolds(condition, answers, new Set([condition.question])) ? 'shown' : 'hidden');
  }
  const counted = (p: number, allow: Shown[]) => def.pages[p].questions.some((q) => allow.includes(state.get(q.code)!));
  const before = def.pages.slice(0, currentIndex).filter((_, p) => counted(p, ['shown'])).length;
  const after = def.pages.map((_, p) => p).filter((p) => p > currentIndex);
  const offersSending = !after.some((p) => counted(p, ['shown']));
  const likely = offersSending ? 0 : after.filter((p) => counted(p, ['shown', 'open'])).length;
  return { step: before + 1, total: before + 1 + likely };
}
