import type { z } from 'zod/mini';
import type { Option, Question } from '../definition';
import type { ValidationMode } from '../answer-schema';
import type { AnswerValue, Answers } from '../visibility';
import type { QuestionFigures } from '@/lib/results/aggregate';
import type { EditionCounts } from '@/lib/results/compare';
import type respondentMessages from '@/messages/nl/respondent.json';

/*
 * Everything the application does with a question that depends on its type,
 * in one place per type (single.ts, multiple.ts, number.ts, text.ts, listed in
 * index.ts). Code outside this folder asks the question's type module and
 * never compares `question.type` itself (tests/question-types.test.ts), so
 * adding a type is adding a module here and its components: a field in
 * app/(respondent)/_components/fields/, the room for its answer on paper in
 * app/(respondent)/r/[token]/afdrukken/answers/ and its figures in
 * app/(staff)/admin/editions/[code]/results/summaries/.
 *
 * The modules run in the browser too (the form validates with the server's
 * schema): nothing here may import the database or other server-only code.
 * Answer rows are plain objects for that reason.
 *
 * Exports (lib/exports/) ask each type for its columns, its cells and its
 * codebook notes, so a new type brings its own layout.
 */

/** What the form holds for a question: text as typed (numbers too), or option codes. */
export type FormValue = string | string[];

/** One stored answer row (table `answers`), without its response's columns. */
export type AnswerRow = {
  questionCode: string;
  optionCode: string | null;
  numberValue: number | null;
  textValue: string | null;
  /**
   * 1 for the first row of the question, then 2, 3… for further choices, so a
   * respondent is counted by counting rows at position 1 (the order of a
   * multiple choice's rows is multiple.ts's business).
   */
  position: number;
};

/** A row as read back: its position does not matter then. */
export type StoredRow = Omit<AnswerRow, 'position'>;

/**
 * A problem of a definition, with its path inside the question. `params` names
 * the problem and its values, so definition-problems.ts can say it in Dutch at
 * the field; `message` is English, for developers reading a loader error.
 */
export type DefinitionIssue = { path: (string | number)[]; message: string; params: Record<string, string | number> };

/** A Dutch validation message for one answer key (a question code or a key beside it). */
export type KeyProblem = { key: string; message: string };

/** A line of the printed questionnaire: a key of `respondent.printPage` and its values. */
export type PrintNote = {
  key: keyof typeof respondentMessages.respondent.printPage;
  values?: Record<string, string | number>;
};

type ValueContext = {
  /** Every answer sent, for rules that compare with another question's answer. */
  answers: Record<string, unknown>;
  /** The questionnaire's question with this code. */
  question(code: string): Question | undefined;
};

export type FiguresContext = {
  counts: EditionCounts;
  /** The previous edition's counts, when there is one to compare with. */
  previous: EditionCounts | null;
  /** The question's base: its respondents in `counts`. */
  n: number;
};

/** What a type answered by picking options adds (a condition can only name such a question). */
interface ChoiceRules<Q extends Question> {
  options(question: Q): readonly Option[];
  /** The most options one answer may hold. */
  maxChosen(question: Q): number;
  /** The answer that picks these options (given in the definition's order). */
  answerOf(question: Q, optionCodes: string[]): AnswerValue;
  /** The option code chosen, when an answer of this type is always exactly one option. */
  soleChoice(question: Q, value: unknown): string | undefined;
  /** Whether an answer is always exactly one option (radio buttons), never a list. */
  readonly oneOption: boolean;
}

/** The bounds of an answer that is a number, and the question whose answer it may not exceed. */
type NumberRange = { min: number; max: number; integer: boolean; atMost: string | null };

export interface QuestionType<Q extends Question = Question, Public extends object = object> {
  /** The `type` of such a question in the definition. */
  readonly name: Q['type'];
  /** Its shape in the definition (one member of definition.ts's union). */
  readonly definitionSchema: z.ZodMiniType;
  is(question: Question | undefined): question is Q;
  /** Present when the respondent picks from options. */
  readonly choice?: ChoiceRules<Q>;

  /** Present when the answer is a number typed in: its bounds (demo data and tests make answers from them). */
  numberRange?(question: Q): NumberRange;
  /** Present when the answer is a free text: its longest length. */
  maxTextLength?(question: Q): number;

  /** The type's own fields that are wording, which may still be corrected once an edition is open (lib/editions/structure.ts). */
  readonly wordingFields?: readonly string[];

  /** Checks of the question beyond its shape, given the questions before it. */
  checkDefinition(question: Q, earlier: ReadonlyMap<string, Question>): DefinitionIssue[];

  /** Keys beside the question's code that it owns in answers and the form (free texts, such as "Anders"). */
  extraKeys(question: Q): string[];
  /** Those of the extra keys that the respondent is asked for, given the question's answer. */
  askedExtraKeys(question: Q, value: unknown): string[];
  /** What a required question left empty says: what to do, naming the question's subject (GOV.UK's "Select …"/"Enter …"). */
  requiredMessage(question: Q): string;
  /** Problems of a non-empty answer, as Dutch messages: linear in the size of the value, quoting at most a short excerpt of it. */
  checkValue(question: Q, value: unknown, context: ValueContext): string[];
  /** Problems of the extra keys' values. `shown`: whether the question itself is shown. */
  checkExtras(question: Q, answers: Record<string, unknown>, context: { shown: boolean; mode: ValidationMode }): KeyProblem[];

