import type { QuestionResult } from '@/lib/results/aggregate';

export type SummaryProps = {
  question: QuestionResult;
  editionCode: string;
  /** The previous edition shown beside this one, if any. */
  previousEdition: string | null;
  /** The page's filters, for links that keep them. */
  query: string;
};
