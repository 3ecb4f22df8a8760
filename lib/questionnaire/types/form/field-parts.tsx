'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { useFormState, type Control } from 'react-hook-form';
import type { Question } from '@/lib/questionnaire/definition';
import type { FormValues } from '@/lib/respondent/form-values';
import { describedBy, fieldIds } from './field-ids';

/** What every field component gets: one question, rendered from its definition. */
export type FieldProps<Q extends Question = Question> = {
  question: Q;
  control: Control<FormValues>;
  readOnly: boolean;
  /** Says which answers the current choice holds back (choice questions only). */
  keptBackNote?: string;
  /** The questions of the page its options reveal, shown right under them (choice questions only). */
  revealed?: RevealedQuestions;
};

type RevealedQuestions = {
  /** Options that can reveal a question. */
  options: ReadonlySet<string>;
  /** Per option, its shown questions, rendered. */
  shown: ReadonlyMap<string, ReactNode[]>;
};

export function useError(control: Control<FormValues>, name: string): string | undefined {
  const { errors } = useFormState({ control, name });
  const message = errors[name]?.message;
  return typeof message === 'string' ? message : undefined;
}

function QuestionLabel({ question }: { question: Question }) {
  const t = useTranslations('respondent');
  return (
    <>
      <span className="question-text">{question.text}</span>
      {!question.required && <span className="question-optional"> ({t('optional')})</span>}
    </>
  );
}

/**
 * A question answered with a group of inputs (radios, check boxes): the
 * fieldset, its legend and hint, what the type says above the error (`notes`,
 * described when `describesNote`), the error, the inputs, and the note on
 * answers the choice holds back, present while empty so that it is announced
 * as soon as it appears.
 */
export function QuestionFieldset({
  question,
  error,
  keptBackNote,
  describesNote,
  notes,
  children,
}: {
  question: Question;
  error?: string;
  keptBackNote?: string;
  describesNote: boolean;
  notes?: ReactNode;
  children: ReactNode;
}) {
  const code = question.code;
  return (
    <fieldset
      className="question"
      id={fieldIds.group(code)}
      aria-describedby={describedBy(
        question.description && fieldIds.hint(code),
        describesNote && fieldIds.note(code),
        error && fieldIds.error(code),
        keptBackNote && fieldIds.keptBack(code),
      )}
    >
      <legend>
        <QuestionLabel question={question} />
      </legend>
      {question.description && (
        <p id={fieldIds.hint(code)} className="hint">
          {question.description}
        </p>
      )}
      {notes}
      <FieldError id={fieldIds.error(code)} message={error} />
      {children}
      <p id={fieldIds.keptBack(code)} className="kept-back-note" role="status">
        {keptBackNote}
      </p>
    </fieldset>
  );
}

/** Label, hint and error of a question with a single input (number, text). */
export function LabelledHeader({ question, error }: { question: Question; error?: string }) {
  return (
    <>
      <label htmlFor={fieldIds.input(question.code)} className="question-label">
        <QuestionLabel question={question} />
      </label>
      {question.description && (
        <p id={fieldIds.hint(question.code)} className="hint">
          {question.description}
        </p>
      )}
      <FieldError id={fieldIds.error(question.code)} message={error} />
    </>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
