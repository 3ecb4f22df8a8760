import type { Db } from '@/db/client';
import { getEditionById, type Edition } from '@/lib/editions/queries';
import { listQuestions, type Definition, type Question } from '@/lib/questionnaire/definition';
import { typeOf } from '@/lib/questionnaire/types';
import { NOT_ANSWERED, NOT_SHOWN } from '@/lib/questionnaire/types/question-type';
import { optionList } from '@/lib/respondent/condition-text';
import type { EditionResults } from '@/lib/results/aggregate';
import { baseLabel, fillTemplate } from '@/lib/wording/results';
import { userMissingLine, valueWords } from './column';
import { exportLayout, type LayoutColumn } from './layout';
import { codebookWords, exportText } from './words';

const text = exportText.codebook;

type CodebookQuestion = {
  code: string;
  text: string;
  /** The type in words. */
  type: string;
  /** "alleen gevraagd als ..." or "aan iedereen gevraagd". */
  condition: string;
  /** The base of the results, with its n when the results show figures. */
  base: string;
  notes: string[];
  /** What changed since the previous edition, compared by codes; empty when nothing did or there is none. */
  changes: string[];
  columns: LayoutColumn[];
};

export type Codebook = {
  edition: { code: string; title: string };
  previous: { code: string; title: string } | null;
  /** The response's own columns. */
  responseColumns: LayoutColumn[];
  questions: CodebookQuestion[];
  removedQuestions: { code: string; text: string }[];
  missing: string;
};

type OptionLike = { code: string; label: string };

function optionsOf(question: Question | undefined): readonly OptionLike[] {
  return question ? (typeOf(question).choice?.options(question) ?? []) : [];
}

function conditionWords(definition: Definition, question: Question): string {
  if (!question.condition) return text.always;
  const target = listQuestions(definition).find((q) => q.code === question.condition!.question);
  const labels = question.condition.anyOf.map((code) => optionsOf(target).find((o) => o.code === code)?.label ?? code);
  return fillTemplate(text.conditionText, { question: question.condition.question, options: optionList(labels, text.or) });
}

/** The question against the previous edition's question with the same code. */
function changesOf(question: Question, earlier: Question | undefined, hasPrevious: boolean): string[] {
  if (!hasPrevious) return [];
  if (!earlier) return [text.changeNewQuestion];
  const changes: string[] = [];
  if (earlier.text !== question.text) changes.push(fillTemplate(text.changeText, { text: earlier.text }));
  const before = optionsOf(earlier);
  const now = optionsOf(question);
  for (const option of now) {
    const old = before.find((o) => o.code === option.code);
    if (!old) changes.push(fillTemplate(text.changeNewOption, { option: option.code }));
    else if (old.label !== option.label) changes.push(fillTemplate(text.changeLabel, { option: option.code, label: old.label }));
  }
  for (const old of before)
    if (!now.some((o) => o.code === old.code)) changes.push(fillTemplate(text.changeRemovedOption, { option: old.code }));
  return changes;
}

/**
 * Every variable of the export with its question, values, routing, the base
 * the results use and the changes since the previous edition. `results` is
 * the results page's computation (lib/results/aggregate.ts), not a recount.
 */
export async function buildCodebook(db: Db, edition: Edition, results: EditionResults | undefined): Promise<Codebook> {
  const layout = exportLayout(edition.definition);
  const previousEdition = edition.previousEditionId ? await getEditionById({ db, id: edition.previousEditionId }) : undefined;
  const earlier = new Map(previousEdition ? listQuestions(previousEdition.definition).map((q) => [q.code, q]) : []);
  const questions = listQuestions(edition.definition).map((question): CodebookQuestion => {
    const result = results?.questions.find((q) => q.code === question.code);
    const typeName = exportText.types[question.type as keyof typeof exportText.types] ?? question.type;
    return {
      code: question.code,
      text: question.text,
      type: typeName,
      condition: conditionWords(edition.definition, question),
      base: result ? fillTemplate(text.baseN, { label: result.base.label, n: result.base.n }) : baseLabel(question),
      notes: typeOf(question).codebookNotes(question, codebookWords),
      changes: changesOf(question, earlier.get(question.code), !!previousEdition),
      columns: layout.columns.filter((c) => c.question === question),
    };
  });
  const current = new Set(questions.map((q) => q.code));
  return {
    edition: { code: edition.code, title: edition.title },
    previous: previousEdition ? { code: previousEdition.code, title: previousEdition.title } : null,
    responseColumns: layout.columns.filter((c) => c.question === null),
    questions,
    removedQuestions: [...earlier.values()].filter((q) => !current.has(q.code)).map((q) => ({ code: q.code, text: q.text })),
    missing: fillTemplate(text.missingCodes, { notShown: NOT_SHOWN, notAnswered: NOT_ANSWERED }),
  };
}

/** A column's values in one line: "1 = JA (Ja); 2 = NEE (Nee)". */
export function valuesLine(column: LayoutColumn): string {
  return column.values.map(valueWords).join('; ');
}

/**
 * What the codebook says is missing in a column: the codes every answer
 * column has, then the column's own ("99 = WEET_NIET (Weet niet / n.v.t.)").
 */
export function missingLine(codebook: Pick<Codebook, 'missing'>, column: LayoutColumn): string {
  return [codebook.missing, userMissingLine(column)].filter(Boolean).join('; ');
}
