import { z } from 'zod/mini';
import { isEmptyAnswer, type Answers } from '../../answer-value';
import { validationMessage as msg } from '../../messages';
import { baseQuestion, code } from '../base';
import { checkFreeText } from '../free-text';
import {
  NOT_ANSWERED,
  NOT_SHOWN,
  type AnswerRow,
  type CodebookWords,
  type DefinitionIssue,
  type ExportCellWriter,
  type ExportColumn,
  type ExportValue,
  type ExportWords,
  type FreeTextSource,
  type KeyProblem,
  type StoredRow,
} from '../question-type';
import type { ValidationMode } from '../../answer-schema';

/*
 * What single and multiple choice share: options, the "Anders, namelijk ..."
 * option with its free text, option shares in the results. How many options
 * an answer holds, and in what order they are stored, is each type's own.
 */

const optionSchema = z.strictObject({
  code,
  label: z.string().check(z.minLength(1)),
  /** Picking it clears and excludes every other option ("Geen knelpunten"); multiple choice only. */
  exclusive: z.optional(z.boolean()),
  /** "Anders, namelijk ...": picking it asks for a free text. */
  other: z.optional(z.boolean()),
  /** How result sentences name this option ("een goed verlopende samenwerking met scholen"); defaults to the label. */
  resultPhrase: z.optional(z.string().check(z.minLength(1))),
});

export type Option = z.infer<typeof optionSchema>;

export const choiceQuestion = {
  ...baseQuestion,
  options: z.array(optionSchema).check(z.minLength(2)),
  /**
   * How the respondent is told which answers a choice holds back ("de vragen
   * over samenwerking") when it hides the questions behind this one; without
   * it they are counted.
   */
  followUpsName: z.optional(z.string().check(z.minLength(1))),
};

/** The fields every choice question has. */
export type ChoiceBase = {
  code: string;
  text: string;
  options: Option[];
  resultSentence?: string;
  errorSubject?: string;
};

/** How messages name a choice question. */
export const choiceSubject = (question: ChoiceBase) => question.errorSubject ?? msg('subjectChoice');

/** Key under which the free text of an "Anders, namelijk ..." option travels. */
export function otherTextKey(questionCode: string): string {
  return `${questionCode}__other`;
}

export const OTHER_TEXT_MAX_LENGTH = 500;

function otherOption(question: ChoiceBase): Option | undefined {
  return question.options.find((o) => o.other);
}

/** The option codes in an answer: one code, or a list of them. */
export function chosenCodes(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function checkOptionCodes(question: ChoiceBase): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const seen = new Set<string>();
  question.options.forEach((option, o) => {
    if (seen.has(option.code)) {
      issues.push({
        path: ['options', o, 'code'],
        message: `duplicate option code ${option.code} in ${question.code}`,
        params: { problem: 'duplicateOptionCode', code: option.code },
      });
    }
    seen.add(option.code);
  });
  return issues;
}

export function otherTextKeys(question: ChoiceBase): string[] {
  return otherOption(question) ? [otherTextKey(question.code)] : [];
}

/** A choice's free texts are those of its "Anders" option, if it has one. */
export function otherTextSource(question: ChoiceBase): FreeTextSource | null {
  const other = otherOption(question);
  return other ? { option: { code: other.code, label: other.label } } : null;
}

/** The "Anders" text is asked for while its option is chosen. */
export function askedOtherTextKeys(question: ChoiceBase, value: unknown): string[] {
  const other = otherOption(question);
  return other && chosenCodes(value).includes(other.code) ? [otherTextKey(question.code)] : [];
}

/** The "Anders" text: needed (on submit) while its option is chosen, refused otherwise. */
export function checkOtherText(
  question: ChoiceBase,
  answers: Record<string, unknown>,
  { shown, mode }: { shown: boolean; mode: ValidationMode },
): KeyProblem[] {
  const other = otherOption(question);
  if (!other) return [];
  const key = otherTextKey(question.code);
  const text = answers[key];
  const otherChosen = shown && chosenCodes(answers[question.code]).includes(other.code);
  const problem = (message: string) => ({ key, message });
  if (isEmptyAnswer(text)) {
    return otherChosen && mode === 'submit'
      ? [problem(msg('otherRequired', { subject: choiceSubject(question), label: other.label }))]
      : [];
  }
  if (typeof text !== 'string') return [problem(msg('textType'))];
  if (!otherChosen) return [problem(msg('otherWithoutOption', { label: other.label }))];
  return checkFreeText(text, OTHER_TEXT_MAX_LENGTH, msg('subjectOther', { label: other.label })).map(problem);
}

