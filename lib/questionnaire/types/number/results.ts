import type { QuestionResult } from '@/lib/results/aggregate';
import { numberStatsFromHistogram } from '@/lib/figures/number-stats';
import { percentOfAmounts } from '@/lib/figures/percent';
import { noFigures } from '../question-type';
import { commonResultFields, commonSentences, commonTableRows } from '../results';
import type { TypeResults } from '../surfaces';
import type { NumberQuestion } from './type';

/** Answered, sum, mean and median, and the sum as a share of the sum it is bounded by (`atMost`). */
const numberResults: TypeResults<NumberQuestion> = {
  figures(question, { counts }) {
    const unit = question.unit ?? null;
    const stats = numberStatsFromHistogram(counts.histogram(question.code));
    let ratio: QuestionResult['ratio'] = null;
    if (question.atMost) {
      // This question's total as a share of the total it is bounded by.
      const whole = numberStatsFromHistogram(counts.histogram(question.atMost)).sum;
      ratio = { part: stats.sum, whole, wholeQuestion: question.atMost, percent: percentOfAmounts(stats.sum, whole), unit };
    }
    return { ...noFigures(), numbers: { ...stats, unit }, ratio };
  },
  resultFields: commonResultFields,
  resultSentences: commonSentences,
  resultTableRows: commonTableRows,
};

export default numberResults;
