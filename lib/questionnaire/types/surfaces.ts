import type { ComponentType, ReactNode } from 'react';
import type { getTranslations } from 'next-intl/server';
import type { FieldProps } from '@/lib/questionnaire/types/form/field-parts';
import type { SettingsProps } from '@/lib/questionnaire/types/editing/settings-props';
import type { QuestionFigures, QuestionResult } from '@/lib/results/aggregate';
import type { BarChartOptions } from '@/lib/figures/bar-chart';
import type { Question } from '../definition';
import type { Answers } from '../visibility';
import type { ExportCell, FiguresContext } from './question-type';
import type { ResultFields, ResultTableWords } from './results';

/*
 * The shapes of what each question type's folder contributes to a surface of
 * the application. Each surface has its own registry (registry/, generated
 * from type-names.json by scripts/question-types.mjs), so a page only pulls in
 * its own surface: the respondent's browser gets the fields, never the
 * results' server components.
 */

type TypeName = Question['type'];
type QuestionOf<Name extends TypeName> = Extract<Question, { type: Name }>;

/** `<type>/field.tsx`: how the form shows one type of question. */
export type FieldKind<Q extends Question> = {
  /** The question's field: its type's component. */
  render(props: FieldProps<Q>): ReactNode;
  /** The element the error summary moves focus to for one of the question's form keys. */
  focusTargetId(question: Q, key: string): string;
};

/** The printed questionnaire's text. */
export type PrintT = Awaited<ReturnType<typeof getTranslations<'respondent.printPage'>>>;

/** `<type>/printed.tsx`: the room for the answer on paper; `answers` the library's to print in it, or null for the empty questionnaire. */
export type PrintedAnswer<Q extends Question> = ComponentType<{ question: Q; t: PrintT; answers: Answers | null }>;

export type SummaryProps = {
  question: QuestionResult;
  editionCode: string;
  /** The previous edition shown beside this one, if any. */
  previousEdition: string | null;
  /** The page's filters, for links that keep them. */
  query: string;
};

/** `<type>/summary.tsx`: the figures of a question on the results page (below its base and sentences); a server component. */
type Summary = (props: SummaryProps) => ReactNode | Promise<ReactNode>;

/** `<type>/chart.ts`: the question's chart as SVG (the page's and the download's), or null when the type draws none; server only. */
export type Chart = (result: QuestionResult, options: BarChartOptions) => string | null;

/**
 * `<type>/results.ts`: the question's figures in the results, and what the
 * results API, the page's sentences and the downloaded results table make of
 * them; server side, so the results' words stay out of the respondent's
 * bundle. A type with figures of its own returns them beside the common ones
 * and reads them back here, in its summary.tsx and its chart.ts.
 */
export type TypeResults<Q extends Question> = {
  figures(question: Q, context: FiguresContext): QuestionFigures;
  /** The figures' fields in the results API (docs/api.md), after the question's code, text, type and base. */
  resultFields(result: QuestionResult): ResultFields;
  /** The publication-like sentences above the figures. */
  resultSentences(result: QuestionResult): string[];
  /** The figures' rows in the downloaded results table, each after the question's columns (label, count, percent, previous percent, or a figure's name and value). */
  resultTableRows(result: QuestionResult, words: ResultTableWords): ExportCell[][];
};

/** `<type>/settings.tsx`: the type's fields in the questionnaire editor. */
type Settings<Q extends Question> = ComponentType<SettingsProps<Q>>;

/** The fields every type has, which a change of type keeps. */
export type CommonFields = Pick<Question, 'code' | 'text' | 'description' | 'required' | 'errorSubject' | 'condition' | 'resultBase'>;

/** `<type>/editor.ts`: what the editor does with the type that is not a component. */
export type TypeEditor<Q extends Question> = {
  /** A question of this type made from the common fields, when the type is changed to it (or the question is new); `previous` is the question before. */
  fresh(common: CommonFields, previous?: Question): Q;
  /** The question with the type's own references to other questions following a renamed code (a condition is every type's). */
  renameReferences(question: Q, from: string, to: string): Q;
};

export type FieldKinds = { [Name in TypeName]: FieldKind<QuestionOf<Name>> };
export type PrintedAnswers = { [Name in TypeName]: PrintedAnswer<QuestionOf<Name>> };
export type Summaries = { [Name in TypeName]: Summary };
export type Charts = { [Name in TypeName]: Chart };
export type TypeResultsMap = { [Name in TypeName]: TypeResults<QuestionOf<Name>> };
export type SettingsComponents = { [Name in TypeName]: Settings<QuestionOf<Name>> };
export type TypeEditors = { [Name in TypeName]: TypeEditor<QuestionOf<Name>> };
