import messages from '@/messages/nl/results.json';
import { fillTemplate } from '@/lib/fill-template';

const text = messages.results;

/** The parts of a question (lib/questionnaire/definition.ts) its result wording reads. */
type WordedQuestion = { condition?: unknown; required?: boolean; resultBase?: string; resultSentence?: string };

// Re-exported: the results' and exports' wording has always filled its texts from here.
export { fillTemplate };

/**
 * The base as the publication words it: questions behind a condition are a
 * "Selectie" of the respondents, described by the definition's `resultBase`.
 */
export function baseLabel(question: Pick<WordedQuestion, 'condition' | 'required' | 'resultBase'>): string {
  if (!question.condition) return question.required ? text.baseAll : text.baseAnswered;
  return fillTemplate(text.baseSelection, { description: question.resultBase ?? text.baseSelectionDefault });
}

const percentFormat = new Intl.NumberFormat('nl-NL');

/** "70% van de bibliotheken noemt een goed verlopende samenwerking met scholen …" */
export function optionSentence(
  question: Pick<WordedQuestion, 'resultSentence'>,
  option: { label: string; resultPhrase?: string },
  percent: number,
): string {
  const phrase = option.resultPhrase ?? option.label.charAt(0).toLowerCase() + option.label.slice(1);
  if (question.resultSentence) return fillTemplate(question.resultSentence, { percent: percentFormat.format(percent), option: phrase });
  return fillTemplate(text.defaultSentence, { percent: percentFormat.format(percent), option: option.label });
}
