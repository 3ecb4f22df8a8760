import type { ReactNode } from 'react';
import type { Question } from '@/lib/questionnaire/definition';
import { ChoiceSummary } from './choice-summary';
import { NumberSummary } from './number-summary';
import type { SummaryProps } from './summary-props';
import { TextSummary } from './text-summary';

/** The figures of a question on the results page, per question type (below its base and sentences). */
const summaries: Record<Question['type'], (props: SummaryProps) => ReactNode> = {
  single: (props) => <ChoiceSummary {...props} />,
  multiple: (props) => <ChoiceSummary {...props} />,
  number: (props) => <NumberSummary {...props} />,
  text: (props) => <TextSummary {...props} />,
};

export function summaryOf(question: SummaryProps['question'], props: Omit<SummaryProps, 'question'>): ReactNode {
  return summaries[question.type]({ question, ...props });
}
