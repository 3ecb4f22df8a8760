import type { Question } from '../definition';
import { typeResults } from './registry/results';
import type { TypeResults } from './surfaces';

/** The results part of a question's type (`<type>/results.ts`), by the question or the type a result names. */
export function resultsOf<Q extends Question>(question: Pick<Q, 'type'>): TypeResults<Q> {
  // Sound by the registry's type: each name maps to the results of the questions with that name.
  return typeResults[question.type] as unknown as TypeResults<Q>;
}
