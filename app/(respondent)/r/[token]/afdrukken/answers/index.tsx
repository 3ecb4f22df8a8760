import type { ReactNode } from 'react';
import type { Question } from '@/lib/questionnaire/definition';
import { printedAnswers } from '@/lib/questionnaire/types/registry/server';
import type { PrintedAnswer, PrintT } from '@/lib/questionnaire/types/surfaces';
import type { Answers } from '@/lib/questionnaire/visibility';

/** The room for a question's answer on paper (its type folder's printed.tsx), with the library's answer when given. */
export function printedAnswer<Q extends Question>(question: Q, t: PrintT, answers: Answers | null): ReactNode {
  const Printed = printedAnswers[question.type as Q['type']] as unknown as PrintedAnswer<Q>;
  return <Printed question={question} t={t} answers={answers} />;
}