/** A row per chosen option, in the given order; the "Anders" text rides on its option's row. */
export function optionRows(question: ChoiceBase, ordered: string[], answers: Answers): AnswerRow[] {
  const otherCode = otherOption(question)?.code;
  const otherText = answers[otherTextKey(question.code)];
  return ordered.map((optionCode, index) => ({
    questionCode: question.code,
    optionCode,
    numberValue: null,
    textValue: optionCode === otherCode && typeof otherText === 'string' ? otherText : null,
    position: index + 1,
  }));
}

/** The "Anders" text read back from the rows (the one on an option row). */
export function otherTextFromRows(question: ChoiceBase, rows: StoredRow[]): Answers {
  const answers: Answers = {};
  for (const row of rows) {
    if (row.optionCode && row.textValue !== null) answers[otherTextKey(question.code)] = row.textValue;
  }
  return answers;
}

/** Labels of the chosen options, the "Anders" text after its option's label. */
export function describeChoice(question: ChoiceBase, answers: Answers): string | undefined {
  const value = answers[question.code];
  if (value === undefined || value === null) return undefined;
  const codes = Array.isArray(value) ? value : [String(value)];
  const other = answers[otherTextKey(question.code)];
  return codes
    .map((code) => {
      const option = question.options.find((o) => o.code === code);
      const label = option?.label ?? code;
      return option?.other && typeof other === 'string' ? `${label} ${other}` : label;
    })
    .join('; ');
}

export type PublicOption = { code: string; label: string; exclusive: boolean; other: boolean };

function publicOption(option: Option): PublicOption {
  return { code: option.code, label: option.label, exclusive: option.exclusive === true, other: option.other === true };
}

export function publicOptions(question: ChoiceBase): PublicOption[] {
  return question.options.map(publicOption);
}

/** Options numbered 1..n in the definition's order: the numbers a choice's cells hold. */
export function optionValues(question: ChoiceBase): ExportValue[] {
  return question.options.map((option, i) => ({ value: i + 1, code: option.code, label: option.label }));
}

/** Those numbers by option code (the first option with a code, should one repeat). */
export function optionNumbers(question: ChoiceBase): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { value, code } of optionValues(question)) if (!numbers.has(code)) numbers.set(code, value);
  return numbers;
}

/** The "Anders" text's own column, when the question has such an option. */
export function otherTextColumns(question: ChoiceBase, words: ExportWords): ExportColumn[] {
  const other = otherOption(question);
  if (!other) return [];
  return [
    {
      stem: `${question.code}_${other.code}_TEXT`,
      label: words.otherText(question.text, other.label),
      kind: 'string',
      level: 'nominal',
      values: [],
      categorical: false,
      maxLength: OTHER_TEXT_MAX_LENGTH,
    },
  ];
}

/** The "Anders" text: asked only while its option is chosen, so otherwise it was not shown. */
export function otherTextCellWriter(question: ChoiceBase): ExportCellWriter {
  const other = otherOption(question);
  if (!other) return () => {};
  const key = otherTextKey(question.code);
  return (answers, shown, cells) => {
    const value = answers[question.code];
    const chosen = value === other.code || (Array.isArray(value) && value.includes(other.code));
    const text = answers[key];
    cells.push(!shown || !chosen ? NOT_SHOWN : typeof text === 'string' && text !== '' ? text : NOT_ANSWERED);
  };
}

/** Codebook notes of a choice: which options exclude the others. */
export function choiceNotes(question: ChoiceBase, words: CodebookWords): string[] {
  return question.options.filter((o) => o.exclusive).map((o) => words.exclusive(o.label));
}