  toFormValue(question: Q, value: AnswerValue | undefined): FormValue;
  /** The answer a form value stands for; null, '' or [] for none. */
  fromFormValue(question: Q, value: FormValue | undefined): AnswerValue;

  /** Long form for storage: the rows of the question's answer (and extra keys). */
  toRows(question: Q, answers: Answers): AnswerRow[];
  /** The question's answers (and extra keys) from its rows, in the order they were stored. */
  fromRows(question: Q, rows: StoredRow[]): Answers;

  /** How many respondents answered the question, from one edition's counts. */
  respondents(question: Q, counts: EditionCounts): number;
  // Its figures, their API fields, sentences and table rows: `<type>/results.ts` (TypeResults, surfaces.ts), server side.

  /**
   * Where the question's free texts are stored, for admins to read them
   * (lib/results/free-texts.ts); null when the type has none.
   */
  freeTexts(question: Q): FreeTextSource | null;

  /** The answer as one line of text, for the summary after sending. */
  describeAnswer(question: Q, answers: Answers): string | undefined;
  /** What the printed questionnaire says about answering it. `numberOf` gives a question's printed number. */
  printNotes(question: Q, numberOf: (code: string) => number | string): PrintNote[];
  /** The type's fields in the respondent API's questionnaire (docs/api.md). */
  publicFields(question: Q): Public;

  /** The export's columns for this question, in order (lib/exports/layout.ts). */
  exportColumns(question: Q, words: ExportWords): ExportColumn[];
  /**
   * What writes the cells of those columns, made once per export so that the
   * work that depends on the question alone (option numbers, the "Anders"
   * option) is not repeated for each of 100,000 responses.
   */
  exportCellWriter(question: Q): ExportCellWriter;
  /** What the codebook says about valid values beyond the value labels ("0 tot en met 1000 scholen"). */
  codebookNotes(question: Q, words: CodebookWords): string[];
}

/**
 * The answer rows that hold a question's free texts: those of this option
 * (an "Anders, namelijk" text rides on its option's row), or with `option`
 * null the question's own rows (a text question).
 */
export type FreeTextSource = { option: { code: string; label: string } | null };

/** Words of the codebook's notes (messages/nl/exports.json). */
export type CodebookWords = {
  numberRange(values: { min: number; max: number; unit: string | null; integer: boolean }): string;
  maxLength(max: number): string;
  exclusive(label: string): string;
};

/**
 * The two reasons an export cell holds no answer, kept apart everywhere: the
 * routing did not show the question (or the "Anders" text was not asked), or
 * it was shown and left empty. Negative, so they never read as a count or an
 * option number; declared missing in SPSS and NA (reason kept) in R.
 */
export const NOT_SHOWN = -1;
export const NOT_ANSWERED = -9;

/** A value label: the number stored, the option code and its label. */
export type ExportValue = { value: number; code: string; label: string };

/** One column of the export, before lib/exports/names.ts turns its stem into a valid variable name. */
export type ExportColumn = {
  /** The stable codes it is named from: QUESTION, or QUESTION_OPTION for an option's own column. */
  stem: string;
  /** Variable label: the question text, with the option's label for an option column. */
  label: string;
  kind: 'numeric' | 'string';
  /** SPSS measurement level; 'ordinal': ordered points whose number is the answer (lib/exports/column.ts). */
  level: 'nominal' | 'ordinal' | 'scale';
  /** Values a respondent can give that count apart from the answer ("weet niet" as 99): value-labelled, declared missing (lib/exports/column.ts). */
  missing?: ExportValue[];
  /** Value labels (a choice's options, or 0/1 of an option column). */
  values: ExportValue[];
  /** Cells are option numbers that CSV and XLSX show as the option's code or label. */
  categorical: boolean;
  /** A text column's longest value in characters (for SPSS's string widths). */
  maxLength?: number;
  /** A numeric column that holds whole numbers only (SPSS format F8.0 rather than F12.2). */
  integer?: boolean;
  /** The multiple choice's option this column is for (its 0/1 column), used for multiple-response sets. */
  optionOf?: string;
};

/** A cell: a number, a text, or NOT_SHOWN / NOT_ANSWERED. */
export type ExportCell = number | string;

/**
 * Appends one response's cells of a question's columns to `cells`. `shown`:
 * whether the routing showed the question for these answers; an empty answer
 * is then NOT_ANSWERED, a hidden one NOT_SHOWN.
 */
export type ExportCellWriter = (answers: Answers, shown: boolean, cells: ExportCell[]) => void;

/** The words an export puts in labels (messages/nl/exports.json), handed in so types stay free of message loading. */
export type ExportWords = {
  chosen: string;
  notChosen: string;
  optionLabel(question: string, option: string): string;
  otherText(question: string, option: string): string;
};

/** The figures of a question without options or numbers. */
export function noFigures(): QuestionFigures {
  return { multipleAnswers: false, options: [], atLeastOne: null, sentence: null, numbers: null, ratio: null };
}
