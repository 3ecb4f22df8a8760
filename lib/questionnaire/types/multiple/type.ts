import { z } from 'zod/mini';
import type { Question } from '../../definition';
import { validationMessage as msg } from '../../messages';
import { formatCount, quoteList } from '../../quote';
import { countInWords } from '../../number-words';
import {
  askedOtherTextKeys,
  checkOptionCodes,
  checkOtherText,
  choiceNotes,
  choiceSubject,
  choiceQuestion,
  describeChoice,
  optionRows,
  otherTextCellWriter,
  otherTextColumns,
  otherTextFromRows,
  otherTextKeys,
  otherTextSource,
  publicOptions,
  type PublicOption,
} from '../choice/type';
import { NOT_ANSWERED, NOT_SHOWN, type QuestionType } from '../question-type';

/**
 * Multiple choice: check boxes, at most `maxChoices`, an exclusive option
 * ("Geen knelpunten") alone. Stored as a row per chosen option.
 *
 * Exclusive options are stored last. A respondent has exactly one row at
 * position 1, and it is a non-exclusive option whenever they chose one: so
 * the respondents are the rows at position 1, and those who chose at least
 * one option besides the exclusive ones (the "ervaart knelpunten" share) are
 * the rows at position 1 of the other options. The results count both in the
 * one pass over the answers that counts the options (lib/results/queries.ts).
 */
export const schema = z.strictObject({
  ...choiceQuestion,
  type: z.literal('multiple'),
  maxChoices: z.optional(z.number().check(z.int(), z.positive())),
});

export type MultipleChoiceQuestion = z.infer<typeof schema>;

const andMore = (list: string, count: string) => msg('andMore', { list, count });

const isExclusive = (question: MultipleChoiceQuestion, optionCode: string) =>
  question.options.some((o) => o.code === optionCode && o.exclusive);

const multipleChoice: QuestionType<MultipleChoiceQuestion, { maxChoices: number | null; options: PublicOption[] }> = {
  name: 'multiple',
  definitionSchema: schema,
  is: (question: Question | undefined): question is MultipleChoiceQuestion => question?.type === 'multiple',
  choice: {
    options: (question) => question.options,
    maxChosen: (question) => question.maxChoices ?? question.options.length,
    answerOf: (_, optionCodes) => optionCodes,
    oneOption: false,
    soleChoice: () => undefined,
  },

  checkDefinition(question) {
    const issues = checkOptionCodes(question);
    if (question.maxChoices !== undefined && question.maxChoices > question.options.length) {
      issues.push({
        path: ['maxChoices'],
        message: `maxChoices exceeds the options of ${question.code}`,
        params: { problem: 'maxChoicesTooMany', maxChoices: question.maxChoices, options: question.options.length },
      });
    }
    return issues;
  },

  extraKeys: otherTextKeys,
  askedExtraKeys: askedOtherTextKeys,
  requiredMessage: (question) => msg('requiredMultiple', { subject: choiceSubject(question) }),
  checkValue(question, value) {
    if (!Array.isArray(value)) return [msg('multipleType')];
    // Refused on its length alone, before any look at its elements: a list
    // longer than the options cannot be valid, and the rest of the checks
    // then handle at most as many elements as the definition has options.
    if (value.length > question.options.length) {
      return [msg('tooManyOptions', { count: formatCount(value.length), options: question.options.length })];
    }
    if (value.some((v) => typeof v !== 'string')) return [msg('multipleType')];
    const problems: string[] = [];
    const codes = value as string[];
    const known = new Set(question.options.map((o) => o.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) problems.push(msg('unknownOption', { option: quoteList(unknown, andMore) }));
    const chosen = new Set<string>();
    const duplicates = new Set<string>();
    for (const c of codes) (chosen.has(c) ? duplicates : chosen).add(c);
    if (duplicates.size > 0) problems.push(msg('duplicateOption', { option: quoteList([...duplicates], andMore) }));
    if (question.maxChoices !== undefined && codes.length > question.maxChoices) {
      problems.push(msg('maxChoices', { max: countInWords(question.maxChoices), subject: choiceSubject(question) }));
    }
    for (const option of question.options) {
      if (option.exclusive && chosen.has(option.code) && chosen.size > 1) {
        problems.push(msg('exclusive', { label: option.label, subject: choiceSubject(question) }));
      }
    }
    return problems;
  },
  checkExtras: checkOtherText,

  toFormValue: (_, value) => (Array.isArray(value) ? value : []),
  fromFormValue: (_, value) => (Array.isArray(value) ? value : []),

  toRows(question, answers) {
    const value = answers[question.code];
    if (value === undefined || value === null) return [];
    const chosen = Array.isArray(value) ? value : [value as string];
    const ordered = [...chosen.filter((c) => !isExclusive(question, c)), ...chosen.filter((c) => isExclusive(question, c))];
    return optionRows(question, ordered, answers);
  },
  fromRows(question, rows) {
    const order = (code: string | null) => question.options.findIndex((o) => o.code === code);
    // The definition's option order, whatever order the rows come in.
    const codes = rows.map((row) => row.optionCode!).sort((a, b) => order(a) - order(b));
    return { [question.code]: codes, ...otherTextFromRows(question, rows) };
  },

  respondents: (question, counts) => counts.firsts(question.code),

  freeTexts: otherTextSource,
  describeAnswer: describeChoice,
  printNotes: (question) => [
    question.maxChoices ? { key: 'chooseMax', values: { max: countInWords(question.maxChoices) } } : { key: 'chooseAny' },
    ...question.options.filter((o) => o.exclusive).map((o) => ({ key: 'exclusive' as const, values: { label: o.label } })),
  ],
  publicFields: (question) => ({ maxChoices: question.maxChoices ?? null, options: publicOptions(question) }),

  // A 0/1 column per option (the exclusive one too), never one text column of codes.
  exportColumns: (question, words) => [
    ...question.options.map((option) => ({
      stem: `${question.code}_${option.code}`,
      label: words.optionLabel(question.text, option.label),
      kind: 'numeric' as const,
      level: 'nominal' as const,
      values: [
        { value: 0, code: '0', label: words.notChosen },
        { value: 1, code: '1', label: words.chosen },
      ],
      categorical: false,
      optionOf: option.code,
    })),
    ...otherTextColumns(question, words),
  ],
  exportCellWriter(question) {
    const codes = question.options.map((option) => option.code);
    const otherText = otherTextCellWriter(question);
    return (answers, shown, cells) => {
      const value = answers[question.code];
      const chosen = Array.isArray(value) ? value : [];
      for (const code of codes) cells.push(!shown ? NOT_SHOWN : chosen.length === 0 ? NOT_ANSWERED : chosen.includes(code) ? 1 : 0);
      otherText(answers, shown, cells);
    };
  },
  codebookNotes: choiceNotes,
};

export default multipleChoice;
