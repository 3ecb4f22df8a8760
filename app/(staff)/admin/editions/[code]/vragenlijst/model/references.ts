import type { Definition, Question } from '@/lib/questionnaire/definition';
import { mapQuestions } from '@/lib/questionnaire/types/editing/model/option-code';
import { getAt, setAt, type Path } from '@/lib/questionnaire/types/editing/model/paths';
import { renameTypeReferences } from '../types/fresh';

function renameQuestion(question: Question, from: string, to: string): Question {
  const renamed = renameTypeReferences(question, from, to);
  return renamed.condition?.question === from ? { ...renamed, condition: { ...renamed.condition, question: to } } : renamed;
}

/**
 * Sets a question's code; conditions and limits that named the old code
 * follow, unless another question has that code too (then it is unclear
 * which one they mean, and the schema will say where). It asks each type's
 * editor.ts for its own references, so it stays here, above the type
 * registry; an option's code (lib/questionnaire/types/editing/model/
 * option-code.ts) needs no type and sits below it.
 */
export function setQuestionCode(definition: Definition, questionPath: Path, code: string): Definition {
  const from = (getAt(definition, questionPath) as Question).code;
  const shared = definition.pages.flatMap((page) => page.questions).filter((q) => q.code === from).length > 1;
  const updated = setAt(definition, [...questionPath, 'code'], code);
  if (shared || from === code || from === '') return updated;
  return mapQuestions(updated, (question) => renameQuestion(question, from, code));
}
