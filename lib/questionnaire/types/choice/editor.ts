import type { ChoiceQuestion, Option, Question } from '@/lib/questionnaire/definition';
import { typeOf } from '../index';

/** The earlier question's choice fields, when it was a choice question: they carry over between choice types. */
export function choiceParts(previous: Question | undefined): { options?: Option[]; followUpsName?: string; resultSentence?: string } {
  const choice = previous && typeOf(previous).choice;
  if (!previous || !choice) return {};
  const { followUpsName, resultSentence } = previous as ChoiceQuestion;
  return { options: [...choice.options(previous)], followUpsName, resultSentence };
}
