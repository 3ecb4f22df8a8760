import type { ReactNode } from 'react';
import { summaries } from '@/lib/questionnaire/types/registry/server';
import type { SummaryProps } from '@/lib/questionnaire/types/surfaces';

/** The figures of a question on the results page (its type folder's summary.tsx), below its base and sentences. */
export function summaryOf(question: SummaryProps['question'], props: Omit<SummaryProps, 'question'>): ReactNode {
  const Summary = summaries[question.type];
  return <Summary question={question} {...props} />;
}
