import type { DefinitionInput } from '@/lib/questionnaire/definition';

export type QuestionInput = DefinitionInput['pages'][number]['questions'][number];

/** The routing question the test questionnaires open with: what follows is asked of the libraries that answer JA. */
const filterQuestion: QuestionInput = {
  code: 'FILTER',
  type: 'single',
  text: 'Werkt u samen?',
  required: true,
  options: [
    { code: 'JA', label: 'Ja' },
    { code: 'NEE', label: 'Nee' },
  ],
};

/** A one-page questionnaire: the filter question, then `questions`. */
export function filteredDefinition(edition: string, title: string, questions: QuestionInput[]): DefinitionInput {
  return { edition, title, pages: [{ code: 'P1', title: 'Eén', questions: [filterQuestion, ...questions] }] };
}
