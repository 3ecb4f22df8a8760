import type { ReactNode } from 'react';
import type { Question } from '@/lib/questionnaire/definition';
import { ChoiceAnswer } from './choice-answer';
import { NumberAnswer } from './number-answer';
import type { PrintT } from './print-text';
import { TextAnswer } from './text-answer';

type PrintedAnswer<Q extends Question> = (question: Q, t: PrintT) => ReactNode;

/** Where the printed questionnaire leaves room for the answer, per question type. */
const printedAnswers: { [Name in Question['type']]: PrintedAnswer<Extract<Question, { type: Name }>> } = {
  single: (question) => <ChoiceAnswer question={question} />,
  multiple: (question) => <ChoiceAnswer question={question} />,
  number: (question, t) => <NumberAnswer question={question} t={t} />,
  text: () => <TextAnswer />,
};

/** The room for a question's answer on paper. */
export function printedAnswer<Q extends Question>(question: Q, t: PrintT): ReactNode {
  return (printedAnswers[question.type as Q['type']] as unknown as PrintedAnswer<Q>)(question, t);
}
