import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/messages';
import { listQuestions } from '@/lib/questionnaire/definition';
import { loadBundledDefinitions } from '@/cli/seed/questionnaires';
import { typeOf } from '@/lib/questionnaire/types';

const t = createTranslator({ locale: 'nl', messages, namespace: 'respondent.printPage' });

/** A sentence compared without its closing full stop and case, so "Kies maximaal drie." matches "kies maximaal drie antwoorden". */
const bare = (sentence: string) => sentence.replace(/\.$/, '').toLowerCase();

/*
 * The form and the printout state each question's rules themselves, from the
 * definition (the most choices, the number range, the longest text): a
 * description that says it again shows the rule twice, and would go on
 * saying the old rule if the maximum changed.
 */
describe('the bundled questionnaires', () => {
  const cases = loadBundledDefinitions().flatMap((definition) =>
    listQuestions(definition)
      .filter((question) => question.description)
      .map((question) => [`${definition.edition} ${question.code}`, question] as const),
  );

  it.each(cases)('%s: the description does not repeat a rule the form already shows', (_name, question) => {
    const rules = typeOf(question)
      .printNotes(question, (code) => code)
      .map((note) => bare(t(note.key, note.values)));
    const description = question.description!.toLowerCase();
    expect(rules.filter((rule) => description.includes(rule))).toEqual([]);
  });
});
