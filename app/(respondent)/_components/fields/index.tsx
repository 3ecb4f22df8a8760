import type { ReactNode } from 'react';
import type { ChoiceQuestion, Question } from '@/lib/questionnaire/definition';
import { otherTextKey } from '@/lib/questionnaire/types/choice';
import { fieldIds } from '../field-ids';
import { ChoiceField } from './choice-field';
import type { FieldProps } from './field-parts';
import { NumberField } from './number-field';
import { TextField } from './text-field';

/** How the form shows one type of question (the type itself: lib/questionnaire/types/). */
type QuestionFieldKind<Q extends Question> = {
  /** The question's field: its type's component. */
  render(props: FieldProps<Q>): ReactNode;
  /** The element the error summary moves focus to for one of the question's form keys. */
  focusTargetId(question: Q, key: string): string;
};

const choiceField: QuestionFieldKind<ChoiceQuestion> = {
  render: (props) => <ChoiceField {...props} />,
  focusTargetId: (question, key) =>
    key === otherTextKey(question.code) ? fieldIds.input(key) : fieldIds.option(question.code, question.options[0].code),
};

const singleInput = <Q extends Question>(Field: (props: FieldProps<Q>) => ReactNode): QuestionFieldKind<Q> => ({
  render: (props) => <Field {...props} />,
  focusTargetId: (question) => fieldIds.input(question.code),
});

const fieldKinds: { [Name in Question['type']]: QuestionFieldKind<Extract<Question, { type: Name }>> } = {
  single: choiceField,
  multiple: choiceField,
  number: singleInput(NumberField),
  text: singleInput(TextField),
};

/** The field component and helpers of a question's type. */
export function fieldKindOf<Q extends Question>(question: Q): QuestionFieldKind<Q> {
  return fieldKinds[question.type as Q['type']] as unknown as QuestionFieldKind<Q>;
}
