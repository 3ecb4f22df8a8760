import type { Definition, Question } from '@/lib/questionnaire/definition';
import { getAt, setAt, type Path } from './paths';

/** Every question of the definition passed through fn (a code rename follows through all of them). */
export function mapQuestions(definition: Definition, fn: (question: Question) => Question): Definition {
  return { ...definition, pages: definition.pages.map((page) => ({ ...page, questions: page.questions.map(fn) })) };
}

/** Sets an option's code; conditions on its question that chose the old code follow, unless it was not unique there. */
export function setOptionCode(definition: Definition, questionPath: Path, optionIndex: number, code: string): Definition {
  const question = getAt(definition, questionPath) as Question & { options: { code: string }[] };
  const from = question.options[optionIndex].code;
  const shared = question.options.filter((o) => o.code === from).length > 1;
  const updated = setAt(definition, [...questionPath, 'options', optionIndex, 'code'], code);
  if (shared || from === code || from === '') return updated;
  return mapQuestions(updated, (q) =>
    q.condition?.question === question.code
      ? { ...q, condition: { ...q.condition, anyOf: q.condition.anyOf.map((c) => (c === from ? code : c)) } }
      : q,
  );
}
