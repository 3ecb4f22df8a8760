import { choiceOptions, findQuestion, type Condition, type Definition } from '@/lib/questionnaire/definition';
import { questionNumbers } from './pages';
import { fillTemplate } from '@/lib/fill-template';

export type ConditionWording = {
  /** E.g. "Alleen beantwoorden als je bij vraag {number} {options} hebt gekozen." */
  sentence: string;
  /** Joins the last two option labels: "of". */
  or: string;
};

/** Option labels quoted and listed: "'A', 'B' of 'C'". */
export function optionList(labels: string[], or: string): string {
  const quoted = labels.map((label) => `'${label}'`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${or} ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/**
 * A question's condition as a Dutch sentence for the printed questionnaire:
 * "Alleen beantwoorden als je bij vraag 1 'Ja' hebt gekozen."
 */
export function conditionSentence(def: Definition, condition: Condition, wording: ConditionWording): string {
  const target = findQuestion(def, condition.question);
  const number = questionNumbers(def).get(condition.question);
  const labels = condition.anyOf.map((code) => {
    const option = target ? choiceOptions(target).find((o) => o.code === code) : undefined;
    return option?.label ?? code;
  });
  const options = optionList(labels, wording.or);
  return fillTemplate(wording.sentence, { number: number ?? condition.question, options });
}
