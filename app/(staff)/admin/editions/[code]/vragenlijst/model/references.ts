import type { Definition, Question } from '@/lib/questionnaire/definition';
import { renameTypeReferences } from '../types/fresh';
import { getAt, setAt, type Path } from './paths';

function mapQuestions(definition: Definition, fn: (question: Question) => Question): Definition {
  return { ...definition, pages: definition.pages.map((page) => ({ ...page, questions: page.questions.map(fn) })) };
}

function renameQuestion(question: Question, from: string, to: string): Question {
  const renamed = renameTypeReferences(question, from, to);
  return renamed.condition?.question === from ? { ...renamed, condition: { ...renamed.condition, question: to } } : renamed;
}

/**
 * Sets a question's code; conditions and limits that named the old code
 * follow, unless another question has that code too (then it is unclear
 * which one they mean, and the schema will say where).
 */
export function setQuestionCode(definition: Definition, questionPath: Path, code: string): Definition {
  const from = (getAt(definition, questionPath) as Question).code;
  const shared = definition.pages.flatMap((page) => page.questions).filter((q) => q.code === from).length > 1;
  const updated = setAt(definition, [...questionPath, 'code'], code);
  if (shared || from === code || from === '') return updated;
  return mapQuestions(updated, (question) => renameQuestion(question, from, code));
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
