'use client';

import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { useFormState, type Control } from 'react-hook-form';
import type { Question } from '@/lib/questionnaire/definition';
import type { FormValues } from '@/lib/respondent/form-values';
import { fieldIds } from './field-ids';

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

export function QuestionLabel({ question }: { question: Question }) {
  const t = useTranslations('respondent');
  return (
    <>
      <span className="question-text">{question.text}</span>
      {!question.required && <span className="question-optional"> ({t('optional')})</span>}
    </>
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
