import type { ReactNode } from 'react';
import type { Question } from '@/lib/questionnaire/definition';
import type { Answers } from '@/lib/questionnaire/visibility';
import { ChoiceAnswer } from './choice-answer';
import { NumberAnswer } from './number-answer';
import type { PrintT } from './print-text';
import { TextAnswer } from './text-answer';

/** `answers`: the library's answers to print in the room, or null for the empty questionnaire. */
type PrintedAnswer<Q extends Question> = (question: Q, t: PrintT, answers: Answers | null) => ReactNode;

/** Where the printed questionnaire leaves room for the answer, per question type. */
const printedAnswers: { [Name in Question['type']]: PrintedAnswer<Extract<Question, { type: Name }>> } = {
  single: (question, t, answers) => <ChoiceAnswer question={question} t={t} answers={answers} />,
  multiple: (question, t, answers) => <ChoiceAnswer question={question} t={t} answers={answers} />,
  number: (question, t, answers) => <NumberAnswer question={question} t={t} answers={answers} />,
  text: (question, _, answers) => <TextAnswer question={question} answers={answers} />,
};

/** The room for a question's answer on paper, with the library's answer when given. */
export function printedAnswer<Q extends Question>(question: Q, t: PrintT, answers: Answers | null): ReactNode {
  return (printedAnswers[question.type as Q['type']] as unknown as PrintedAnswer<Q>)(question, t, answers);
}
